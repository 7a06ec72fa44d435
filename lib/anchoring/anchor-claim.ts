import { ClaimContext } from "./claim-context";
import { contextIsIntact } from "./context-similarity";
import { fuzzySearch, type FuzzyMatch } from "./fuzzy-search";
import { globalFuzzyMatches } from "./global-fuzzy";
import { bothSidesAgree, bothSidesStrong, decide, evaluateCandidate, type Candidate, type CandidateOrigin } from "./judge-candidates";
import { fuzzyErrorBudget, EDGE_SLACK, HOME_SLACK, MIN_FUZZY_QUOTE_LENGTH } from "./thresholds";
import type { Anchor, AnchorOptions, ClaimSelectors, OrphanReason } from "./types";
import { snapMatchToWords } from "./word-snap";

/**
 * Finds where a claim is in `text` (usually a new version of the text it was described
 * on), or reports it as an orphan. Never throws.
 *
 * Tiers, cheapest first; each stops as soon as it can decide:
 * 1. Position: the quote is at the stored position with both contexts verbatim →
 *    `exact`, score 1, at once. With its context merely agreeing on one side, it stays
 *    the favourite (see `decide`) but is weighed against the other candidates found
 *    below; if it wins it is `exact` with score 1 too.
 * 2. Hint: the quote is at `options.hint` with both context sides strongly agreeing
 *    → `moved`.
 * 3. Home: where the stored prefix/suffix still are near the expected position (see
 *    `ClaimContext.findHome`). If both are found and now touch, the quote was deleted
 *    there → orphan. Otherwise the quote is looked for between them, identical or
 *    approximate (quotes of 8+ code units, at most `min(32, length/4)` edits). An
 *    approximate match with both sides strongly agreeing, one verbatim, and its figures
 *    unchanged → `fuzzy`; the identical quote with both sides strongly agreeing →
 *    `moved`/`exact`. Anything weaker goes on to be compared with tier 4.
 * 4. Exact quote anywhere: every occurrence, scored by prefix and suffix agreement and
 *    proximity → `moved` (or `exact` at the stored position).
 * 5. Only when no trace of the claim's context is left near the expected position (the
 *    passage moved): an approximate quote anywhere between both stored contexts
 *    verbatim, its figures unchanged (see `global-fuzzy.ts`) → `fuzzy`.
 *
 * Word rule, for every tier: where the original quote started (ended) at a word edge, a
 * placed claim does too (`ClaimContext.edgesAreClean`); an approximate match that cuts a
 * word is moved to that word's edges and judged again, else dropped (`word-snap.ts`).
 *
 * The rule above all: a candidate whose context disagrees is rejected, and when the
 * words and context cannot tell two places apart the claim is an orphan rather than a
 * guess. The gates are in `judge-candidates.ts`, the numbers in `thresholds.ts`.
 *
 * Orphan reasons: an empty quote (`invalid-selector`); no occurrence, exact or
 * approximate, or the quote deleted at its home (`quote-not-found`); occurrences only in
 * disagreeing context (`context-mismatch`); several equally plausible places
 * (`ambiguous`). A stored position outside the text is ignored.
 */
export function anchorClaim(text: string, selectors: ClaimSelectors, options: AnchorOptions = {}): Anchor {
  return anchorPrepared(new ClaimContext(text, selectors, options.hint));
}

/** Caches shared by the claims of one batch (see `anchorClaims`). */
export interface AnchorWork {
  /** Offsets of every exact occurrence, per quote string. */
  occurrences: Map<string, number[]>;
}

/** {@link anchorClaim} on a prepared claim, optionally sharing work across a batch. */
export function anchorPrepared(claim: ClaimContext, work?: AnchorWork): Anchor {
  const { text, exact, storedStart, expected } = claim;
  const length = exact.length;
  if (length === 0) return orphan("invalid-selector");

  const maxErrors = length >= MIN_FUZZY_QUOTE_LENGTH ? fuzzyErrorBudget(length) : 0;
  const pool: Candidate[] = [];
  const add = (start: number, end: number, errors: number, origin: CandidateOrigin): Candidate | null => {
    for (const known of pool) if (known.start === start && known.end === end && known.errors <= errors) return known;
    const candidate = evaluateCandidate(claim, start, end, errors, origin);
    if (candidate !== null) pool.push(candidate);
    return candidate;
  };
  // An approximate match is weighed on whole words where the claim was on whole words.
  const addApproximate = (match: FuzzyMatch, origin: CandidateOrigin): void => {
    for (const span of snapMatchToWords(claim, match, maxErrors + EDGE_SLACK)) add(span.start, span.end, span.errors, origin);
  };

  // 1. The stored position.
  if (storedStart !== null && text.startsWith(exact, storedStart)) {
    const end = storedStart + length;
    if (contextIsIntact(text, storedStart, end, claim.prefix, claim.suffix) && claim.graphemesAreWhole(storedStart, end)) {
      return { status: "exact", start: storedStart, end, score: 1 };
    }
    // Not verbatim: still the favourite (position), but decided against the alternatives
    // below; a slightly shifted text can put the same letters at the old offset.
    add(storedStart, end, 0, "position");
  }

  // 2. The hint.
  if (expected !== null && expected !== storedStart && text.startsWith(exact, expected)) {
    const candidate = add(expected, expected + length, 0, "hint");
    if (candidate !== null && confirmedInPlace(candidate)) return toAnchor(claim, candidate);
  }

  // 3. The claim's home.
  const home = claim.findHome();
  if (home !== null) {
    if (home.start !== null && home.end !== null && home.exact && home.end - home.start < length - maxErrors) {
      return orphan("quote-not-found");
    }
    const from = home.start !== null ? home.start - maxErrors - HOME_SLACK : home.end! - length - 2 * maxErrors - HOME_SLACK;
    const to = home.end !== null ? home.end + maxErrors + HOME_SLACK : home.start! + length + 2 * maxErrors + HOME_SLACK;
    const region = text.slice(Math.max(0, from), Math.min(text.length, to));
    let identicalAtHome = false;
    for (let at = region.indexOf(exact); at !== -1; at = region.indexOf(exact, at + 1)) {
      const start = Math.max(0, from) + at;
      // Identical words near home get no benefit of the doubt: judged like any occurrence.
      // Identical letters that cut a word ("cárcel" of "cárceles") are not the quote: the
      // approximate search below then weighs the whole word.
      if (add(start, start + length, 0, start === storedStart ? "position" : "exact") !== null) identicalAtHome = true;
    }
    // The region holds about one quote: with the identical quote in it, any approximate
    // match there would be the same place.
    if (maxErrors > 0 && !identicalAtHome) {
      for (const match of fuzzySearch(text, exact, maxErrors, from, to)) addApproximate(match, "home");
    }
    // Settled at home only by an approximate match with both sides agreeing, or by the
    // identical quote with both sides strongly agreeing; anything weaker must also be
    // compared with the identical occurrences elsewhere.
    const verdict = decide(claim, pool);
    if (verdict.kind === "accept") {
      const { candidate } = verdict;
      if (candidate.errors > 0 ? bothSidesAgree(candidate) : bothSidesStrong(candidate)) return toAnchor(claim, candidate);
    }
  }

  // 4. The identical quote anywhere.
  for (const at of exactOccurrences(text, exact, work)) add(at, at + length, 0, at === storedStart ? "position" : "exact");
  let verdict = decide(claim, pool);
  if (verdict.kind === "accept") return toAnchor(claim, verdict.candidate);
  if (verdict.kind === "ambiguous") return orphan("ambiguous");

  // 5. The passage moved: an approximate quote anywhere.
  if (home === null && maxErrors > 0) {
    for (const match of globalFuzzyMatches(text, exact, claim.prefix, claim.suffix, maxErrors)) addApproximate(match, "global");
    verdict = decide(claim, pool);
    if (verdict.kind === "accept") return toAnchor(claim, verdict.candidate);
    if (verdict.kind === "ambiguous") return orphan("ambiguous");
  }
  return orphan(pool.length > 0 ? "context-mismatch" : "quote-not-found");
}

/**
 * An identical quote at a position predicted from elsewhere (the caller's hint, or a
 * neighbouring claim's shift) is taken without searching further only when both context
 * sides strongly agree; a neighbour's shift can point at a look-alike sharing one side.
 */
export function confirmedInPlace(candidate: Candidate): boolean {
  return candidate.errors === 0 && bothSidesStrong(candidate);
}

function exactOccurrences(text: string, exact: string, work?: AnchorWork): number[] {
  const cached = work?.occurrences.get(exact);
  if (cached !== undefined) return cached;
  const found: number[] = [];
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) found.push(at);
  work?.occurrences.set(exact, found);
  return found;
}

/** The public anchor for an accepted candidate. */
export function toAnchor(claim: ClaimContext, candidate: Candidate): Anchor {
  const { start, end } = candidate;
  if (candidate.errors > 0) return { status: "fuzzy", start, end, score: candidate.score };
  if (start === claim.storedStart) return { status: "exact", start, end, score: 1 };
  return { status: "moved", start, end, score: candidate.score };
}

function orphan(reason: OrphanReason): Anchor {
  return { status: "orphan", score: 0, reason };
}
