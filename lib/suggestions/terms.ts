/**
 * Small predicates over compromise terms shared by the finders.
 *
 * Contract: pure functions of a term (or of the whitespace/punctuation strings
 * compromise keeps in `pre`/`post`); no state, no regex over whole texts.
 */
import type { Term } from "./parse";

const INLINE_SPACE = /^[^\S\n]*$/;

/** True if `s` is empty or whitespace without a line break. */
export function isInlineSpace(s: string): boolean {
  return INLINE_SPACE.test(s);
}

/** True if the term carries compromise tag `tag`. */
export function hasTag(term: Term | undefined, tag: string): boolean {
  return term?.tags?.has(tag) ?? false;
}

/** True if the term has visible text (compromise adds empty implicit terms). */
export function hasText(term: Term | undefined): boolean {
  return (term?.text.length ?? 0) > 0;
}

/** Lower-cased normal form of a term ("" for a missing term). */
export function normal(term: Term | undefined): string {
  return term?.normal ?? "";
}

/**
 * True if nothing but whitespace on one line separates term `a` from the term
 * `b` after it (no comma, quote, bracket, sentence punctuation or line break
 * in between). When `hyphen` is set, a bare hyphen also counts ("14-day").
 */
export function joined(a: Term | undefined, b: Term | undefined, hyphen = false): boolean {
  if (!a || !b) return false;
  if (!isInlineSpace(b.pre)) return false;
  if (isInlineSpace(a.post)) return true;
  return hyphen && a.post === "-";
}
