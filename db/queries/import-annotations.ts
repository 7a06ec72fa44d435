import "server-only";
import { eq, sql } from "drizzle-orm";
import { defaultRatingScale, type Rating } from "@/lib/checking/rating-scale";
import { AppError } from "@/lib/errors";
import { detectLanguage, isLanguageCode } from "@/lib/languages";
import type { ImportSummary } from "@/lib/annotation-import/import-summary";
import type { ImportAnnotation, ImportPlan } from "@/lib/annotation-import/read-web-annotations";
import { canImportAnnotations, type Actor } from "@/lib/permissions";
import type { Transaction } from "../client";
import { forUpdate, writeTransaction } from "../connection";
import { newId, now, preparedOnce } from "../prepared";
import { claims, comments, evidence, facts, investigations, sources, sourceVersions } from "../schema";
import { assertAllowed } from "./actor";
import { newClaimPlaceholders } from "./claims";
import { recordEvent } from "./events";
import { indexFacts, indexSourceTree } from "./search-index";
import {
  currentVersionOf,
  matchSource,
  prepareImport,
  type PlacedAnnotation,
  type PreparedImport,
  type PreparedSource,
  type SourceTarget,
} from "./import-preparation";

/** FORBIDDEN unless the actor may import; callers check before reading a large file. */
export function assertImportAllowed(actor: Actor): void {
  assertAllowed(canImportAnnotations(actor), "Only editors can import annotations.");
}

/**
 * Imports annotations (read by `readWebAnnotations`) into an investigation: all of it, or
 * nothing when anything fails.
 *
 * Sources are matched by URL, or by the `urn:corroborate:source:<id>` of a source of this
 * investigation; otherwise they are created from the text the file embeds. Each annotation
 * is anchored on its source's current text with the same module the reader uses, and becomes
 * a claim only where it anchors (exactly, moved, or fuzzily; a fuzzy claim takes the words
 * found). Orphans are reported, never placed on a guess. A claim already on the same words
 * is left as it is. Verdicts are matched to the scale by key, then by label. Editors only:
 * an import sets statuses and verdicts in bulk.
 *
 * The matching, anchoring and describing run first, across event-loop turns
 * (`prepareImport`); then one transaction does only the writes. It re-checks what the
 * preparation relied on: CONFLICT when a matched source got a new version meanwhile, or a
 * source the import would create appeared meanwhile (the file can simply be imported again).
 * The investigation's row and each matched source's row are locked (`forUpdate`) before they
 * are checked, so a settings change or a new version cannot slip in before the writes.
 */
export async function importAnnotations({ actor, investigationId, plan }: { actor: Actor; investigationId: string; plan: ImportPlan }): Promise<ImportSummary> {
  assertImportAllowed(actor);
  const prepared = await prepareImport({ investigationId, plan });
  return writeTransaction((tx) => writeImport(tx, actor, investigationId, prepared, plan.skipped));
}

const changedMeanwhile = () => new AppError("CONFLICT", { key: "Errors.conflict.importSourceChanged" });

async function writeImport(
  tx: Transaction,
  actor: Actor,
  investigationId: string,
  prepared: PreparedImport,
  skipped: ImportPlan["skipped"],
): Promise<ImportSummary> {
  const [investigation] = await forUpdate(tx.select().from(investigations).where(eq(investigations.id, investigationId)));
  if (!investigation) throw new AppError("NOT_FOUND", { key: "Errors.notFound.investigation" });
  if (investigation.approximateTolerancePercent !== prepared.tolerancePercent) throw changedMeanwhile();
  const scale = investigation.ratingScale ?? defaultRatingScale;
  const summary: ImportSummary = {
    sources: { created: 0, matched: 0, missing: [] },
    claims: { exact: 0, moved: 0, fuzzy: 0, alreadyPresent: 0 },
    orphaned: [],
    facts: 0,
    evidence: 0,
    comments: 0,
    unknownVerdicts: [],
    skipped,
  };
  const targets = new Map<string, SourceTarget>();
  for (const source of prepared.sources) {
    if (source.kind === "matched") {
      const [locked] = await forUpdate(tx.select({ id: sources.id }).from(sources).where(eq(sources.id, source.target.id)));
      if (!locked || (await currentVersionOf(tx, source.target.id)).versionId !== source.target.versionId) throw changedMeanwhile();
      targets.set(source.key, source.target);
    } else {
      if (await matchSource(tx, investigationId, source.source)) throw changedMeanwhile();
      targets.set(source.key, await createSourceFrom(tx, actor, investigationId, source, investigation.reportLanguage));
    }
    summary.sources[source.kind]++;
  }
  summary.sources.missing.push(...prepared.missing);
  const factIds = new Map<string, string>();
  const spansByVersion = new Map<string, Set<string>>();
  for (const { sourceKey, placed, orphaned } of prepared.placements) {
    const target = targets.get(sourceKey)!;
    summary.orphaned.push(...orphaned.map((exact) => ({ sourceKey, exact })));
    let claimedSpans = spansByVersion.get(target.versionId);
    if (!claimedSpans) spansByVersion.set(target.versionId, (claimedSpans = await claimedSpansOf(tx, target.versionId)));
    for (const placement of placed) {
      const { annotation, anchor } = placement;
      const claimId = await insertImportedClaim(tx, actor, investigationId, target, placement, scale, summary, claimedSpans);
      if (!claimId) continue;
      summary.claims[anchor.status]++;
      const factKey = annotation.factId ?? (annotation.factTitle ? `title:${annotation.factTitle}` : null);
      if (factKey) {
        let factId = factIds.get(factKey);
        if (!factId) {
          const title = (annotation.factTitle ?? "").trim().slice(0, 300) || "Imported fact";
          const [fact] = await tx.insert(facts).values({ investigationId, title, createdBy: actor.id }).returning({ id: facts.id });
          factId = fact!.id;
          await recordEvent({
            actorId: actor.id,
            action: "fact.created",
            subjectType: "fact",
            subjectId: factId,
            investigationId,
            data: { title, imported: true },
          });
          factIds.set(factKey, factId);
          summary.facts++;
        }
        await tx.update(claims).set({ factId }).where(eq(claims.id, claimId));
      }
    }
  }
  // Everything written lies in these sources (new ones, and the matched ones claims were added to), and these facts.
  for (const target of targets.values()) await indexSourceTree(target.id);
  await indexFacts([...factIds.values()]);
  await recordEvent({
    actorId: actor.id,
    action: "investigation.imported",
    subjectType: "investigation",
    subjectId: investigationId,
    investigationId,
    data: { claims: summary.claims, orphaned: summary.orphaned.length, sources: { created: summary.sources.created, matched: summary.sources.matched } },
  });
  await tx.update(investigations).set({ updatedAt: new Date().toISOString() }).where(eq(investigations.id, investigationId));
  return summary;
}

async function createSourceFrom(
  tx: Transaction,
  actor: Actor,
  investigationId: string,
  prepared: Extract<PreparedSource, { kind: "created" }>,
  reportLanguage: string,
): Promise<SourceTarget> {
  const { source, text, sha256 } = prepared;
  const title = (source.title ?? "").trim().slice(0, 300) || source.url || "Imported source";
  // The file's word for the text's language (our exports name it), else detected like a pasted
  // source's (lib/languages), the investigation's report language when unclear.
  const language = source.language ?? detectLanguage(text, isLanguageCode(reportLanguage) ? reportLanguage : "en");
  const [row] = await tx
    .insert(sources)
    .values({
      investigationId,
      title,
      outlet: source.outlet,
      url: source.url,
      publishedAt: source.publishedAt,
      language,
      createdBy: actor.id,
    })
    .returning({ id: sources.id });
  const [version] = await tx
    .insert(sourceVersions)
    .values({ sourceId: row!.id, number: 1, text, sha256, createdBy: actor.id })
    .returning({ id: sourceVersions.id });
  await recordEvent({
    actorId: actor.id,
    action: "source.created",
    subjectType: "source",
    subjectId: row!.id,
    investigationId,
    data: { title, url: source.url, language, imported: true, versionId: version!.id },
  });
  return { id: row!.id, versionId: version!.id, text };
}

function findVerdict(scale: readonly Rating[], annotation: ImportAnnotation): Rating | null {
  const byKey = annotation.verdictKey ? scale.find((rating) => rating.key === annotation.verdictKey) : undefined;
  const label = annotation.verdictLabel?.trim().toLowerCase();
  return byKey ?? (label ? scale.find((rating) => rating.label.toLowerCase() === label) : undefined) ?? null;
}

const spanKey = (start: number, end: number) => `${start}:${end}`;

/**
 * The spans of the claims already on a version, read once: the import then checks each
 * annotation in memory, not with a query per annotation (a round trip each on PostgreSQL).
 * It holds while the transaction lasts: the version's source is locked (a matched one here; a
 * new one is the import's own), and a claim is created only under its source's lock
 * (claims.ts). A re-selection moving a claim onto the same words meanwhile is not excluded:
 * that is the one way to get two claims on the same words, which is harmless.
 */
async function claimedSpansOf(tx: Transaction, versionId: string): Promise<Set<string>> {
  const rows = await tx.select({ start: claims.start, end: claims.end }).from(claims).where(eq(claims.sourceVersionId, versionId));
  return new Set(rows.map(({ start, end }) => spanKey(start, end)));
}

/** Built once per connection (see db/prepared.ts): 50,000 Drizzle-built inserts cost seconds inside the transaction. */
const insertImportedClaimRow = preparedOnce((database) =>
  database
    .insert(claims)
    .values({
      ...newClaimPlaceholders,
      status: sql.placeholder("status"),
      verdictKey: sql.placeholder("verdictKey"),
      rationale: sql.placeholder("rationale"),
      approvedBy: sql.placeholder("approvedBy"),
      approvedAt: sql.placeholder("approvedAt"),
      verdictSetBy: sql.placeholder("verdictSetBy"),
    })
    .prepare("import_insert_claim"),
);

/** Inserts the claim with its review, evidence and comments; null when those words already are a claim (`claimedSpans`, which it extends). */
async function insertImportedClaim(
  tx: Transaction,
  actor: Actor,
  investigationId: string,
  target: SourceTarget,
  { annotation, anchor, quote, quantityReading }: PlacedAnnotation,
  scale: readonly Rating[],
  summary: ImportSummary,
  claimedSpans: Set<string>,
): Promise<string | null> {
  const span = spanKey(anchor.start, anchor.end);
  if (claimedSpans.has(span)) {
    summary.claims.alreadyPresent++;
    return null;
  }
  claimedSpans.add(span);
  const verdict = findVerdict(scale, annotation);
  if (!verdict && (annotation.verdictKey || annotation.verdictLabel)) {
    const label = annotation.verdictLabel ?? annotation.verdictKey!;
    if (!summary.unknownVerdicts.includes(label)) summary.unknownVerdicts.push(label);
  }
  const createdAt = now();
  const status = annotation.status ?? "open";
  const id = newId();
  await insertImportedClaimRow().execute({
    id,
    sourceId: target.id,
    sourceVersionId: target.versionId,
    ...quote,
    start: anchor.start,
    end: anchor.end,
    quantityReading,
    status,
    verdictKey: verdict?.key ?? null,
    rationale: annotation.rationale,
    approvedBy: status === "approved" ? actor.id : null,
    approvedAt: status === "approved" ? createdAt : null,
    // Four eyes: the importer set the verdict (or rationale) of each claim that came with one.
    verdictSetBy: verdict || annotation.rationale ? actor.id : null,
    createdBy: actor.id,
    createdAt,
  });
  await recordEvent({
    actorId: actor.id,
    action: "claim.created",
    subjectType: "claim",
    subjectId: id,
    investigationId,
    data: { sourceId: target.id, sourceVersionId: target.versionId, exact: quote.exact, start: anchor.start, end: anchor.end, imported: anchor.status },
  });
  for (const item of annotation.evidence) {
    await tx
      .insert(evidence)
      .values({ claimId: id, url: item.url, outlet: item.outlet, quote: item.quote, stance: item.stance, accessedAt: item.accessedAt, createdBy: actor.id });
    summary.evidence++;
  }
  for (const comment of annotation.comments) {
    const attribution = comment.authorName
      ? `*Imported; written by ${comment.authorName}${comment.created ? ` on ${comment.created.slice(0, 10)}` : ""}.*\n\n`
      : "";
    await tx.insert(comments).values({ claimId: id, body: `${attribution}${comment.body}`, createdBy: actor.id });
    summary.comments++;
  }
  return id;
}
