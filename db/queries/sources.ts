import "server-only";
import { and, desc, eq, max } from "drizzle-orm";
import { canonicaliseText, sha256OfText } from "@/lib/canonical-text";
import { detectLanguage, isLanguageCode } from "@/lib/languages";
import { AppError } from "@/lib/errors";
import { canAddSource, canDeleteSource, type Actor } from "@/lib/permissions";
import type { CreateSourceInput } from "@/lib/validation/source";
import { db, forUpdate, writeTransaction } from "../connection";
import { investigations, sources, sourceVersions, users } from "../schema";
import { listClaimsBySource } from "./claims";
import { assertAllowed } from "./actor";
import { anchorClaimsAhead, storeAnchorsForVersion } from "./claim-anchors";
import { recordEvent } from "./events";
import { getVersionText } from "./version-texts";
import { indexSource } from "./search-index";

async function touchInvestigation(investigationId: string) {
  await db().update(investigations).set({ updatedAt: new Date().toISOString() }).where(eq(investigations.id, investigationId));
}

/**
 * Adds a source and its first version in one transaction. The text is canonicalised here,
 * once, before any offset into it can exist. Its language is `input.language` when given,
 * else detected from the text (lib/languages), falling back to the investigation's report
 * language when the text is too short or unclear to tell.
 */
export async function createSource({ actor, investigationId, input }: { actor: Actor; investigationId: string; input: CreateSourceInput }) {
  assertAllowed(canAddSource(actor), "You cannot add sources.");
  const text = canonicaliseText(input.text);
  return writeTransaction(async (tx) => {
    const [investigation] = await tx
      .select({ id: investigations.id, reportLanguage: investigations.reportLanguage })
      .from(investigations)
      .where(eq(investigations.id, investigationId));
    if (!investigation) throw new AppError("NOT_FOUND", { key: "Errors.notFound.investigation" });
    const fallback = isLanguageCode(investigation.reportLanguage) ? investigation.reportLanguage : "en";
    const language = input.language ?? detectLanguage(text, fallback);
    const [source] = await tx
      .insert(sources)
      .values({ investigationId, title: input.title, outlet: input.outlet, url: input.url, publishedAt: input.publishedAt, language, createdBy: actor.id })
      .returning();
    if (!source) throw new Error("The source was not stored.");
    const [version] = await tx
      .insert(sourceVersions)
      .values({ sourceId: source.id, number: 1, text, sha256: sha256OfText(text), createdBy: actor.id })
      .returning({ id: sourceVersions.id });
    if (!version) throw new Error("The source's text was not stored.");
    await touchInvestigation(investigationId);
    await indexSource(source.id);
    await recordEvent({
      actorId: actor.id,
      action: "source.created",
      subjectType: "source",
      subjectId: source.id,
      investigationId,
      data: { title: source.title, outlet: source.outlet, url: source.url, publishedAt: source.publishedAt, language, versionId: version.id },
    });
    return { id: source.id, currentVersionId: version.id };
  });
}

/**
 * Adds a new immutable version of a source's text and returns its id; the previous
 * versions stay as they were. Unchanged text (same sha256) creates nothing and returns
 * the current version.
 */
export async function createSourceVersion({ actor, sourceId, text: rawText }: { actor: Actor; sourceId: string; text: string }) {
  assertAllowed(canAddSource(actor), "You cannot edit sources.");
  const text = canonicaliseText(rawText);
  const digest = sha256OfText(text);
  const [latest] = await db()
    .select({ sha256: sourceVersions.sha256 })
    .from(sourceVersions)
    .where(eq(sourceVersions.sourceId, sourceId))
    .orderBy(desc(sourceVersions.number))
    .limit(1);
  // The search runs before the transaction, in steps, so other requests go on meanwhile;
  // the transaction then only writes (and anchors any claim changed in between).
  const ahead = latest && latest.sha256 !== digest ? await anchorClaimsAhead(sourceId, text) : undefined;
  return writeTransaction(async (tx) => {
    const [source] = await forUpdate(tx.select().from(sources).where(eq(sources.id, sourceId)));
    if (!source) throw new AppError("NOT_FOUND", { key: "Errors.notFound.source" });
    const [current] = await tx
      .select({ id: sourceVersions.id, number: sourceVersions.number, sha256: sourceVersions.sha256 })
      .from(sourceVersions)
      .where(eq(sourceVersions.sourceId, sourceId))
      .orderBy(desc(sourceVersions.number))
      .limit(1);
    if (current && current.sha256 === digest) return { id: current.id, number: current.number, isNew: false, anchors: null };
    const [highest] = await tx
      .select({ n: max(sourceVersions.number) })
      .from(sourceVersions)
      .where(eq(sourceVersions.sourceId, sourceId));
    const number = (highest?.n ?? 0) + 1;
    const [version] = await tx
      .insert(sourceVersions)
      .values({ sourceId, number, text, sha256: digest, createdBy: actor.id })
      .returning({ id: sourceVersions.id, createdAt: sourceVersions.createdAt });
    if (!version) throw new Error("The version was not stored.");
    // Where each claim falls on the new text is stored with it (see `npm run bench`,
    // reanchor-save, for what this costs with 2,000 claims on a 50,000-word source).
    const anchors = await storeAnchorsForVersion(tx, sourceId, { id: version.id, text }, ahead);
    await tx
      .update(sources)
      .set({ updatedAt: version.createdAt, version: source.version + 1 })
      .where(eq(sources.id, sourceId));
    await indexSource(sourceId);
    await recordEvent({
      actorId: actor.id,
      action: "source.version-created",
      subjectType: "source",
      subjectId: sourceId,
      investigationId: source.investigationId,
      data: { versionId: version.id, number },
    });
    return { id: version.id, number, isNew: true, anchors };
  });
}

/** The source, its investigation and its current version's text; NOT_FOUND when absent. */
export async function getSourceById({ actor, id }: { actor: Actor; id: string }) {
  void actor; // every signed-in role may read every source
  const [row] = await db()
    .select({ source: sources, investigationTitle: investigations.title })
    .from(sources)
    .innerJoin(investigations, eq(investigations.id, sources.investigationId))
    .where(eq(sources.id, id));
  if (!row) throw new AppError("NOT_FOUND", { key: "Errors.notFound.source" });
  const [version] = await db()
    .select({ id: sourceVersions.id, number: sourceVersions.number, sha256: sourceVersions.sha256, createdAt: sourceVersions.createdAt })
    .from(sourceVersions)
    .where(eq(sourceVersions.sourceId, id))
    .orderBy(desc(sourceVersions.number))
    .limit(1);
  const text = version && (await getVersionText(db(), version.id));
  if (!version || text === undefined) throw new AppError("NOT_FOUND", { key: "Errors.notFound.sourceText" });
  // createdBy (an id) decides who may edit the details; the API's sourceJson leaves it out.
  const source = row.source;
  return { ...source, investigation: { id: source.investigationId, title: row.investigationTitle }, currentVersion: { ...version, text } };
}

export async function deleteSource({ actor, id }: { actor: Actor; id: string }) {
  assertAllowed(canDeleteSource(actor), "Only editors can delete sources.");
  return writeTransaction(async (tx) => {
    const [source] = await tx.select().from(sources).where(eq(sources.id, id));
    if (!source) throw new AppError("NOT_FOUND", { key: "Errors.notFound.source" });
    await tx.delete(sources).where(eq(sources.id, id));
    await touchInvestigation(source.investigationId);
    await recordEvent({
      actorId: actor.id,
      action: "source.deleted",
      subjectType: "source",
      subjectId: id,
      investigationId: source.investigationId,
      data: { title: source.title },
    });
    return { investigationId: source.investigationId };
  });
}

export type ReanchoringSummary = { exact: number; moved: number; fuzzy: number; orphan: number };

/**
 * Saves a new version of a source's text (editing or re-importing) and reports how its
 * claims anchor on it. Claims keep the selectors of the version they were made on and are
 * anchored on the current version whenever they are read (about 30 ms for 2,000 claims), so
 * "moved", "matched approximately" and "orphaned" stay visible until someone re-selects.
 */
export async function updateSourceText({ actor, sourceId, text }: { actor: Actor; sourceId: string; text: string }) {
  const { anchors, ...version } = await createSourceVersion({ actor, sourceId, text });
  const summary: ReanchoringSummary = { exact: 0, moved: 0, fuzzy: 0, orphan: 0 };
  for (const anchor of anchors ?? (await listClaimsBySource({ actor, sourceId })).map((claim) => claim.anchor)) summary[anchor.status]++;
  return { version, summary };
}

/** Every version of a source, newest first, without their texts. */
export async function listSourceVersions({ actor, sourceId }: { actor: Actor; sourceId: string }) {
  void actor;
  return db()
    .select({
      id: sourceVersions.id,
      number: sourceVersions.number,
      sha256: sourceVersions.sha256,
      createdAt: sourceVersions.createdAt,
      createdByName: users.name,
    })
    .from(sourceVersions)
    .innerJoin(users, eq(users.id, sourceVersions.createdBy))
    .where(eq(sourceVersions.sourceId, sourceId))
    .orderBy(desc(sourceVersions.number));
}

/** One version of a source by its number, with its text; NOT_FOUND when there is none. */
export async function getSourceVersionByNumber({ actor, sourceId, number }: { actor: Actor; sourceId: string; number: number }) {
  void actor;
  const [version] = await db()
    .select({ id: sourceVersions.id, number: sourceVersions.number, text: sourceVersions.text, createdAt: sourceVersions.createdAt })
    .from(sourceVersions)
    .where(and(eq(sourceVersions.sourceId, sourceId), eq(sourceVersions.number, number)));
  if (!version) throw new AppError("NOT_FOUND", { key: "Errors.notFound.sourceVersion", values: { number } });
  return version;
}
