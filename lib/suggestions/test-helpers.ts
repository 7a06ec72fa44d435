/**
 * Test helpers: build the exact suggestion a test expects from a needle, so
 * assertions state offsets without hand-counting.
 *
 * Contract: `expected(text, kind, needle, occurrence)` returns the suggestion
 * for the `occurrence`-th (0-based) appearance of `needle` in `text`, and
 * throws if there is no such appearance.
 */
import type { Suggestion, SuggestionKind } from "./types";

export function expected(text: string, kind: SuggestionKind, needle: string, occurrence = 0): Suggestion {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) {
    start = text.indexOf(needle, start + 1);
    if (start === -1) throw new Error(`"${needle}" (#${occurrence}) not in text`);
  }
  return { start, end: start + needle.length, kind, text: needle };
}

/** The texts of suggestions, for compact negative assertions. */
export function texts(list: readonly Suggestion[]): string[] {
  return list.map((s) => s.text);
}
