import "server-only";
import { and, count, eq, inArray, ne, or, isNull, sql, type SQL } from "drizzle-orm";
import { defaultRatingScale, findRating, type Rating } from "@/lib/checking/rating-scale";
import { AppError } from "@/lib/errors";
import { canSearchWorkspace, type Actor } from "@/lib/permissions";
import { quantityOfClaim } from "@/lib/quantities";
import { indexTermsOf, toFts5AnyTerm, toTsqueryAnyTerm } from "@/lib/search";
import { featuresOf, isStopWord, matchTextOf, scoreFeatures, signatureOfFeatures, type ClaimFeatures, type MatchReason } from "@/lib/search/checked-before";
import { db, engineKind } from "../connection";
import { preparedOnce } from "../prepared";
import { claims, evidence, facts, investigations, searchDocuments, sources } from "../schema";
import { assertAllowed } from "./actor";

/**
 * "Checked before": earlier claims, in every investigation the actor may read, that state what
 * this claim states (lib/search/checked-before: figure and counted thing, names, dates, similar
 * words, across English and Spanish).
 *
 * Contract of {@link listCheckedBefore}:
 * - Reading: every signed-in role reads every investigation (`canSearchWorkspace`, the rule the
 *   workspace search follows); NOT_FOUND when the claim does not exist. A rule that narrows
 *   reading must narrow the candidates here too (the `investigationId` of each index row).
 * - Candidates: the claim's signature tokens (counted thing, magnitude buckets, names, concepts;
 *   not years and months, which half the index shares) and up to {@link MAX_QUERY_TERMS} of its
 *   index terms (function words left out), OR-ed (lib/search `toFts5AnyTerm` / `toTsqueryAnyTerm`, bound as a parameter),
 *   looked up in search-index's full-text index (FTS5 on SQLite, tsvectors on PostgreSQL), the best
 *   {@link MAX_CANDIDATES} by the engine's rank (signature weighted over terms); never the claim
 *   itself nor claims of its own fact.
 * - Each candidate is scored by the matcher on its words in context, its source's language and
 *   its figure as used everywhere (`quantityOfClaim`); shown when the matcher says "same" or
 *   "conflict". Order: same statement before conflicts; within each, approved claims first;
 *   then score, then id. At most `limit` (default 10).
 */
export type CheckedBeforeMatch = {
  claimId: string;
  factId: string | null;
  investigationId: string;
  /** The verdict's key in its investigation's scale, or null. */
  verdict: string | null;
  status: "open" | "in-review" | "approved";
  score: number;
  reasons: MatchReason[];
  /** "same" statement, or "conflict": the same statement with a figure that cannot hold with this one. */
  kind: "same" | "conflict";
  investigationTitle: string;
  sourceId: string;
  sourceTitle: string;
  exact: string;
  verdictLabel: string | null;
  verdictValue: number | null;
  /** The rationale's first line, Markdown marks dropped ("" without one). */
  rationaleLine: string;
  factTitle: string | null;
  evidenceCount: number;
};

export const MAX_CANDIDATES = 100;
export const MAX_QUERY_TERMS = 8;

type ClaimForMatch = {
  exact: string;
  prefix: string;
  suffix: string;
  statement: string | null;
  quantityOverride: unknown;
  quantityReading: unknown;
  language: string;
  tolerancePercent: number;
};

const matchFields = {
  id: claims.id,
  exact: claims.exact,
  prefix: claims.prefix,
  suffix: claims.suffix,
  statement: claims.statement,
  quantityOverride: claims.quantityOverride,
  quantityReading: claims.quantityReading,
  factId: claims.factId,
  language: sources.language,
  tolerancePercent: investigations.approximateTolerancePercent,
};

const selectClaimForMatch = preparedOnce((database) =>
  database
    .select(matchFields)
    .from(claims)
    .innerJoin(sources, eq(sources.id, claims.sourceId))
    .innerJoin(investigations, eq(investigations.id, sources.investigationId))
    .where(eq(claims.id, sql.placeholder("claimId")))
    .prepare("checked_before_claim"),
);

/** What the matcher reads of a claim row. */
function featuresOfRow(row: ClaimForMatch): ClaimFeatures {
  const reading = quantityOfClaim(row, row.tolerancePercent / 100, row.language);
  return featuresOf({ text: matchTextOf(row), language: row.language, reading });
}

/** The tokens a candidate is looked up by: see the module comment. */
function lookupTokensOf(features: ClaimFeatures, row: ClaimForMatch): { signature: string[]; terms: string[] } {
  const signature = signatureOfFeatures(features).filter((token) => !token.startsWith("year") && !token.startsWith("month"));
  const terms = [...new Set(indexTermsOf(matchTextOf(row), row.language).split(" "))]
    // Function words ("the", "said", "segun") match most of the index and say nothing: left out.
    .filter((term) => /^[a-z0-9]{3,}$/.test(term) && !/^\d+$/.test(term) && !isStopWord(term))
    .slice(0, MAX_QUERY_TERMS);
  return { signature, terms };
}

/** The candidates' claim ids, best first by the engine's full-text rank. */
async function candidateIdsOf(claimId: string, factId: string | null, tokens: { signature: string[]; terms: string[] }): Promise<string[]> {
  if (tokens.signature.length === 0 && tokens.terms.length === 0) return [];
  const notItsFact: SQL | undefined = factId ? or(isNull(claims.factId), ne(claims.factId, factId)) : undefined;
  const where = (match: SQL) => and(match, eq(searchDocuments.kind, "claim"), ne(claims.id, claimId), notItsFact);
  if (engineKind() === "sqlite") {
    const match = [toFts5AnyTerm(tokens.signature, { column: "signature" }), toFts5AnyTerm(tokens.terms, { column: "terms" })]
      .filter((part) => part !== null)
      .join(" OR ");
    if (match === "") return [];
    const rank = sql`bm25(search_documents_fts, 0.3, 1.0)`;
    const rows = await db()
      .select({ claimId: claims.id })
      .from(searchDocuments)
      .innerJoin(sql`search_documents_fts`, sql`search_documents_fts.rowid = ${searchDocuments.id}`)
      .innerJoin(claims, eq(claims.id, searchDocuments.claimId))
      .where(where(sql`search_documents_fts MATCH ${match}`))
      .orderBy(rank)
      .limit(MAX_CANDIDATES);
    return rows.map((row) => row.claimId);
  }
  // A side with no term is a query that matches nothing (bound like any other).
  const orQuery = (list: string[]) => toTsqueryAnyTerm(list) ?? "'nothing0matches'";
  const signatureQuery = sql`to_tsquery('simple', ${orQuery(tokens.signature)})`;
  const termsQuery = sql`to_tsquery('simple', ${orQuery(tokens.terms)})`;
  const rank = sql`(ts_rank("search_documents"."signature_vector", ${signatureQuery}) + 0.3 * ts_rank("search_documents"."terms_vector", ${termsQuery}))`;
  const rows = await db()
    .select({ claimId: claims.id })
    .from(searchDocuments)
    .innerJoin(claims, eq(claims.id, searchDocuments.claimId))
    .where(where(sql`("search_documents"."signature_vector" @@ ${signatureQuery} or "search_documents"."terms_vector" @@ ${termsQuery})`))
    .orderBy(sql`${rank} desc`)
    .limit(MAX_CANDIDATES);
  return rows.map((row) => row.claimId);
}

/** The first line of a Markdown rationale, its marks dropped. */
export function rationaleLineOf(rationale: string): string {
  const line = rationale.split("\n").find((text) => text.trim() !== "") ?? "";
  return line
    .replace(/^\s*(?:#{1,6}\s+|>\s*|[-*+]\s+|\d+[.)]\s+)/, "")
    .replace(/[*_`~]+/g, "")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .trim()
    .slice(0, 300);
}

async function evidenceCountsOf(claimIds: string[]): Promise<Map<string, number>> {
  if (claimIds.length === 0) return new Map();
  const rows = await db()
    .select({ claimId: evidence.claimId, count: count() })
    .from(evidence)
    .where(inArray(evidence.claimId, claimIds))
    .groupBy(evidence.claimId);
  return new Map(rows.map((row) => [row.claimId, Number(row.count)]));
}

/** The claim's features and its candidates' ids, best first (the full-text step alone; the bench times it). NOT_FOUND without the claim. */
export async function candidatesOfClaim(claimId: string): Promise<{ features: ClaimFeatures; candidateIds: string[] }> {
  const [claim] = await selectClaimForMatch().execute({ claimId });
  if (!claim) throw new AppError("NOT_FOUND", { key: "Errors.notFound.claim" });
  const features = featuresOfRow(claim);
  return { features, candidateIds: await candidateIdsOf(claim.id, claim.factId, lookupTokensOf(features, claim)) };
}

/** See the module comment. */
export async function listCheckedBefore({
  actor,
  claimId,
  limit = 10,
}: {
  actor: Actor;
  claimId: string;
  limit?: number;
}): Promise<{ matches: CheckedBeforeMatch[] }> {
  assertAllowed(canSearchWorkspace(actor), "You cannot read earlier checks.");
  const { features, candidateIds } = await candidatesOfClaim(claimId);
  if (candidateIds.length === 0) return { matches: [] };

  const rows = await db()
    .select({
      ...matchFields,
      sourceId: sources.id,
      sourceTitle: sources.title,
      investigationId: sources.investigationId,
      investigationTitle: investigations.title,
      ratingScale: investigations.ratingScale,
      status: claims.status,
      verdictKey: claims.verdictKey,
      rationale: claims.rationale,
      factTitle: facts.title,
    })
    .from(claims)
    .innerJoin(sources, eq(sources.id, claims.sourceId))
    .innerJoin(investigations, eq(investigations.id, sources.investigationId))
    .leftJoin(facts, eq(facts.id, claims.factId))
    .where(inArray(claims.id, candidateIds));

  const shown = rows
    .map((row) => ({ row, match: scoreFeatures(features, featuresOfRow(row)) }))
    .filter(({ match }) => match.kind !== null)
    .sort(
      (a, b) =>
        Number(b.match.kind === "same") - Number(a.match.kind === "same") ||
        Number(b.row.status === "approved") - Number(a.row.status === "approved") ||
        b.match.score - a.match.score ||
        (a.row.id < b.row.id ? -1 : 1),
    )
    .slice(0, Math.max(1, Math.min(limit, 50)));
  const evidenceCounts = await evidenceCountsOf(shown.map(({ row }) => row.id));

  return {
    matches: shown.map(({ row, match }) => {
      const scale: readonly Rating[] = row.ratingScale ?? defaultRatingScale;
      const rating = findRating(scale, row.verdictKey);
      return {
        claimId: row.id,
        factId: row.factId,
        investigationId: row.investigationId,
        verdict: row.verdictKey,
        status: row.status,
        score: match.score,
        reasons: match.reasons,
        kind: match.kind!,
        investigationTitle: row.investigationTitle,
        sourceId: row.sourceId,
        sourceTitle: row.sourceTitle,
        exact: row.exact,
        verdictLabel: rating?.label ?? null,
        verdictValue: rating?.ratingValue ?? null,
        rationaleLine: rationaleLineOf(row.rationale),
        factTitle: row.factTitle,
        evidenceCount: evidenceCounts.get(row.id) ?? 0,
      };
    }),
  };
}
