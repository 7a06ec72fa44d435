import search from "approx-string-match";
import { graphemeCeil, graphemeFloor } from "./grapheme-boundary";

/** An approximate occurrence of a quote: `[start, end)` with `errors` edits. */
export interface FuzzyMatch {
  start: number;
  end: number;
  errors: number;
}

/** Stop splitting a region after this many levels (bounds the work per claim). */
const MAX_SPLIT_DEPTH = 6;

/**
 * Approximate occurrences of `quote` with at most `maxErrors` edits in `text[from, to)`,
 * using Myers' bit-parallel algorithm (`approx-string-match`).
 *
 * That library only reports the matches with the lowest error count in the searched
 * text, so one look-alike could hide the real occurrence. To keep recall, every region
 * that produced a match is cut through the middle of that match (a cut match has more
 * than `maxErrors` edits left, as `maxErrors` is at most a quarter of the quote) and both
 * halves are searched again, down to `MAX_SPLIT_DEPTH` levels or regions too small to hold
 * another occurrence. The result therefore holds the best match of each part of the
 * region, at most about `2^MAX_SPLIT_DEPTH` matches. Each level scans the region once, so
 * the cost is O(depth · (maxErrors/32) · (to - from)) in the worst case and about twice a
 * single scan in the usual case of one occurrence.
 *
 * Match edges are widened to whole grapheme clusters; each code unit added counts as one
 * more error.
 */
export function fuzzySearch(text: string, quote: string, maxErrors: number, from: number, to: number): FuzzyMatch[] {
  const found = new Map<string, FuzzyMatch>();
  if (maxErrors < 1 || quote.length === 0) return [];
  searchRegion(text, quote, maxErrors, Math.max(0, from), Math.min(text.length, to), 0, found);
  return [...found.values()];
}

function searchRegion(text: string, quote: string, maxErrors: number, from: number, to: number, depth: number, found: Map<string, FuzzyMatch>): void {
  if (to - from < quote.length - maxErrors) return;
  const matches = search(text.slice(from, to), quote, maxErrors);
  if (matches.length === 0) return;
  for (const match of matches) {
    const snapped = snapMatch(text, from + match.start, from + match.end, match.errors);
    const key = `${snapped.start}:${snapped.end}`;
    const known = found.get(key);
    if (known === undefined || known.errors > snapped.errors) found.set(key, snapped);
  }
  if (depth >= MAX_SPLIT_DEPTH || to - from <= 2 * quote.length) return;
  const first = matches[0]!;
  const cut = from + first.start + Math.max(1, Math.floor((first.end - first.start) / 2));
  searchRegion(text, quote, maxErrors, from, cut, depth + 1, found);
  searchRegion(text, quote, maxErrors, cut, to, depth + 1, found);
}

function snapMatch(text: string, start: number, end: number, errors: number): FuzzyMatch {
  const snappedStart = graphemeFloor(text, start);
  const snappedEnd = graphemeCeil(text, end);
  return { start: snappedStart, end: snappedEnd, errors: errors + (start - snappedStart) + (snappedEnd - end) };
}
