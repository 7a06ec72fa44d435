/**
 * Public API: suggest spans of a source text worth fact-checking.
 *
 * `suggestClaims(text)` returns figures, quotes and dates (see
 * `find-figures.ts`, `find-quotes.ts`, `find-dates.ts` for what each catches).
 *
 * Contract:
 * - Never throws on a string input; returns [] for blank text.
 * - Offsets are UTF-16 code units into `text`; for every suggestion
 *   `text.slice(start, end) === suggestion.text`, the text is non-empty and
 *   has no leading/trailing whitespace and no line break, and neither end
 *   falls between the two halves of a surrogate pair.
 * - Sorted by start (then longer first, then quote < date < figure); no two
 *   suggestions have the same [start, end). Spans may nest (a figure inside a
 *   quote) but never cross: of two crossing spans the one that comes later in
 *   that order is dropped.
 * - Pure and synchronous: no I/O, no imports from the app. Runs compromise
 *   only over the sentences that can hold a suggestion (see `segment.ts`);
 *   `bench.ts` times it on 300 KB texts.
 * - `options.language` is the source's language (ISO 639-1). "es" reads Spanish
 *   with the finders of `es/` (figures from the Spanish quantity reader, dates
 *   and quotes from table-driven token scans: compromise reads English only);
 *   any other code, or none, reads as English, as before languages.
 */
import { readingLanguage } from "../quantities/language";
import { findSpanishDates } from "./es/find-dates";
import { findSpanishFigures } from "./es/find-figures";
import { findSpanishQuotes, findSpanishSpokenQuotes } from "./es/find-quotes";
import { findDates } from "./find-dates";
import { findFigures } from "./find-figures";
import { findQuotes, findSpokenQuotes, type SpokenQuote } from "./find-quotes";
import { parseSource } from "./parse";
import type { SegmentOptions } from "./segment";
import type { Suggestion, SuggestionKind } from "./types";

export type { Suggestion, SuggestionKind } from "./types";
export type { SpokenQuote } from "./find-quotes";

export interface SuggestOptions extends SegmentOptions {
  /** The source's language, ISO 639-1: "es" reads Spanish, anything else (or none) English. */
  language?: string | null;
}

const KIND_ORDER: Record<SuggestionKind, number> = { quote: 0, date: 1, figure: 2 };

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** True if offset `i` of `text` sits between a high and a low surrogate. */
function splitsPair(text: string, i: number): boolean {
  return i > 0 && i < text.length && isHighSurrogate(text.charCodeAt(i - 1)) && isLowSurrogate(text.charCodeAt(i));
}

/** Trim, bounds-check and re-slice a candidate; null if it is unusable. */
function clean(text: string, s: Suggestion): Suggestion | null {
  let { start, end } = s;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length) return null;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (start >= end || splitsPair(text, start) || splitsPair(text, end)) return null;
  if (text.slice(start, end).includes("\n")) return null; // finders stay within a line; belt and braces
  return { start, end, kind: s.kind, text: text.slice(start, end) };
}

/** Sort, drop duplicates and crossing spans. */
function arrange(list: Suggestion[]): Suggestion[] {
  list.sort((a, b) => a.start - b.start || b.end - a.end || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
  const kept: Suggestion[] = [];
  /** Ends of the kept spans that contain the current position (a stack). */
  const open: Suggestion[] = [];
  for (const s of list) {
    while (open.length > 0 && open[open.length - 1]!.end <= s.start) open.pop();
    const top = open[open.length - 1];
    if (top && top.start === s.start && top.end === s.end) continue; // duplicate
    if (top && s.end > top.end) continue; // crosses an enclosing span
    kept.push(s);
    open.push(s);
  }
  return kept;
}

/**
 * Suggest spans of `text` worth checking: figures, quotes and dates.
 *
 * @param text NFC text with "\n" line endings, paragraphs separated by blank lines.
 * @param options the source's `language`; testing hook: `{ prefilter: false }` parses every
 *   English sentence.
 */
export function suggestClaims(text: string, options: SuggestOptions = {}): Suggestion[] {
  if (typeof text !== "string" || !/\S/.test(text)) return [];
  let found: Suggestion[];
  if (readingLanguage(options.language) === "es") {
    found = [...findSpanishFigures(text), ...findSpanishQuotes(text), ...findSpanishDates(text)];
  } else {
    const parsed = parseSource(text, options);
    found = [...findFigures(parsed), ...findQuotes(parsed), ...findDates(parsed)];
  }
  const cleaned: Suggestion[] = [];
  for (const s of found) {
    const c = clean(text, s);
    if (c) cleaned.push(c);
  }
  return arrange(cleaned);
}

/**
 * The quotations of `text` (one line or more) with who said them, in the source's `language`:
 * the quotes `suggestClaims` suggests, before they are arranged, each with its speaker's
 * words or null. For the claimant suggestion (lib/publication/claimant.ts).
 */
export function spokenQuotesOf(text: string, language?: string | null): SpokenQuote[] {
  if (typeof text !== "string" || !/\S/.test(text)) return [];
  return readingLanguage(language) === "es" ? findSpanishSpokenQuotes(text) : findSpokenQuotes(parseSource(text));
}
