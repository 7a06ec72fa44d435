/**
 * The snippet of a result: the best window of its text around the query's words, as segments a
 * component renders with <mark> (never an HTML string), or as plain text with highlight offsets
 * for the API.
 *
 * Contract of snippetOf: about `words` (30) words of `text` in the window holding the most
 * different positive clauses of the query, then the most occurrences, earliest on a tie (the
 * text's start when nothing matches); "… " / " …" where the window cuts the text; runs of
 * white space shown as one space; the characters otherwise as written (case, accents). A match
 * is found through the same terms the index holds (find-clauses.ts): "deportados" marks
 * "deportado"; a phrase is marked only where its words follow each other, as one segment.
 * Consecutive segments differ in `match`; no segment is empty; [] for a text without words
 * or characters. Never throws for any string.
 */
import type { ClauseOccurrence } from "./find-clauses";
import type { ParsedSearchQuery } from "./parse-query";
import { scanOccurrences } from "./scan-occurrences";

export interface SnippetSegment {
  text: string;
  match: boolean;
}

export interface SnippetOptions {
  /** The window's length in words (at least 1). */
  words?: number;
  /** The window stops growing past this many UTF-16 code units of text (very long words). */
  maxLength?: number;
}

const WHITE_SPACE = /\s+/gu;

/** The window's first token: most distinct clauses, then most occurrences, earliest on a tie. */
function bestWindowStart(occurrences: readonly ClauseOccurrence[], words: number): number {
  const lead = Math.min(5, Math.floor(words / 4));
  const counts = new Map<number, number>();
  let best = { start: 0, score: -1 };
  let i = 0;
  let j = 0;
  for (const occurrence of occurrences) {
    const start = Math.max(0, occurrence.first - lead);
    for (; j < occurrences.length && occurrences[j]!.end <= start + words; j++) {
      const clause = occurrences[j]!.clause;
      counts.set(clause, (counts.get(clause) ?? 0) + 1);
    }
    while (i < j && occurrences[i]!.first < start) {
      const clause = occurrences[i++]!.clause;
      const left = counts.get(clause)! - 1;
      if (left === 0) counts.delete(clause);
      else counts.set(clause, left);
    }
    const score = counts.size * 1_000_000 + (j - i);
    if (score > best.score) best = { start, score };
  }
  return best.start;
}

/** The marked ranges (UTF-16 offsets in `text`) of the occurrences inside tokens [first, end), merged when they touch. */
function markedRanges(starts: Int32Array, ends: Int32Array, occurrences: readonly ClauseOccurrence[], first: number, end: number): [number, number][] {
  const ranges: [number, number][] = [];
  for (const occurrence of occurrences) {
    if (occurrence.first < first || occurrence.end > end) continue;
    const range: [number, number] = [starts[occurrence.first]!, ends[occurrence.end - 1]!];
    const last = ranges.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else ranges.push(range);
  }
  return ranges;
}

/** Segments from pieces: white space collapsed, empty pieces dropped, neighbours of one kind joined. */
function joinedSegments(pieces: readonly SnippetSegment[]): SnippetSegment[] {
  const segments: SnippetSegment[] = [];
  for (const piece of pieces) {
    const text = piece.text.replace(WHITE_SPACE, " ");
    if (text === "") continue;
    const last = segments.at(-1);
    if (last && last.match === piece.match) last.text += text;
    else segments.push({ text, match: piece.match });
  }
  return segments;
}

export function snippetOf(text: string, parsed: ParsedSearchQuery, language: string | null | undefined, options: SnippetOptions = {}): SnippetSegment[] {
  const words = Math.max(1, Math.floor(options.words ?? 30));
  const maxLength = Math.max(1, options.maxLength ?? 600);
  const { starts, ends, count, occurrences } = scanOccurrences(text, parsed.include, language);
  if (count === 0) {
    const plain = text.replace(WHITE_SPACE, " ").trim().slice(0, maxLength);
    return plain ? [{ text: plain.replace(/[\ud800-\udbff]$/, ""), match: false }] : [];
  }
  let end = Math.min(count, bestWindowStart(occurrences, words) + words);
  const first = Math.max(0, end - words);
  const sliceStart = first === 0 ? 0 : starts[first]!;
  while (end > first + 1 && ends[end - 1]! - sliceStart > maxLength) end--;
  const sliceEnd = end === count ? text.length : ends[end - 1]!;
  const pieces: SnippetSegment[] = [{ text: first > 0 ? "… " : "", match: false }];
  let at = sliceStart;
  for (const [start, stop] of markedRanges(starts, ends, occurrences, first, end)) {
    pieces.push({ text: text.slice(at, start), match: false }, { text: text.slice(start, stop), match: true });
    at = stop;
  }
  pieces.push({ text: text.slice(at, sliceEnd), match: false }, { text: end < count ? " …" : "", match: false });
  const segments = joinedSegments(pieces);
  const head = segments[0];
  if (head && !head.match) head.text = head.text.trimStart();
  const tail = segments.at(-1);
  if (tail && !tail.match) tail.text = tail.text.trimEnd();
  return segments.filter((segment) => segment.text !== "");
}

/** The snippet as one plain string and the [start, end) UTF-16 offsets of its marked parts (the API's shape). */
export function snippetWithHighlights(segments: readonly SnippetSegment[]): { snippet: string; highlights: [number, number][] } {
  let snippet = "";
  const highlights: [number, number][] = [];
  for (const segment of segments) {
    if (segment.match) highlights.push([snippet.length, snippet.length + segment.text.length]);
    snippet += segment.text;
  }
  return { snippet, highlights };
}
