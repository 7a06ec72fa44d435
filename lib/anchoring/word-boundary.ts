import { isWhitespaceCode } from "./snap-selection";

/**
 * White space that always separates words. Not U+202F (narrow no-break space): UAX #29 joins
 * words across it (Word_Break ExtendNumLet), as in a French or Spanish "12 000", so the
 * segmenter decides there.
 */
function separatesWords(code: number): boolean {
  return code !== 0x202f && isWhitespaceCode(code);
}

/**
 * Word edges at single offsets of a long text, without segmenting the whole text.
 *
 * A word is a word-like segment of `Intl.Segmenter` (granularity "word", Unicode UAX #29
 * with ICU's dictionaries): "más", "cárcel", "12.000", "1,500", "don’t" and "it's" are
 * one word each; "200-strong" is two words ("200", "strong") around a hyphen; punctuation,
 * spaces and emoji are not words. An offset is a word edge unless it lies strictly inside
 * a word, so offset 0, the text's length, and every offset next to punctuation or a space
 * are edges.
 *
 * Only a window around the offset is segmented: from the nearest whitespace character
 * before it to the nearest one after it (UAX #29 always breaks before a whitespace
 * character, and no rule reaches across one), so the answer equals a segmentation of the
 * whole text. Without whitespace within `REACH` code units (long CJK or Thai runs) the
 * window is cut there and the answer is that of the window.
 */

const segmenter = new Intl.Segmenter(undefined, { granularity: "word" });

/** Farthest look-back and look-ahead for whitespace, in code units. */
const REACH = 256;

function isAsciiAlphanumeric(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** ASCII that can be part of a word: letters, digits, `_` and the marks inside words and figures (`'` `"` `.` `,` `:` `;`). */
function mayBeInWord(code: number): boolean {
  return isAsciiAlphanumeric(code) || code === 0x5f || isMidWordMark(code);
}

/** `'` `"` `.` `,` `:` `;`: inside a word or figure only between two of its characters (UAX #29 WB6–WB7c, WB11–WB12). */
function isMidWordMark(code: number): boolean {
  return code === 0x27 || code === 0x22 || code === 0x2e || code === 0x2c || code === 0x3a || code === 0x3b;
}

/** Any other ASCII character ("-", "(", "%", "!"…) is a word of no kind: words break on both sides of it. */
function breaksWords(code: number): boolean {
  return code < 0x80 && !mayBeInWord(code);
}

/**
 * The word `[start, end)` that `pos` lies strictly inside (`start < pos < end`), or null
 * when `pos` is a word edge. `pos` is clamped to `[0, text.length]`.
 */
export function wordAround(text: string, pos: number): { start: number; end: number } | null {
  if (pos <= 0 || pos >= text.length) return null;
  if (separatesWords(text.charCodeAt(pos - 1)) || separatesWords(text.charCodeAt(pos))) return null;
  let from = pos - 1;
  const lowest = Math.max(0, pos - REACH);
  while (from > lowest && !separatesWords(text.charCodeAt(from))) from--;
  let to = pos;
  const highest = Math.min(text.length, pos + REACH);
  while (to < highest && !separatesWords(text.charCodeAt(to))) to++;
  // Keep the whitespace itself: the rules look one character ahead.
  to = Math.min(text.length, to + 1);
  const segment = segmenter.segment(text.slice(from, to)).containing(pos - from);
  if (segment === undefined || !segment.isWordLike) return null;
  const start = from + segment.index;
  return start < pos ? { start, end: start + segment.segment.length } : null;
}

/** True unless `pos` lies strictly inside a word (see the module comment). */
export function isWordEdge(text: string, pos: number): boolean {
  if (pos <= 0 || pos >= text.length) return true;
  // Letters and digits of ASCII never break between them (UAX #29 WB5, WB8–WB10).
  const before = text.charCodeAt(pos - 1);
  const after = text.charCodeAt(pos);
  if (isAsciiAlphanumeric(before) && isAsciiAlphanumeric(after)) return false;
  if (breaksWords(before) || breaksWords(after)) return true;
  // "figure," or "word." before a space: a mark joins a word only between two of its characters.
  if (before < 0x80 && isMidWordMark(after) && (pos + 1 === text.length || breaksWords(text.charCodeAt(pos + 1)))) return true;
  return wordAround(text, pos) === null;
}
