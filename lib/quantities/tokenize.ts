/**
 * The small tokenizer the quantity reader runs on. Linear in the length of the text.
 *
 * Contract:
 * - `number` tokens are ASCII digit runs with optional thousands separators and one
 *   decimal part: "238", "40,000", "1.5", "1,500.5". Grouping must be exact: "1,50" or
 *   "1.2.3" give a `number` token with `malformed: true` covering the whole run, so the
 *   reader can skip it (lists, versions, European "40.000" are not guessed at).
 * - `word` tokens start with a letter and go on over letters, marks, digits and inner
 *   apostrophes ("o'clock", "A320", "MS13"). Hyphens are never inside a word: "twenty-three",
 *   "23-year-old" and "MS-13" come out as separate tokens with no gap between them.
 * - `punct` tokens are any other single non-space code point ("%", "$", "-", "(").
 * - Whitespace is not a token; `gapBefore` keeps it, so adjacency and line breaks can be
 *   checked. Offsets are UTF-16 code units, half-open.
 * - Spanish (`language` "es"): a dot or a non-breaking/thin space groups thousands and a comma
 *   is the decimal mark ("40.000", "40 000", "1,5", "40.000,5"). The two forms that read
 *   differently in the two languages, one separator followed by exactly three digits, follow
 *   the language: "1.500" is 1500 and "1,500" is 1.5 in Spanish (the reverse in English).
 *   Forms that can only mean one thing are read in Spanish too: "1.5" (a dot before one or
 *   two digits) is 1.5, "1,500,000" (several comma groups) is 1500000.
 * - `value` is the number as a plain decimal string ("1500", "1.5") for `Number()`.
 */
import type { ReadingLanguage } from "./language";

export type TokenKind = "number" | "word" | "punct";

export interface Token {
  kind: TokenKind;
  /** The token as written. */
  text: string;
  /** `text` lower-cased. */
  lower: string;
  start: number;
  end: number;
  /** The whitespace between the previous token (or the start of the text) and this one. */
  gapBefore: string;
  /** For `number` tokens: digit grouping that is not a plain or comma-grouped number. */
  malformed?: boolean;
  /** For `number` tokens: the number as a plain decimal string, separators removed ("40,000" → "40000"). */
  value?: string;
}

const NUMBER = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/y;
/**
 * Spanish numbers, in order of preference (a sticky regex takes the first alternative that
 * matches): space-grouped, dot-grouped, several comma groups, comma decimal, a dot before one
 * or two digits (a decimal point in any language), plain digits.
 */
const NUMBER_ES =
  /\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3}(?!\d))+(?:,\d+)?|\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?|\d+,\d+|\d+\.\d{1,2}(?!\d)|\d+/y;
const THIN_SPACES = /[ \u00a0\u202f\u2009]/g;
/** Digits or a separator-and-digit right after a number: the number is malformed. */
const MALFORMED_TAIL = /[.,]?\d/y;
const MALFORMED_REST = /(?:[.,]?\d)+/y;
const WORD = /\p{L}[\p{L}\p{M}\p{N}]*(?:['’][\p{L}\p{M}\p{N}]+)*/uy;
const SPACE = /\s+/y;

/** The plain decimal string of a number token as written in `language`. */
function plainNumber(written: string, language: ReadingLanguage): string {
  if (language === "en") return written.replace(/,/g, "");
  if (/[ \u00a0\u202f\u2009]/.test(written)) return written.replace(THIN_SPACES, "").replace(",", ".");
  if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(written)) return written.replace(/\./g, "").replace(",", ".");
  if (/,\d{3},/.test(written)) return written.replace(/,/g, "");
  return written.replace(",", ".");
}

export function tokenize(text: string, language: ReadingLanguage = "en"): Token[] {
  const number_ = language === "es" ? NUMBER_ES : NUMBER;
  const tokens: Token[] = [];
  let at = 0;
  let gap = "";
  while (at < text.length) {
    SPACE.lastIndex = at;
    const space = SPACE.exec(text);
    if (space) {
      gap += space[0];
      at += space[0].length;
      continue;
    }
    const start = at;
    let kind: TokenKind = "punct";
    let malformed = false;
    number_.lastIndex = at;
    const number = number_.exec(text);
    if (number) {
      kind = "number";
      at += number[0].length;
      MALFORMED_TAIL.lastIndex = at;
      if (MALFORMED_TAIL.test(text)) {
        malformed = true;
        MALFORMED_REST.lastIndex = at;
        at += MALFORMED_REST.exec(text)![0].length;
      }
    } else {
      WORD.lastIndex = at;
      const word = WORD.exec(text);
      if (word) {
        kind = "word";
        at += word[0].length;
      } else {
        at += text.codePointAt(at)! > 0xffff ? 2 : 1;
      }
    }
    const value = text.slice(start, at);
    const token: Token = { kind, text: value, lower: value.toLowerCase(), start, end: at, gapBefore: gap };
    if (malformed) token.malformed = true;
    if (kind === "number") token.value = plainNumber(value, language);
    tokens.push(token);
    gap = "";
  }
  return tokens;
}

/** True when `token` directly follows the previous token, with no whitespace between. */
export function isAttached(token: Token | undefined): boolean {
  return token !== undefined && token.gapBefore === "";
}

/** True when `token` follows the previous token on the same line (whitespace allowed, no line break). */
export function isInline(token: Token | undefined): boolean {
  return token !== undefined && !token.gapBefore.includes("\n");
}

/** True when `token` is a word whose lower-cased text is `word`. */
export function isWord(token: Token | undefined, word: string): boolean {
  return token !== undefined && token.kind === "word" && token.lower === word;
}

/** True when `token` is the punctuation `mark`. */
export function isPunct(token: Token | undefined, mark: string): boolean {
  return token !== undefined && token.kind === "punct" && token.text === mark;
}

/** True when the word starts with an upper-case letter. */
export function isCapitalised(token: Token | undefined): boolean {
  if (token === undefined || token.kind !== "word") return false;
  const first = String.fromCodePoint(token.text.codePointAt(0)!);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}
