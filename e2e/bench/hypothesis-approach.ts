/**
 * The peer of the anchoring benchmark: the way the Hypothesis client matches a quote
 * (as described in design/research/performance-anchors.md §1.1), re-implemented here on
 * top of `approx-string-match`:
 *
 * - collect every exact occurrence with an `indexOf` loop (always scans the whole text);
 * - only when there is none, run the approximate matcher over the whole text with
 *   `maxErrors = min(256, quote.length / 2)`;
 * - score each candidate as (50·quote + 20·prefix + 20·suffix + 2·position) / 92, where
 *   prefix and suffix similarity come from further approximate searches of the stored
 *   context in the text next to the candidate, and position is `1 − |start − hint| /
 *   text.length`;
 * - return the best candidate, however low its score (there is no acceptance threshold).
 *
 * Used only for comparison; not part of the product.
 */
import search from "approx-string-match";
import type { ClaimSelectors } from "../../lib/anchoring/types";

export interface PeerMatch {
  start: number;
  end: number;
  score: number;
}

function allMatches(text: string, pattern: string, maxErrors: number): Array<{ start: number; end: number; errors: number }> {
  const exact: Array<{ start: number; end: number; errors: number }> = [];
  for (let at = text.indexOf(pattern); at !== -1; at = text.indexOf(pattern, at + 1)) {
    exact.push({ start: at, end: at + pattern.length, errors: 0 });
  }
  return exact.length > 0 ? exact : search(text, pattern, maxErrors);
}

function similarity(window: string, pattern: string): number {
  if (pattern.length === 0 || window.length === 0) return 0;
  const best = allMatches(window, pattern, pattern.length)[0];
  return best === undefined ? 0 : 1 - best.errors / pattern.length;
}

/** Best match for the claim's quote in `text`, or null when nothing is within the error bound. */
export function hypothesisAnchor(text: string, selectors: ClaimSelectors): PeerMatch | null {
  const { exact, prefix, suffix } = selectors.quote;
  if (exact.length === 0) return null;
  const hint = selectors.position?.start;
  const candidates = allMatches(text, exact, Math.min(256, exact.length / 2));
  let best: PeerMatch | null = null;
  for (const candidate of candidates) {
    const quoteScore = 1 - candidate.errors / exact.length;
    const prefixScore = prefix ? similarity(text.slice(Math.max(0, candidate.start - prefix.length), candidate.start), prefix) : 1;
    const suffixScore = suffix ? similarity(text.slice(candidate.end, candidate.end + suffix.length), suffix) : 1;
    const positionScore = hint === undefined ? 1 : 1 - Math.abs(candidate.start - hint) / text.length;
    const score = (50 * quoteScore + 20 * prefixScore + 20 * suffixScore + 2 * positionScore) / 92;
    if (best === null || score > best.score) best = { start: candidate.start, end: candidate.end, score };
  }
  return best;
}
