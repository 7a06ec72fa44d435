/**
 * How well the matcher finds earlier checks, measured on a labelled set (`labelled-set.ts`).
 *
 * Contract of {@link evaluateMatcher}: every claim of the pool is a query, scored against every
 * other claim; the candidates the panel shows (`matchKindOf`) are the matches, best first (ties
 * by id, so the figures are stable).
 * - precision@3: of the first three matches of every query, the share that are the same claim
 *   (micro-averaged over all queries' matches). Its lenient form also counts a `conflicting`
 *   near miss, which the panel shows on purpose (below the twins).
 * - recall@5: of every query's twins (same `statement`), the share among its first five matches.
 * - pairs: positive pairs (twins) and hard-negative pairs (a near miss against each claim of the
 *   statement it imitates), and how many of each join the two languages.
 */
import { featuresOf } from "./features";
import type { LabelledClaim } from "./labelled-set";
import { matchKindOf, scoreFeatures } from "./score";

export interface Evaluation {
  claims: number;
  positivePairs: number;
  hardNegativePairs: number;
  crossLanguagePairs: number;
  precisionAt3: number;
  lenientPrecisionAt3: number;
  recallAt5: number;
  /** Queries whose first three hold something that is not a twin, for reading the misses. */
  misses: { query: string; wrong: string[]; missed: string[] }[];
}

export interface LabelledPair {
  a: LabelledClaim;
  b: LabelledClaim;
  same: boolean;
}

/** The pairs the set labels: twins, and each near miss against the claims it imitates. */
export function labelledPairs(claims: readonly LabelledClaim[]): LabelledPair[] {
  const pairs: LabelledPair[] = [];
  claims.forEach((a, i) => {
    for (const b of claims.slice(i + 1)) if (a.statement === b.statement) pairs.push({ a, b, same: true });
  });
  for (const negative of claims) {
    if (!negative.hardNegativeOf) continue;
    for (const b of claims) if (b.statement === negative.hardNegativeOf.statement) pairs.push({ a: negative, b, same: false });
  }
  return pairs;
}

export function evaluateMatcher(claims: readonly LabelledClaim[]): Evaluation {
  const features = new Map(claims.map((claim) => [claim.id, featuresOf(claim)]));
  let shown = 0;
  let right = 0;
  let acceptable = 0;
  let twins = 0;
  let found = 0;
  const misses: Evaluation["misses"] = [];
  for (const query of claims) {
    const ranked = claims
      .filter((candidate) => candidate.id !== query.id)
      .map((candidate) => ({ candidate, match: scoreFeatures(features.get(query.id)!, features.get(candidate.id)!) }))
      .filter(({ match }) => matchKindOf(match) !== null)
      .map(({ candidate, match }) => ({ candidate, score: match.score }))
      .sort((x, y) => y.score - x.score || x.candidate.id.localeCompare(y.candidate.id))
      .map(({ candidate }) => candidate);
    const isTwin = (candidate: LabelledClaim) => candidate.statement === query.statement;
    const isConflict = (candidate: LabelledClaim) =>
      (candidate.hardNegativeOf?.kind === "conflicting" && candidate.hardNegativeOf.statement === query.statement) ||
      (query.hardNegativeOf?.kind === "conflicting" && query.hardNegativeOf.statement === candidate.statement);
    const top3 = ranked.slice(0, 3);
    shown += top3.length;
    right += top3.filter(isTwin).length;
    acceptable += top3.filter((candidate) => isTwin(candidate) || isConflict(candidate)).length;
    const allTwins = claims.filter((candidate) => candidate.id !== query.id && isTwin(candidate));
    const top5 = ranked.slice(0, 5);
    twins += allTwins.length;
    found += allTwins.filter((twin) => top5.includes(twin)).length;
    const wrong = top3.filter((candidate) => !isTwin(candidate)).map((candidate) => candidate.id);
    const missed = allTwins.filter((twin) => !top5.includes(twin)).map((twin) => twin.id);
    if (wrong.length > 0 || missed.length > 0) misses.push({ query: query.id, wrong, missed });
  }
  const pairs = labelledPairs(claims);
  return {
    claims: claims.length,
    positivePairs: pairs.filter((pair) => pair.same).length,
    hardNegativePairs: pairs.filter((pair) => !pair.same).length,
    crossLanguagePairs: pairs.filter((pair) => pair.a.language !== pair.b.language).length,
    precisionAt3: shown === 0 ? 0 : right / shown,
    lenientPrecisionAt3: shown === 0 ? 0 : acceptable / shown,
    recallAt5: twins === 0 ? 0 : found / twins,
    misses,
  };
}
