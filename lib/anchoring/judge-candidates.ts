import type { ClaimContext } from "./claim-context";
import {
  AMBIGUITY_MARGIN,
  CONTEXT_AGREE,
  CONTEXT_STRONG,
  fuzzyErrorBudget,
  EDGE_SLACK,
  localRadius,
  MIN_FUZZY_QUOTE_LENGTH,
  MIN_SCORE,
  PLACE_TOLERANCE,
  PROXIMITY_SCALE,
  SHARED_SIDE_MARGIN,
  SHORT_QUOTE_LENGTH,
  TIE_DISTANCE_RATIO,
  WEIGHT_PREFIX,
  WEIGHT_PROXIMITY,
  WEIGHT_QUOTE,
  WEIGHT_SUFFIX,
} from "./thresholds";

/**
 * How a candidate was found:
 * - "position": the identical quote at the stored position;
 * - "hint": the identical quote at the expected (hinted) position;
 * - "exact": an identical occurrence anywhere;
 * - "home": an approximate occurrence between where the claim's stored contexts now are
 *   (see `ClaimContext.findHome`);
 * - "global": an approximate occurrence elsewhere, between both contexts verbatim.
 */
export type CandidateOrigin = "position" | "hint" | "exact" | "home" | "global";

/** A possible location of a claim in the new text, with the evidence for it. */
export interface Candidate {
  start: number;
  end: number;
  /** Edits between the stored quote and `text[start, end)` (0 = identical). */
  errors: number;
  origin: CandidateOrigin;
  quoteSimilarity: number;
  prefixSimilarity: number;
  suffixSimilarity: number;
  /** A stored figure or line break of some context side is missing here. */
  contradicted: boolean;
  /** Context similarities and evidence without the figure/line-break check (for rivalry). */
  rawPrefixSimilarity: number;
  rawSuffixSimilarity: number;
  rawEvidence: number;
  /** Distance from the expected start, `Infinity` when nothing is expected. */
  expectedDistance: number;
  /** Words-and-context evidence in [0, 1]: the score without proximity, rescaled. */
  evidence: number;
  /** Overall score in [0, 1], proximity to the stored position included. */
  score: number;
}

const EVIDENCE_SCALE = WEIGHT_QUOTE + WEIGHT_PREFIX + WEIGHT_SUFFIX;

/**
 * Scores `[start, end)` as a location for the claim. Returns null when the span would cut
 * a grapheme cluster the original did not cut (such a span is never acceptable).
 */
export function evaluateCandidate(claim: ClaimContext, start: number, end: number, errors: number, origin: CandidateOrigin): Candidate | null {
  if (!claim.edgesAreClean(start, end)) return null;
  const quoteSimilarity = Math.max(0, 1 - errors / claim.exact.length);
  const before = claim.prefixMatcher.assess(claim.text, start);
  const after = claim.suffixMatcher.assess(claim.text, end);
  const prefix = before.similarity;
  const suffix = after.similarity;
  const stored = claim.storedStart;
  const proximity = stored === null ? 0 : 1 / (1 + Math.abs(start - stored) / PROXIMITY_SCALE);
  const weighted = WEIGHT_QUOTE * quoteSimilarity + WEIGHT_PREFIX * prefix + WEIGHT_SUFFIX * suffix;
  return {
    start,
    end,
    errors,
    origin,
    quoteSimilarity,
    prefixSimilarity: prefix,
    suffixSimilarity: suffix,
    contradicted: before.contradicted || after.contradicted,
    rawPrefixSimilarity: before.raw,
    rawSuffixSimilarity: after.raw,
    rawEvidence: (WEIGHT_QUOTE * quoteSimilarity + WEIGHT_PREFIX * before.raw + WEIGHT_SUFFIX * after.raw) / EVIDENCE_SCALE,
    expectedDistance: claim.expected === null ? Infinity : Math.abs(start - claim.expected),
    evidence: weighted / EVIDENCE_SCALE,
    score: Math.min(1, weighted + WEIGHT_PROXIMITY * proximity),
  };
}

/** True when both context sides agree (see `CONTEXT_AGREE`). */
export function bothSidesAgree(candidate: Candidate): boolean {
  return candidate.prefixSimilarity >= CONTEXT_AGREE && candidate.suffixSimilarity >= CONTEXT_AGREE;
}

/** Within `PLACE_TOLERANCE` of the expected position, or at the stored position. */
function atExpectedPlace(claim: ClaimContext, candidate: Candidate): boolean {
  return candidate.expectedDistance <= PLACE_TOLERANCE || candidate.start === claim.storedStart;
}

/** Within the local window of the expected position, with both sides agreeing. */
function nearAndAgreeing(claim: ClaimContext, candidate: Candidate): boolean {
  return candidate.expectedDistance <= localRadius(claim.exact.length) && bothSidesAgree(candidate);
}

function oneSideStrong(candidate: Candidate): boolean {
  return candidate.prefixSimilarity >= CONTEXT_STRONG || candidate.suffixSimilarity >= CONTEXT_STRONG;
}

const DIGITS = /\p{Nd}+/gu;

function sameFigures(a: string, b: string): boolean {
  const left = a.match(DIGITS) ?? [];
  const right = b.match(DIGITS) ?? [];
  return left.length === right.length && left.every((run, i) => run === right[i]);
}

/** True when both context sides strongly agree (see `CONTEXT_STRONG`). */
export function bothSidesStrong(candidate: Candidate): boolean {
  return candidate.prefixSimilarity >= CONTEXT_STRONG && candidate.suffixSimilarity >= CONTEXT_STRONG;
}

/**
 * The acceptance gates; a candidate failing them is never placed, whatever its rivals.
 * "Near" means within the local window (`localRadius`) of the expected position; "at
 * the expected position" within `PLACE_TOLERANCE` of it.
 *
 * A candidate whose context contradicts the stored one on either side (a stored figure
 * or paragraph break missing, see `context-similarity.ts`) is rejected, except at the
 * stored position (tier 1, where one agreeing side suffices).
 *
 * Identical quote, any one of:
 * - at the stored position and one side agrees (>= `CONTEXT_AGREE`): tier 1;
 * - near, and both sides agree;
 * - quote of 16+ code units and one side strongly agrees (>= `CONTEXT_STRONG`);
 * - short quote at the expected position and one side strongly agrees;
 * - both sides strongly agree.
 *
 * Approximate quote (8+ code units, at most a quarter of it edited): both sides strongly
 * agree and at least one is verbatim (at the claim's home) or both are verbatim
 * (anywhere else), and every figure (run of digits) of the quote is unchanged. Prose
 * repeats sentences with only a word or a figure changed, context and all, so a quote
 * whose number changed cannot be told from a different statement: the claim becomes an
 * orphan for a reviewer to re-attach, never a fuzzy anchor on another number.
 *
 * Always: overall score at least `MIN_SCORE`.
 */
export function isAcceptable(claim: ClaimContext, candidate: Candidate): boolean {
  const length = claim.exact.length;
  const prefixAgrees = candidate.prefixSimilarity >= CONTEXT_AGREE;
  const suffixAgrees = candidate.suffixSimilarity >= CONTEXT_AGREE;
  const short = length < SHORT_QUOTE_LENGTH;
  if (candidate.contradicted && candidate.start !== claim.storedStart) return false;
  if (candidate.errors === 0) {
    const near = candidate.expectedDistance <= localRadius(length);
    const accepted =
      (candidate.start === claim.storedStart && (prefixAgrees || suffixAgrees)) ||
      (near && prefixAgrees && suffixAgrees) ||
      (!short && oneSideStrong(candidate)) ||
      (short && candidate.expectedDistance <= PLACE_TOLERANCE && oneSideStrong(candidate)) ||
      bothSidesStrong(candidate);
    if (!accepted) return false;
  } else {
    if (length < MIN_FUZZY_QUOTE_LENGTH) return false;
    if (candidate.errors > fuzzyErrorBudget(length) + EDGE_SLACK) return false;
    if (!bothSidesStrong(candidate)) return false;
    if (!sameFigures(claim.exact, claim.text.slice(candidate.start, candidate.end))) return false;
    const verbatimSides = (candidate.prefixSimilarity === 1 ? 1 : 0) + (candidate.suffixSimilarity === 1 ? 1 : 0);
    if (verbatimSides < (candidate.origin === "home" ? 1 : 2)) return false;
  }
  return candidate.score >= MIN_SCORE;
}

export type Verdict = { kind: "accept"; candidate: Candidate } | { kind: "ambiguous" } | { kind: "none" };

function overlaps(a: Candidate, b: Candidate): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Different places: not the same span, and not two approximate variants of one match. */
function distinctPlaces(a: Candidate, b: Candidate): boolean {
  if (a.start === b.start && a.end === b.end) return false;
  return !((a.errors > 0 || b.errors > 0) && overlaps(a, b));
}

function mostEvidence(candidates: readonly Candidate[]): Candidate | null {
  let best: Candidate | null = null;
  for (const c of candidates) {
    if (best === null || c.evidence > best.evidence || (c.evidence === best.evidence && c.expectedDistance < best.expectedDistance)) {
      best = c;
    }
  }
  return best;
}

/**
 * `other` strongly agrees on a side where `candidate` does not, and better: that side of
 * the stored context points somewhere else.
 */
function strongerOnASide(other: Candidate, candidate: Candidate): boolean {
  return (
    (other.rawPrefixSimilarity >= CONTEXT_STRONG && candidate.prefixSimilarity < CONTEXT_STRONG && other.rawPrefixSimilarity > candidate.prefixSimilarity) ||
    (other.rawSuffixSimilarity >= CONTEXT_STRONG && candidate.suffixSimilarity < CONTEXT_STRONG && other.rawSuffixSimilarity > candidate.suffixSimilarity)
  );
}

/** Whether words and context fail to tell `other` apart from `best` (see the margins). */
function tied(best: Candidate, other: Candidate): boolean {
  // Against a best that strongly agrees on both sides, a changed figure or paragraph
  // break is exactly what tells the other place apart.
  if (bothSidesStrong(best)) return best.evidence - other.evidence < AMBIGUITY_MARGIN;
  // Otherwise the other place counts with its raw context: even where a figure rules it
  // out, it shows the stored context is found there too.
  const gap = best.evidence - other.rawEvidence;
  if (gap < AMBIGUITY_MARGIN) return true;
  if (strongerOnASide(other, best)) return true;
  // Both strongly agree on one side: only the other side can tell them apart, so the
  // best must agree there, and clearly better.
  if (best.prefixSimilarity >= CONTEXT_STRONG && other.rawPrefixSimilarity >= CONTEXT_STRONG) {
    return best.suffixSimilarity < CONTEXT_AGREE || gap < SHARED_SIDE_MARGIN;
  }
  if (best.suffixSimilarity >= CONTEXT_STRONG && other.rawSuffixSimilarity >= CONTEXT_STRONG) {
    return best.prefixSimilarity < CONTEXT_AGREE || gap < SHARED_SIDE_MARGIN;
  }
  return false;
}

/**
 * Picks the location from a pool of candidates, or refuses ("ambiguous").
 *
 * 1. Position first. Among the acceptable candidates at the stored position, within
 *    `PLACE_TOLERANCE` of the expected position, or near it (local window) with both
 *    sides agreeing, take the one with the most evidence, if both its sides strongly
 *    agree, or if no other candidate strongly agrees, and better, on a side where it
 *    does not. If one does, that side of the stored context points elsewhere (e.g. a
 *    neighbour's shift landed on a look-alike that shares one side): then only a
 *    candidate that is the intact passage (identical quote, both contexts verbatim) may
 *    win, through step 2; without one the verdict is "ambiguous".
 * 2. Otherwise take the acceptable candidate with the most evidence, unless another
 *    place is a contender: words and context do not tell them apart when
 *    - its evidence is within `AMBIGUITY_MARGIN`;
 *    - or the best is not strong on both sides and the other place strongly agrees, and
 *      better, on a side where the best does not;
 *    - or both strongly agree on one side and the best does not agree on the other, or
 *      leads by less than `SHARED_SIDE_MARGIN`.
 *    With contenders, the nearest acceptable one is taken only if both its sides
 *    strongly agree, it lies within the local window of the expected position, and it is
 *    `TIE_DISTANCE_RATIO` times nearer than every other contender; otherwise the verdict
 *    is "ambiguous".
 *
 * Contenders need not be acceptable themselves. Against a best that is not strong on
 * both sides they count with their raw context similarity (before the figure and
 * paragraph-break check): a place ruled out by a changed figure still shows that the
 * stored context is found there too.
 */
export function decide(claim: ClaimContext, pool: readonly Candidate[]): Verdict {
  let acceptable = pool.filter((c) => isAcceptable(claim, c));
  if (acceptable.length === 0) return { kind: "none" };

  const placed = mostEvidence(acceptable.filter((c) => atExpectedPlace(claim, c) || nearAndAgreeing(claim, c)));
  if (placed !== null) {
    if (bothSidesStrong(placed)) return { kind: "accept", candidate: placed };
    const outranking = pool.filter((c) => distinctPlaces(c, placed) && strongerOnASide(c, placed));
    if (outranking.length === 0) return { kind: "accept", candidate: placed };
    const intact = outranking.filter((c) => isAcceptable(claim, c) && c.prefixSimilarity === 1 && c.suffixSimilarity === 1 && c.quoteSimilarity === 1);
    if (intact.length === 0) return { kind: "ambiguous" };
    acceptable = intact;
  }

  const best = mostEvidence(acceptable)!;
  const contenders = pool.filter((c) => c !== best && distinctPlaces(c, best) && tied(best, c));
  if (contenders.length === 0) return { kind: "accept", candidate: best };

  let nearest = best;
  for (const c of contenders) {
    if (c.expectedDistance < nearest.expectedDistance && isAcceptable(claim, c)) nearest = c;
  }
  const clearlyNearest = [best, ...contenders].every((c) => !distinctPlaces(c, nearest) || nearest.expectedDistance * TIE_DISTANCE_RATIO <= c.expectedDistance);
  if (bothSidesStrong(nearest) && clearlyNearest && nearest.expectedDistance <= localRadius(claim.exact.length)) {
    return { kind: "accept", candidate: nearest };
  }
  return { kind: "ambiguous" };
}
