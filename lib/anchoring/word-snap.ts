import type { ClaimContext } from "./claim-context";
import type { FuzzyMatch } from "./fuzzy-search";
import { boundedEditDistance } from "./global-fuzzy";
import { isWhitespaceCode } from "./snap-selection";
import { wordAround } from "./word-boundary";

/**
 * The spans an approximate match may be placed on under the claim's word rule (see
 * `ClaimContext.edgesAreClean`): the match itself when neither edge cuts a word the
 * original edge did not; otherwise each cutting edge moved to the start or the end of the
 * word it cuts (every combination; moving inward also drops the whitespace it reaches, as
 * a selection is trimmed), with `errors` recomputed as the edit distance from the
 * stored quote to the new span. Variants over `maxErrors` edits are dropped, so a match
 * that cannot be snapped yields nothing and the claim may become an orphan.
 *
 * Why here: the approximate matcher only minimises edits, so "nearly 300 men we" (two
 * edits) can beat the whole word; the judge then weighs the snapped spans like any other.
 */
export function snapMatchToWords(claim: ClaimContext, match: FuzzyMatch, maxErrors: number): FuzzyMatch[] {
  const { text, exact } = claim;
  const startWord = claim.originalStartsOnWordEdge() ? wordAround(text, match.start) : null;
  const endWord = claim.originalEndsOnWordEdge() ? wordAround(text, match.end) : null;
  if (startWord === null && endWord === null) return [match];
  const starts = startWord === null ? [match.start] : [startWord.start, skipSpaceForward(text, startWord.end)];
  const ends = endWord === null ? [match.end] : [skipSpaceBackward(text, endWord.start), endWord.end];
  const snapped: FuzzyMatch[] = [];
  for (const start of starts) {
    for (const end of ends) {
      if (end <= start) continue;
      const errors = boundedEditDistance(exact, text.slice(start, end), maxErrors);
      if (errors <= maxErrors) snapped.push({ start, end, errors });
    }
  }
  return snapped;
}

function skipSpaceForward(text: string, at: number): number {
  while (at < text.length && isWhitespaceCode(text.charCodeAt(at))) at++;
  return at;
}

function skipSpaceBackward(text: string, at: number): number {
  while (at > 0 && isWhitespaceCode(text.charCodeAt(at - 1))) at--;
  return at;
}
