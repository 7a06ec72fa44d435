import "server-only";
import { asc, desc, eq, gt, inArray, sql, type SQL } from "drizzle-orm";
import { quantityOfClaim } from "@/lib/quantities";
import { matchTextOf, signatureTermsOf } from "@/lib/search/checked-before";
import { db } from "../connection";
import { now, preparedOnce } from "../prepared";
import { captures, claims, comments, evidence, facts, investigations, searchDocuments, sources, type SearchKind } from "../schema";
import { claimDocument, commentDocument, evidenceDocument, factDocument, sourceDocument, type SearchDocumentValues } from "./search-documents";

/**
 * Keeps the search index (search_documents) in step with what it indexes. Every write path
 * calls one of these inside its own transaction, after its change: each reads the things
 * named as the transaction now sees them and rewrites their rows (search-documents.ts says
 * what a row holds), so a change is found, and its old words no longer are, from the moment
 * it commits — and never if it rolls back. Deletes need no call: every row references its
 * subject, source and investigation ON DELETE CASCADE.
 *
 * What depends on what (the callers' contract): a claim's row reads its source's language and
 * outlet and its investigation's tolerance (its figure, in the signature); evidence and
 * comments read their claim's source's language; facts read the investigation's report
 * language; evidence reads its capture's text. A change of any of those re-indexes the
 * dependants: `indexSourceTree`, `indexClaimsOfInvestigation`, `indexFactsOfInvestigation`,
 * `indexEvidenceOfCapture`.
 */

/** Rows written per statement: 19 values each, well inside both engines' parameter limits. */
const ROWS_PER_INSERT = 200;
/** Ids per `IN (…)` list. */
const IDS_PER_READ = 500;

const upsertColumns = [
  "investigationId",
  "sourceId",
  "claimId",
  "factId",
  "evidenceId",
  "commentId",
  "title",
  "body",
  "language",
  "verdict",
  "status",
  "outlet",
  "date",
  "terms",
  "signature",
  "updatedAt",
] as const;

const excludedValues = Object.fromEntries(upsertColumns.map((key) => [key, sql.raw(`excluded.${searchDocuments[key].name}`)]));

const documentColumns = ["kind", "subjectId", ...upsertColumns] as const;
/** One row's write, prepared once (a claim's create and every single change write one row). */
const upsertOne = preparedOnce((database) =>
  database
    .insert(searchDocuments)
    .values(Object.fromEntries(documentColumns.map((key) => [key, sql.placeholder(key)])) as never)
    .onConflictDoUpdate({ target: [searchDocuments.kind, searchDocuments.subjectId], set: excludedValues })
    .prepare("search_documents_upsert"),
);

/** Writes the rows (insert, or replace the row of the same kind and subject). */
export async function writeSearchDocuments(documents: readonly SearchDocumentValues[]): Promise<void> {
  const updatedAt = now();
  if (documents.length === 1) {
    await upsertOne().execute({ ...documents[0]!, updatedAt });
    return;
  }
  for (let at = 0; at < documents.length; at += ROWS_PER_INSERT) {
    const chunk = documents.slice(at, at + ROWS_PER_INSERT).map((document) => ({ ...document, updatedAt }));
    await db()
      .insert(searchDocuments)
      .values(chunk)
      .onConflictDoUpdate({ target: [searchDocuments.kind, searchDocuments.subjectId], set: excludedValues });
  }
}

const claimFields = {
  id: claims.id,
  sourceId: claims.sourceId,
  investigationId: sources.investigationId,
  exact: claims.exact,
  prefix: claims.prefix,
  suffix: claims.suffix,
  statement: claims.statement,
  claimant: claims.claimant,
  rationale: claims.rationale,
  status: claims.status,
  verdictKey: claims.verdictKey,
  createdAt: claims.createdAt,
  quantityOverride: claims.quantityOverride,
  quantityReading: claims.quantityReading,
  language: sources.language,
  outlet: sources.outlet,
  tolerancePercent: investigations.approximateTolerancePercent,
};
const claimsQuery = (where: SQL | undefined) =>
  db()
    .select(claimFields)
    .from(claims)
    .innerJoin(sources, eq(sources.id, claims.sourceId))
    .innerJoin(investigations, eq(investigations.id, sources.investigationId))
    .where(where);

type ClaimIndexRow = Awaited<ReturnType<typeof claimsQuery>>[number];

const selectClaimForIndex = preparedOnce((database) =>
  database
    .select(claimFields)
    .from(claims)
    .innerJoin(sources, eq(sources.id, claims.sourceId))
    .innerJoin(investigations, eq(investigations.id, sources.investigationId))
    .where(eq(claims.id, sql.placeholder("id")))
    .prepare("search_index_claim"),
);

/** A claim's row: its words, and its signature for "checked before" (its figure as it is used everywhere: quantityOfClaim). */
function claimRowDocument(row: ClaimIndexRow): SearchDocumentValues {
  const reading = quantityOfClaim(row, row.tolerancePercent / 100, row.language);
  // The words the matcher reads of a claim (its statement, else the highlight in its sentence), as in checked-before.ts.
  const signature = signatureTermsOf({ text: matchTextOf(row), language: row.language, reading });
  return claimDocument(row, signature);
}

/** Re-indexes these claims (created, words, statement, claimant, rationale, verdict, status or figure changed). */
export async function indexClaims(claimIds: readonly string[]): Promise<void> {
  if (claimIds.length === 1) {
    const rows = await selectClaimForIndex().execute({ id: claimIds[0]! });
    return writeSearchDocuments(rows.map(claimRowDocument));
  }
  for (let at = 0; at < claimIds.length; at += IDS_PER_READ) {
    const rows = await claimsQuery(inArray(claims.id, claimIds.slice(at, at + IDS_PER_READ)));
    await writeSearchDocuments(rows.map(claimRowDocument));
  }
}

/** Re-indexes every claim of an investigation (its tolerance for "about N" changed, so their figures did). */
export async function indexClaimsOfInvestigation(investigationId: string): Promise<void> {
  await writeSearchDocuments((await claimsQuery(eq(sources.investigationId, investigationId))).map(claimRowDocument));
}

/** The source's current text (its highest version), read in the same statement. */
const currentText = sql<string>`(select current_version.text from source_versions current_version where current_version.source_id = "sources"."id" order by current_version.number desc limit 1)`;

const sourcesQuery = (where: SQL | undefined) =>
  db()
    .select({
      id: sources.id,
      investigationId: sources.investigationId,
      title: sources.title,
      outlet: sources.outlet,
      language: sources.language,
      publishedAt: sources.publishedAt,
      createdAt: sources.createdAt,
      text: currentText,
    })
    .from(sources)
    .where(where);

const evidenceQuery = (where: SQL | undefined) =>
  db()
    .select({
      id: evidence.id,
      claimId: evidence.claimId,
      sourceId: claims.sourceId,
      investigationId: sources.investigationId,
      url: evidence.url,
      outlet: evidence.outlet,
      quote: evidence.quote,
      accessedAt: evidence.accessedAt,
      createdAt: evidence.createdAt,
      language: sources.language,
      capturedText: captures.text,
    })
    .from(evidence)
    .innerJoin(claims, eq(claims.id, evidence.claimId))
    .innerJoin(sources, eq(sources.id, claims.sourceId))
    .leftJoin(captures, eq(captures.id, evidence.captureId))
    .where(where);

const commentsQuery = (where: SQL | undefined) =>
  db()
    .select({
      id: comments.id,
      claimId: comments.claimId,
      sourceId: claims.sourceId,
      investigationId: sources.investigationId,
      body: comments.body,
      createdAt: comments.createdAt,
      claimExact: claims.exact,
      language: sources.language,
    })
    .from(comments)
    .innerJoin(claims, eq(claims.id, comments.claimId))
    .innerJoin(sources, eq(sources.id, claims.sourceId))
    .where(where);

const factsQuery = (where: SQL | undefined) =>
  db()
    .select({
      id: facts.id,
      investigationId: facts.investigationId,
      title: facts.title,
      createdAt: facts.createdAt,
      reportLanguage: investigations.reportLanguage,
    })
    .from(facts)
    .innerJoin(investigations, eq(investigations.id, facts.investigationId))
    .where(where);

/** Re-indexes a source alone (added, or a new text version). */
export async function indexSource(sourceId: string): Promise<void> {
  await writeSearchDocuments((await sourcesQuery(eq(sources.id, sourceId))).map(sourceDocument));
}

/**
 * Re-indexes a source and everything in it: its claims, their evidence and comments (its
 * title, outlet, address, date or language changed; or it was imported with them).
 */
export async function indexSourceTree(sourceId: string): Promise<void> {
  await indexSource(sourceId);
  await writeSearchDocuments((await claimsQuery(eq(claims.sourceId, sourceId))).map(claimRowDocument));
  await writeSearchDocuments((await evidenceQuery(eq(claims.sourceId, sourceId))).map(evidenceDocument));
  await writeSearchDocuments((await commentsQuery(eq(claims.sourceId, sourceId))).map(commentDocument));
}

/** Re-indexes these evidence items (added, changed, or their capture linked). */
export async function indexEvidence(evidenceIds: readonly string[]): Promise<void> {
  for (let at = 0; at < evidenceIds.length; at += IDS_PER_READ)
    await writeSearchDocuments((await evidenceQuery(inArray(evidence.id, evidenceIds.slice(at, at + IDS_PER_READ)))).map(evidenceDocument));
}

/**
 * For captures: re-indexes the evidence whose capture this is, so its captured text is found.
 * Call it inside the transaction that stores or changes `captures.text` (and call
 * `indexEvidence` in the one that sets an item's `capture_id`).
 */
export async function indexEvidenceOfCapture(captureId: string): Promise<void> {
  await writeSearchDocuments((await evidenceQuery(eq(evidence.captureId, captureId))).map(evidenceDocument));
}

/** Re-indexes these comments (added or edited). */
export async function indexComments(commentIds: readonly string[]): Promise<void> {
  for (let at = 0; at < commentIds.length; at += IDS_PER_READ)
    await writeSearchDocuments((await commentsQuery(inArray(comments.id, commentIds.slice(at, at + IDS_PER_READ)))).map(commentDocument));
}

/** Re-indexes these facts (made or renamed). */
export async function indexFacts(factIds: readonly string[]): Promise<void> {
  for (let at = 0; at < factIds.length; at += IDS_PER_READ)
    await writeSearchDocuments((await factsQuery(inArray(facts.id, factIds.slice(at, at + IDS_PER_READ)))).map(factDocument));
}

/** Re-indexes an investigation's facts (its report language, which they are read in, changed). */
export async function indexFactsOfInvestigation(investigationId: string): Promise<void> {
  await writeSearchDocuments((await factsQuery(eq(facts.investigationId, investigationId))).map(factDocument));
}

export type RebuildCounts = Record<SearchKind, number>;

/**
 * One batch of a whole rebuild (npm run search -- --rebuild): the next `limit` things of a kind
 * after `afterId` (ids in order), re-indexed. The caller runs each batch in its own transaction.
 * Returns the last id written, or null when the kind is done.
 */
export async function rebuildBatch(kind: SearchKind, afterId: string, limit: number): Promise<{ lastId: string | null; written: number }> {
  const documents = await documentsAfter(kind, afterId, limit);
  await writeSearchDocuments(documents);
  return { lastId: documents.at(-1)?.subjectId ?? null, written: documents.length };
}

async function documentsAfter(kind: SearchKind, afterId: string, limit: number): Promise<SearchDocumentValues[]> {
  if (kind === "claim") return (await claimsQuery(gt(claims.id, afterId)).orderBy(asc(claims.id)).limit(limit)).map(claimRowDocument);
  if (kind === "source") return (await sourcesQuery(gt(sources.id, afterId)).orderBy(asc(sources.id)).limit(limit)).map(sourceDocument);
  if (kind === "fact") return (await factsQuery(gt(facts.id, afterId)).orderBy(asc(facts.id)).limit(limit)).map(factDocument);
  if (kind === "evidence") return (await evidenceQuery(gt(evidence.id, afterId)).orderBy(asc(evidence.id)).limit(limit)).map(evidenceDocument);
  return (await commentsQuery(gt(comments.id, afterId)).orderBy(asc(comments.id)).limit(limit)).map(commentDocument);
}

/** How many rows the index holds, by kind. */
export async function countSearchDocuments(): Promise<RebuildCounts> {
  const rows = await db()
    .select({ kind: searchDocuments.kind, count: sql<number>`count(*)`.mapWith(Number) })
    .from(searchDocuments)
    .groupBy(searchDocuments.kind)
    .orderBy(desc(searchDocuments.kind));
  const counts: RebuildCounts = { claim: 0, source: 0, fact: 0, evidence: 0, comment: 0 };
  for (const row of rows) counts[row.kind] = row.count;
  return counts;
}
