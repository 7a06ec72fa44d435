/**
 * Runs compromise over the selected parts of a source text and ties every
 * compromise term back to exact UTF-16 offsets, so finders can turn term
 * ranges (compromise pointers) into source spans.
 *
 * Contract:
 * - `parseSource(text)` never throws on any string input.
 * - `textStart(n, t)` / `textEnd(n, t)` give the joined-string offsets of the
 *   text of term `t` of sentence `n` (`doc.document[n][t]`), or -1 when that
 *   term could not be located verbatim (then no span may start or end there).
 *   Alignment is done by walking the terms' own `pre + text + post` strings
 *   through the joined string, not by trusting `.out('offset')`.
 * - `suggestion(kind, a, b)` maps a joined span to a source span and returns
 *   null unless the source slice is identical to the joined slice.
 */
import nlp from "compromise";
import { segment, type SegmentOptions } from "./segment";
import type { Suggestion, SuggestionKind } from "./types";

/** A compromise document/view (the full "three" build). */
export type Doc = ReturnType<typeof nlp>;
/** One compromise term: `pre + text + post` is its verbatim source text. */
export type Term = Doc["document"][number][number];
/** Sentence index, first term, one-past-last term — a compromise pointer. */
export type TermRange = readonly [n: number, start: number, end: number];

export interface ParsedSource {
  readonly source: string;
  readonly joined: string;
  readonly doc: Doc;
  /** `doc.document`: terms per compromise sentence. */
  readonly sentences: Term[][];
  /** Joined offset where the text of term t of sentence n starts, or -1. */
  textStart(n: number, t: number): number;
  /** Joined offset where the text of term t of sentence n ends, or -1. */
  textEnd(n: number, t: number): number;
  /** The term ranges of a view (e.g. a `.match()` result). */
  ranges(view: Pick<Doc, "fullPointer">): TermRange[];
  /** A view over the given term ranges, for running `.match()` inside them. */
  viewOf(ranges: readonly TermRange[]): Doc;
  /**
   * Joined span of the non-empty terms in [start, end) of sentence n, or null
   * when it is empty or touches an unaligned term.
   */
  span(n: number, start: number, end: number): [number, number] | null;
  /** Source-text suggestion for a joined span, or null if it cannot map. */
  suggestion(kind: SuggestionKind, joinedStart: number, joinedEnd: number): Suggestion | null;
}

/** How far ahead (code units) to look for a term that did not line up. */
const RESYNC_WINDOW = 256;

/** Terms with no text (compromise's implicit/expanded words) have no extent. */
function hasText(term: Term): boolean {
  return term.text.length > 0;
}

export function parseSource(source: string, options: SegmentOptions = {}): ParsedSource {
  const seg = segment(source, options);
  const joined = seg.joined;
  const doc = nlp(joined);
  // Why: with the per-sentence word/tag cache, .match() skips sentences that
  // cannot match, which roughly halves the finders' time on long texts.
  doc.cache();
  const sentences = doc.document;

  const starts: Int32Array[] = [];
  const ends: Int32Array[] = [];
  let cursor = 0;
  for (const terms of sentences) {
    const s = new Int32Array(terms.length).fill(-1);
    const e = new Int32Array(terms.length).fill(-1);
    terms.forEach((term, t) => {
      let at = -1;
      if (joined.startsWith(term.pre, cursor) && joined.startsWith(term.text, cursor + term.pre.length)) {
        at = cursor + term.pre.length;
      } else if (hasText(term)) {
        // Resynchronise on the term's own text, if its prefix matches too.
        // The search window is bounded so a bad stretch cannot go quadratic.
        const window = joined.slice(cursor, cursor + RESYNC_WINDOW + term.text.length);
        const w = window.indexOf(term.text);
        const i = w === -1 ? -1 : cursor + w;
        if (i !== -1 && i - term.pre.length >= 0 && joined.startsWith(term.pre, i - term.pre.length)) at = i;
      }
      if (at === -1) return;
      s[t] = at;
      e[t] = at + term.text.length;
      cursor = joined.startsWith(term.post, e[t]!) ? e[t]! + term.post.length : e[t]!;
    });
    starts.push(s);
    ends.push(e);
  }

  const textStart = (n: number, t: number): number => starts[n]?.[t] ?? -1;
  const textEnd = (n: number, t: number): number => ends[n]?.[t] ?? -1;

  const ranges = (view: Pick<Doc, "fullPointer">): TermRange[] => view.fullPointer.map((p) => [p[0] ?? 0, p[1] ?? 0, p[2] ?? 0] as const);

  // `update` is typed as taking one pointer but takes a list of them.
  const viewOf = (list: readonly TermRange[]): Doc =>
    (doc.update as unknown as (p: Array<[number, number, number]>) => Doc)(list.map(([n, a, b]) => [n, a, b]));

  const span = (n: number, start: number, end: number): [number, number] | null => {
    const terms = sentences[n];
    if (!terms) return null;
    let first = -1;
    let last = -1;
    for (let t = start; t < end && t < terms.length; t++) {
      if (!hasText(terms[t]!)) continue;
      if (textStart(n, t) === -1) return null;
      if (first === -1) first = t;
      last = t;
    }
    if (first === -1) return null;
    return [textStart(n, first), textEnd(n, last)];
  };

  const suggestion = (kind: SuggestionKind, joinedStart: number, joinedEnd: number): Suggestion | null => {
    const mapped = seg.toSource(joinedStart, joinedEnd);
    if (!mapped) return null;
    const [start, end] = mapped;
    const text = source.slice(start, end);
    if (text !== joined.slice(joinedStart, joinedEnd)) return null;
    return { start, end, kind, text };
  };

  return { source, joined, doc, sentences, textStart, textEnd, ranges, viewOf, span, suggestion };
}
