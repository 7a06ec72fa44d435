import { anchorClaim } from "./anchor-claim";
import type { Anchor } from "./types";

/** A selector from an outside client: only `exact` is required. */
export type PartialSelector = { exact: string; prefix?: string; suffix?: string; start?: number; end?: number };

/**
 * Anchors a selector sent by an integration, where `prefix`, `suffix` and the position are
 * each optional and a missing one means "no constraint" — unlike stored selectors, where an
 * empty prefix means the document starts there. Given context must match exactly, as an
 * integration copies it from the text it has.
 *
 * 1. The position, when given, is taken if the text there is the quote and the given
 *    context matches → `exact`.
 * 2. Otherwise the exact occurrences of the quote that match the given context: one → it
 *    (`moved`); several → the one at the given start, else an `ambiguous` orphan.
 * 3. No exact occurrence: with both prefix and suffix given, the fuzzy search of
 *    `anchorClaim` (which rejects candidates whose context disagrees); otherwise an orphan.
 * Never throws; never picks among equally good places.
 */
export function anchorPartialSelector(text: string, selector: PartialSelector): Anchor {
  const { exact, prefix, suffix, start, end } = selector;
  if (!exact) return { status: "orphan", score: 0, reason: "invalid-selector" };
  const contextMatches = (at: number) =>
    (prefix === undefined || text.slice(Math.max(0, at - prefix.length), at) === prefix) &&
    (suffix === undefined || text.startsWith(suffix, at + exact.length));

  if (start !== undefined && end === start + exact.length && text.startsWith(exact, start) && contextMatches(start)) {
    return { status: "exact", start, end, score: 1 };
  }

  const matches: number[] = [];
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    if (contextMatches(at)) matches.push(at);
  }
  if (matches.length === 1) return { status: "moved", start: matches[0]!, end: matches[0]! + exact.length, score: 1 };
  if (matches.length > 1) {
    const atStart = matches.find((at) => at === start);
    if (atStart !== undefined) return { status: "moved", start: atStart, end: atStart + exact.length, score: 1 };
    return { status: "orphan", score: 0, reason: "ambiguous" };
  }

  if (prefix !== undefined && suffix !== undefined) {
    const position = start !== undefined && end !== undefined ? { type: "TextPositionSelector" as const, start, end } : undefined;
    return anchorClaim(text, { quote: { type: "TextQuoteSelector", exact, prefix, suffix }, position });
  }
  return { status: "orphan", score: 0, reason: "quote-not-found" };
}
