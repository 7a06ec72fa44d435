import { ContextMatcher } from "./context-similarity";
import { isGraphemeBoundary } from "./grapheme-boundary";
import { fuzzyErrorBudget, HOME_TAIL_DRIFT, HOME_TAIL_LENGTH, localRadius } from "./thresholds";
import { isWordEdge } from "./word-boundary";

/** Shortest non-empty context piece trusted to locate a claim's home. */
const MIN_HOME_PIECE = 8;
import type { ClaimSelectors } from "./types";

/**
 * Where the claim's surroundings still are near the expected position: `start` is where
 * the stored prefix ends, `end` where the stored suffix begins (either may be unknown).
 * `exact` tells whether both came from the full stored context rather than its parts
 * touching the quote.
 */
export interface Home {
  start: number | null;
  end: number | null;
  exact: boolean;
}

/**
 * One claim's selectors prepared for anchoring against one text: validated stored
 * position, the expected position (a caller's hint, else the stored start, clamped into
 * the text), context matchers, and lazily derived facts about the original span.
 */
export class ClaimContext {
  readonly text: string;
  readonly exact: string;
  readonly prefix: string;
  readonly suffix: string;
  /** Stored start, if it is a usable offset into the new text; else null. */
  readonly storedStart: number | null;
  /** Start where the claim is expected now (hint or stored start), or null when unknown. */
  readonly expected: number | null;
  readonly prefixMatcher: ContextMatcher;
  readonly suffixMatcher: ContextMatcher;
  private startBoundary: boolean | undefined;
  private endBoundary: boolean | undefined;
  private startWordEdge: boolean | undefined;
  private endWordEdge: boolean | undefined;
  private home: Home | null | undefined;

  constructor(text: string, selectors: ClaimSelectors, hint?: number) {
    this.text = text;
    this.exact = selectors.quote.exact ?? "";
    this.prefix = selectors.quote.prefix ?? "";
    this.suffix = selectors.quote.suffix ?? "";
    const stored = selectors.position?.start;
    this.storedStart = typeof stored === "number" && Number.isInteger(stored) && stored >= 0 && stored <= text.length ? stored : null;
    const expected = typeof hint === "number" && Number.isFinite(hint) ? Math.round(hint) : this.storedStart;
    this.expected = expected === null ? null : Math.min(Math.max(expected, 0), text.length);
    // The longer side tells the context length used when the claim was described.
    const nominal = Math.max(this.prefix.length, this.suffix.length);
    this.prefixMatcher = new ContextMatcher(this.prefix, "prefix", nominal);
    this.suffixMatcher = new ContextMatcher(this.suffix, "suffix", nominal);
  }

  /** Whether the original span started on a grapheme boundary (judged from the selectors). */
  originalStartsOnBoundary(): boolean {
    if (this.startBoundary === undefined) {
      this.startBoundary = this.prefix.length === 0 || isGraphemeBoundary(this.prefix + this.exact.slice(0, 32), this.prefix.length);
    }
    return this.startBoundary;
  }

  /** Whether the original span ended on a grapheme boundary (judged from the selectors). */
  originalEndsOnBoundary(): boolean {
    if (this.endBoundary === undefined) {
      const tail = this.exact.slice(-32);
      this.endBoundary = this.suffix.length === 0 || isGraphemeBoundary(tail + this.suffix, tail.length);
    }
    return this.endBoundary;
  }

  /** Whether the original span started at a word edge (see `word-boundary.ts`), judged from the selectors. */
  originalStartsOnWordEdge(): boolean {
    if (this.startWordEdge === undefined) {
      this.startWordEdge = this.prefix.length === 0 || isWordEdge(this.prefix + this.exact.slice(0, 64), this.prefix.length);
    }
    return this.startWordEdge;
  }

  /** Whether the original span ended at a word edge, judged from the selectors. */
  originalEndsOnWordEdge(): boolean {
    if (this.endWordEdge === undefined) {
      const tail = this.exact.slice(-64);
      this.endWordEdge = this.suffix.length === 0 || isWordEdge(tail + this.suffix, tail.length);
    }
    return this.endWordEdge;
  }

  /**
   * True unless `[start, end)` cuts, at an edge where the original span did not:
   * - a grapheme cluster of the new text (the "same" quote would be part of different
   *   characters, e.g. a digit that has gained a combining mark);
   * - a word of the new text ("…men we" out of "men were"): a claim made on whole words
   *   stays on whole words, while one a reviewer made on part of a word ("200" of
   *   "200-strong" is a word of its own; "deport" of "deportees" is not) keeps that edge
   *   free.
   */
  edgesAreClean(start: number, end: number): boolean {
    if (!this.graphemesAreWhole(start, end)) return false;
    if (this.originalStartsOnWordEdge() && !isWordEdge(this.text, start)) return false;
    if (this.originalEndsOnWordEdge() && !isWordEdge(this.text, end)) return false;
    return true;
  }

  /**
   * The grapheme half of `edgesAreClean`. Enough where both stored context sides are
   * verbatim around the span: the characters at each edge are then the original's, so
   * its word edges are too (and the check costs nothing on unchanged text).
   */
  graphemesAreWhole(start: number, end: number): boolean {
    if (!isGraphemeBoundary(this.text, start) && this.originalStartsOnBoundary()) return false;
    if (!isGraphemeBoundary(this.text, end) && this.originalEndsOnBoundary()) return false;
    return true;
  }

  /**
   * The claim's home near the expected position, or null when no trace of its context is
   * left there.
   *
   * The full stored prefix (suffix) is looked up within the local window around the
   * expected position, nearest occurrence first. Failing that, only its
   * `HOME_TAIL_LENGTH` code units touching the quote, and only within `HOME_TAIL_DRIFT`
   * of the expected position (short pieces recur in prose). The suffix is looked for
   * where the prefix puts the quote's end. When prefix and suffix homes are found but
   * could not hold the quote between them (too far apart), the one nearer the expected
   * position is kept. An empty stored side is the document boundary; a stored side of
   * fewer than `MIN_HOME_PIECE` code units locates nothing.
   */
  findHome(): Home | null {
    if (this.home !== undefined) return this.home;
    this.home = null;
    const expected = this.expected;
    if (expected === null) return null;
    const length = this.exact.length;
    const radius = localRadius(length);

    let exactStart = true;
    let start = this.locate(this.prefix, "prefix", expected, radius);
    if (start === null && this.prefix.length > HOME_TAIL_LENGTH) {
      start = this.locate(this.prefix.slice(-HOME_TAIL_LENGTH), "prefix", expected, HOME_TAIL_DRIFT);
      exactStart = false;
    }
    // Where the prefix now ends is the best estimate of where the quote starts.
    const expectedEnd = (start ?? expected) + length;
    let exactEnd = true;
    let end = this.locate(this.suffix, "suffix", expectedEnd, start === null ? radius : HOME_TAIL_DRIFT);
    if (end === null && this.suffix.length > HOME_TAIL_LENGTH) {
      end = this.locate(this.suffix.slice(0, HOME_TAIL_LENGTH), "suffix", expectedEnd, HOME_TAIL_DRIFT);
      exactEnd = false;
    }
    if (start === null && end === null) return null;

    if (start !== null && end !== null) {
      const slack = fuzzyErrorBudget(length) + 2 * HOME_TAIL_LENGTH;
      if (end - start > length + slack || end - start < -HOME_TAIL_LENGTH) {
        if (Math.abs(start - expected) <= Math.abs(end - (expected + length))) end = null;
        else start = null;
      }
    }
    this.home = { start, end, exact: start !== null && end !== null && exactStart && exactEnd };
    return this.home;
  }

  /**
   * Nearest offset to `around` where `piece` ends (prefix side) or starts (suffix side),
   * searching `around ± reach`; null when absent.
   */
  private locate(piece: string, side: "prefix" | "suffix", around: number, reach: number): number | null {
    const text = this.text;
    if (piece.length === 0) {
      const boundary = side === "prefix" ? 0 : text.length;
      return Math.abs(boundary - around) <= reach ? boundary : null;
    }
    // A few code units recur everywhere: too weak to say where the claim lives.
    if (piece.length < MIN_HOME_PIECE) return null;
    const from = Math.max(0, around - reach - piece.length);
    const to = Math.min(text.length, around + reach + piece.length);
    const window = text.slice(from, to);
    let best: number | null = null;
    for (let at = window.indexOf(piece); at !== -1; at = window.indexOf(piece, at + 1)) {
      const edge = from + at + (side === "prefix" ? piece.length : 0);
      if (best === null || Math.abs(edge - around) < Math.abs(best - around)) best = edge;
    }
    return best;
  }
}
