/**
 * Pairs quotation marks into quotations, from the marks compromise's
 * tokenizer leaves in each term's `pre` (opening) and `post` (closing).
 *
 * Contract:
 * - Only double quotes (straight, full-width, curly “…”, reversed ‟…”, low
 *   „…”, guillemets «…») and curly single quotes ‘…’ count; straight single
 *   quotes and backticks are too often apostrophes.
 * - Pairing is one linear pass over the compromise sentences: an opening
 *   mark opens a quotation, the first matching closing mark closes it, and a
 *   new opening mark of the same kind before that restarts it (the earlier
 *   one was stray). An open quotation may run on into the next
 *   {@link MAX_CARRY} sentences of the same line, because compromise
 *   sometimes ends a sentence inside a quotation (`"A." "B. C," he said`);
 *   it never runs across a line break.
 *   Why not `.quotations()`: it reads the same marks but rescans to the end
 *   of the sentence for every unmatched mark, which is quadratic on text full
 *   of stray marks (inch signs, broken markup), and it stops at sentence
 *   ends.
 * - {@link findQuotations} returns, per quotation, the joined offsets of the
 *   opening mark and just past the closing mark, and whether an attribution
 *   may follow (the quote ends with `,` `?` `!` inside the marks, not `.`)
 *   or precede (the term before ends with `:` or `,`). Quotations touching
 *   an unaligned term are dropped.
 */
import type { ParsedSource } from "./parse";

/** Opening mark → closing marks accepted for it. */
const PAIRS: Readonly<Record<string, string>> = {
  '"': '"',
  "\uFF02": "\uFF02",
  "\u201C": "\u201D",
  "\u201E": "\u201D\u201C",
  "\u201F": "\u201D",
  "\u2E42": "\u201D",
  "\u00AB": "\u00BB",
  "\u2018": "\u2019",
};

/** A term position: compromise sentence index and term index. */
export type TermPosition = readonly [n: number, t: number];

export interface Quotation {
  /** First quoted term (its `pre` holds the opening mark). */
  from: TermPosition;
  /** Last quoted term (its `post` holds the closing mark). */
  to: TermPosition;
  /** Quoted words (terms with text). */
  words: number;
  /** Joined offset of the opening mark. */
  start: number;
  /** Joined offset just past the closing mark. */
  end: number;
  /** An attribution may directly follow: `"…," she said`. */
  mayHaveAfter: boolean;
  /** An attribution may directly precede: `She said: "…"`. */
  mayHaveBefore: boolean;
}

/** Sentences an open quotation may run on into. */
export const MAX_CARRY = 2;

/** Position of the first opening mark in `pre`, and its closing marks. */
function openingMark(pre: string): { index: number; closers: string } | null {
  for (let i = 0; i < pre.length; i++) {
    const closers = PAIRS[pre[i]!];
    if (closers !== undefined) return { index: i, closers };
  }
  return null;
}

/** Where the first closing mark sits in `post`, or -1. */
function closingMark(post: string, closers: string): number {
  for (let i = 0; i < post.length; i++) if (closers.includes(post[i]!)) return i;
  return -1;
}

/** Opening and closing term of each quotation, in one pass. */
function pairQuotes(parsed: ParsedSource): Array<[TermPosition, TermPosition]> {
  const out: Array<[TermPosition, TermPosition]> = [];
  let open: TermPosition | null = null;
  let closers = "";
  parsed.sentences.forEach((terms, n) => {
    if (open && !continuesLine(parsed, n, open)) open = null;
    terms.forEach((term, t) => {
      // Quotations never run over a line break, even where compromise's
      // sentence does (it merges lines to close an open quote).
      if (open && (term.pre.includes("\n") || (terms[t - 1]?.post.includes("\n") ?? false))) open = null;
      const mark = openingMark(term.pre);
      if (mark && (!open || mark.closers === closers)) {
        open = [n, t];
        closers = mark.closers;
      }
      if (open && closingMark(term.post, closers) >= 0) {
        out.push([open, [n, t]]);
        open = null;
      }
    });
  });
  return out;
}

/** True if sentence n follows `open`'s sentence closely, with no line break between. */
function continuesLine(parsed: ParsedSource, n: number, open: TermPosition): boolean {
  if (n - open[0] > MAX_CARRY) return false;
  const prev = parsed.sentences[n - 1];
  const here = parsed.sentences[n];
  if (!prev || !here || prev.length === 0 || here.length === 0) return false;
  const a = parsed.textEnd(n - 1, prev.length - 1);
  const b = parsed.textStart(n, 0);
  return a >= 0 && b >= a && !parsed.joined.slice(a, b).includes("\n");
}

/** The quotations of the parsed text, in document order. */
export function findQuotations(parsed: ParsedSource): Quotation[] {
  const found: Quotation[] = [];
  for (const [from, to] of pairQuotes(parsed)) {
    const first = parsed.sentences[from[0]]![from[1]]!;
    const lastTerms = parsed.sentences[to[0]]!;
    const last = lastTerms[to[1]]!;
    const open = openingMark(first.pre)!;
    const closeAt = closingMark(last.post, open.closers);
    const firstStart = parsed.textStart(from[0], from[1]);
    const lastEnd = parsed.textEnd(to[0], to[1]);
    if (firstStart < 0 || lastEnd < 0) continue;
    let words = 0;
    for (let n = from[0]; n <= to[0]; n++) {
      const terms = parsed.sentences[n]!;
      const a = n === from[0] ? from[1] : 0;
      const b = n === to[0] ? to[1] + 1 : terms.length;
      for (let t = a; t < b; t++) if (terms[t]!.text.length > 0) words++;
    }
    const inside = last.post.slice(0, closeAt);
    const outside = last.post.slice(closeAt + 1);
    const prev = parsed.sentences[from[0]]![from[1] - 1];
    found.push({
      from,
      to,
      words,
      start: firstStart - first.pre.length + open.index,
      end: lastEnd + closeAt + 1,
      mayHaveAfter: to[1] + 1 < lastTerms.length && !inside.includes(".") && /^,?[^\S\n]+$/.test(outside),
      mayHaveBefore: prev !== undefined && open.index === 0 && /^[^\S\n]*[:,][^\S\n]*$/.test(prev.post),
    });
  }
  return found;
}
