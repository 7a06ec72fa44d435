import "server-only";
import { and, asc, desc, eq, sql } from "drizzle-orm";
import { findQuote } from "@/lib/anchoring";
import { assertNotApproved } from "@/lib/checking/approval-lock";
import { canEditEvidence } from "@/lib/checking/permissions";
import { AppError } from "@/lib/errors";
import { canCreateClaim, type Actor } from "@/lib/permissions";
import { db, writeTransaction } from "../connection";
import { preparedOnce } from "../prepared";
import { evidence, sources, sourceVersions, users, type EvidenceRow, type QuoteMatchRecord } from "../schema";
import { assertAllowed } from "./actor";
import { getClaimContext, staleVersionError } from "./claim-context";
import { recordEvent } from "./events";
import { getVersionText } from "./version-texts";
import { indexEvidence } from "./search-index";

export type EvidenceFields = { url?: string; outlet?: string; quote?: string; stance: "supports" | "refutes" | "adds-context"; accessedAt?: string };

/**
 * When the evidence links to one of the investigation's own sources, where its quote is in
 * that source (exact or fuzzy, via the anchoring module): in its current text; else in the
 * newest earlier version that has it (`earlier-version`, with `versionNumber` of
 * `versionCount`, offsets into that version); else a not-found marker. Null when the link
 * is not one of the sources or there is no quote. NOT_FOUND without the claim. The search is
 * slow on long texts: it runs before the write transaction, never inside it.
 */
async function matchQuoteInOwnSources(claimId: string, fields: EvidenceFields): Promise<QuoteMatchRecord | null> {
  if (!fields.url || !fields.quote) return null;
  const { investigationId } = await getClaimContext(claimId);
  const [source] = await db()
    .select({ id: sources.id, title: sources.title })
    .from(sources)
    .where(and(eq(sources.investigationId, investigationId), eq(sources.url, fields.url)))
    .orderBy(asc(sources.createdAt), asc(sources.id))
    .limit(1);
  if (!source) return null;
  const named = { sourceId: source.id, sourceTitle: source.title };
  const versions = await db()
    .select({ id: sourceVersions.id, number: sourceVersions.number })
    .from(sourceVersions)
    .where(eq(sourceVersions.sourceId, source.id))
    .orderBy(desc(sourceVersions.number));
  for (const [index, version] of versions.entries()) {
    const match = findQuote((await getVersionText(db(), version.id)) ?? "", fields.quote);
    if (match === null) continue;
    if (index === 0) return { ...named, ...match };
    return { ...named, ...match, status: "earlier-version", matchedAs: match.status, versionNumber: version.number, versionCount: versions.length };
  }
  return { ...named, status: "not-found", score: 0 };
}

function valuesOf(fields: EvidenceFields) {
  return { url: fields.url ?? null, outlet: fields.outlet ?? null, quote: fields.quote ?? null, stance: fields.stance, accessedAt: fields.accessedAt ?? null };
}

/**
 * Inside a write transaction: the claim with its context, its row locked until the
 * transaction ends (`getClaimContext`), and FORBIDDEN when it is approved. Every change of
 * evidence takes this lock first, so none lands on a claim approved meanwhile
 * (approval-lock.ts), and none interleaves with another change of the same claim's evidence.
 */
async function lockClaimForEvidenceChange(claimId: string) {
  const context = await getClaimContext(claimId);
  assertNotApproved(context.claim, "evidence");
  return context;
}

/** Adds an evidence item to a claim; NOT_FOUND without the claim, FORBIDDEN while it is approved (approval-lock.ts). */
export async function addEvidence({ actor, claimId, fields }: { actor: Actor; claimId: string; fields: EvidenceFields }) {
  assertAllowed(canCreateClaim(actor), "You cannot add evidence.");
  const quoteMatch = await matchQuoteInOwnSources(claimId, fields);
  return writeTransaction(async (tx) => {
    const { investigationId } = await lockClaimForEvidenceChange(claimId);
    const [row] = await tx
      .insert(evidence)
      .values({ claimId, ...valuesOf(fields), quoteMatch, createdBy: actor.id })
      .returning();
    await recordEvent({
      actorId: actor.id,
      action: "evidence.added",
      subjectType: "claim",
      subjectId: claimId,
      investigationId,
      data: { evidenceId: row!.id, ...valuesOf(fields) },
    });
    await indexEvidence([row!.id]);
    return row!;
  });
}

/**
 * "Checked before": copies the evidence items of an earlier claim (any investigation; every
 * signed-in role reads them) to `claimId`, in one transaction: link, outlet, quote, stance,
 * accessed date and capture; where each quote is in this investigation's own sources is found
 * again (before the transaction, as `addEvidence` does). An item the claim already has (same
 * address, quote and stance) is not copied again, so a second click copies nothing.
 * NOT_FOUND without either claim, INVALID when they are the same claim or the earlier one has no
 * evidence, FORBIDDEN while `claimId` is approved (approval-lock.ts).
 */
export async function copyEvidenceFromClaim({ actor, claimId, fromClaimId }: { actor: Actor; claimId: string; fromClaimId: string }) {
  assertAllowed(canCreateClaim(actor), "You cannot add evidence.");
  if (claimId === fromClaimId) throw new AppError("INVALID", { key: "Errors.invalid.copyEvidenceSameClaim" });
  await getClaimContext(fromClaimId);
  const items = await db().select().from(evidence).where(eq(evidence.claimId, fromClaimId)).orderBy(asc(evidence.createdAt), asc(evidence.id));
  if (items.length === 0) throw new AppError("INVALID", { key: "Errors.invalid.noEvidenceToCopy" });
  const quoteMatches = new Map<string, QuoteMatchRecord | null>();
  for (const item of items) quoteMatches.set(item.id, await matchQuoteInOwnSources(claimId, valuesOfRow(item)));
  return writeTransaction(async (tx) => {
    const { investigationId } = await lockClaimForEvidenceChange(claimId);
    const present = await tx.select().from(evidence).where(eq(evidence.claimId, claimId));
    const key = (row: EvidenceRow) => JSON.stringify([row.url, row.quote, row.stance]);
    const seen = new Set(present.map(key));
    const copied: string[] = [];
    for (const item of items) {
      if (seen.has(key(item))) continue;
      seen.add(key(item));
      const [row] = await tx
        .insert(evidence)
        .values({
          claimId,
          ...valuesOf(valuesOfRow(item)),
          quoteMatch: quoteMatches.get(item.id) ?? null,
          captureId: item.captureId,
          captureQuoteMatch: item.captureQuoteMatch,
          createdBy: actor.id,
        })
        .returning();
      await recordEvent({
        actorId: actor.id,
        action: "evidence.added",
        subjectType: "claim",
        subjectId: claimId,
        investigationId,
        data: { evidenceId: row!.id, ...valuesOf(valuesOfRow(item)), copiedFrom: { claimId: fromClaimId, evidenceId: item.id } },
      });
      copied.push(row!.id);
    }
    await indexEvidence(copied);
    return { copied: copied.length };
  });
}

/** An evidence row's fields as a form gives them. */
function valuesOfRow(row: EvidenceRow): EvidenceFields {
  return {
    url: row.url ?? undefined,
    outlet: row.outlet ?? undefined,
    quote: row.quote ?? undefined,
    stance: row.stance,
    accessedAt: row.accessedAt ?? undefined,
  };
}

const notFound = () => new AppError("NOT_FOUND", { key: "Errors.notFound.evidence" });
const staleEvidence = (row: EvidenceRow) =>
  staleVersionError("evidence item", {
    version: String(row.version),
    url: row.url ?? "",
    outlet: row.outlet ?? "",
    quote: row.quote ?? "",
    stance: row.stance,
    accessedAt: row.accessedAt ?? "",
  });

const assertMayChange = (actor: Actor, row: EvidenceRow) => assertAllowed(canEditEvidence(actor, row), "Only editors can change evidence other people added.");

async function readEvidence(id: string) {
  const [row] = await db().select().from(evidence).where(eq(evidence.id, id));
  return row;
}

/**
 * Inside a write transaction: the evidence item to change, read after its claim is locked
 * (so no other change of it can be under way); NOT_FOUND, FORBIDDEN (not theirs, or its
 * claim approved) or CONFLICT (stale, with the saved values) otherwise.
 */
async function getEvidenceForChange(actor: Actor, id: string, version: number) {
  const first = await readEvidence(id);
  if (!first) throw notFound();
  assertMayChange(actor, first);
  const { investigationId } = await lockClaimForEvidenceChange(first.claimId);
  // A change committed between the first read and the lock would make `first` stale.
  const row = await readEvidence(id);
  if (!row) throw notFound();
  if (row.version !== version) throw staleEvidence(row);
  return { row, investigationId };
}

/** Changes an evidence item if it is still at `version`; records old → new of each changed field. */
export async function updateEvidence({ actor, id, version, fields }: { actor: Actor; id: string; version: number; fields: EvidenceFields }) {
  const before = fields.url && fields.quote ? await readEvidence(id) : undefined;
  if (before) assertMayChange(actor, before); // before the slow quote search, not only inside the transaction
  const quoteMatch = before ? await matchQuoteInOwnSources(before.claimId, fields) : null;
  return writeTransaction(async (tx) => {
    const { row, investigationId } = await getEvidenceForChange(actor, id, version);
    const next = valuesOf(fields);
    const [updated] = await tx
      .update(evidence)
      .set({ ...next, quoteMatch, version: row.version + 1, updatedAt: new Date().toISOString() })
      .where(and(eq(evidence.id, id), eq(evidence.version, version)))
      .returning();
    const changes = Object.fromEntries(
      Object.entries(next)
        .filter(([key, value]) => row[key as keyof typeof next] !== value)
        .map(([key, value]) => [key, [row[key as keyof typeof next], value]]),
    );
    await recordEvent({
      actorId: actor.id,
      action: "evidence.updated",
      subjectType: "claim",
      subjectId: row.claimId,
      investigationId,
      data: { evidenceId: id, ...changes },
    });
    await indexEvidence([id]);
    return updated!;
  });
}

/** Removes an evidence item if it is still at `version`; the event keeps what it was. */
export async function removeEvidence({ actor, id, version }: { actor: Actor; id: string; version: number }) {
  return writeTransaction(async (tx) => {
    const { row, investigationId } = await getEvidenceForChange(actor, id, version);
    await tx.delete(evidence).where(and(eq(evidence.id, id), eq(evidence.version, version)));
    await recordEvent({
      actorId: actor.id,
      action: "evidence.removed",
      subjectType: "claim",
      subjectId: row.claimId,
      investigationId,
      data: { evidenceId: id, url: row.url, outlet: row.outlet, stance: row.stance },
    });
    return { claimId: row.claimId };
  });
}

/** An evidence item by id (every signed-in role may read evidence); NOT_FOUND when there is none. */
export async function getEvidenceById({ actor, id }: { actor: Actor; id: string }) {
  void actor; // every signed-in role may read evidence
  const row = await readEvidence(id);
  if (!row) throw notFound();
  return row;
}

const selectEvidenceOfClaim = preparedOnce((database) =>
  database
    .select({ evidence, createdByName: users.name })
    .from(evidence)
    .innerJoin(users, eq(users.id, evidence.createdBy))
    .where(eq(evidence.claimId, sql.placeholder("claimId")))
    .orderBy(asc(evidence.createdAt), asc(evidence.id))
    .prepare("select_evidence_of_claim"),
);

/** A claim's evidence, oldest first (ties by id), each with the name of who added it. */
export async function listEvidenceByClaim({ claimId }: { claimId: string }) {
  const rows = await selectEvidenceOfClaim().execute({ claimId });
  return rows.map(({ evidence: row, createdByName }) => ({ ...row, createdByName }));
}
