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
 */
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
}

const NUMBER = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/y;
/** Digits or a separator-and-digit right after a number: the number is malformed. */
const MALFORMED_TAIL = /[.,]?\d/y;
const MALFORMED_REST = /(?:[.,]?\d)+/y;
const WORD = /\p{L}[\p{L}\p{M}\p{N}]*(?:['’][\p{L}\p{M}\p{N}]+)*/uy;
const SPACE = /\s+/y;

export function tokenize(text: string): Token[] {
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
    NUMBER.lastIndex = at;
    const number = NUMBER.exec(text);
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
