import { graphemeCeil, graphemeFloor } from "./grapheme-boundary";

/**
 * Turns a raw user selection `[start, end)` of `text` into the span a claim should cover:
 * widened outward to whole grapheme clusters (a surrogate pair, a base letter with its
 * combining marks, an emoji ZWJ sequence or flag is never cut), then shrunk by every
 * whole cluster at either edge that consists only of whitespace (Unicode White_Space,
 * plus U+FEFF).
 *
 * Snapping comes first, so a cluster that merely begins with a space (a space carrying a
 * combining mark) is visible content and is kept.
 *
 * Cost: only a few dozen code units around each edge are segmented, so it is
 * independent of the length of `text` (except for pathological clusters hundreds of code
 * units long).
 *
 * @returns the snapped `{ start, end }` with `start < end`, or `null` when the range is
 *   invalid (non-integer offsets, `start < 0`, `end > text.length`, `start >= end`) or
 *   contains nothing but whitespace.
 */
export function snapSelection(text: string, start: number, end: number): { start: number; end: number } | null {
  if (!Number.isInteger(start) || !Number.isInteger(end)) return null;
  if (start < 0 || end > text.length || start >= end) return null;

  let from = graphemeFloor(text, start);
  let to = graphemeCeil(text, end);

  while (from < to) {
    const clusterEnd = graphemeCeil(text, from + 1);
    if (!isWhitespaceRun(text, from, clusterEnd)) break;
    from = clusterEnd;
  }
  while (to > from) {
    const clusterStart = graphemeFloor(text, to - 1);
    if (!isWhitespaceRun(text, clusterStart, to)) break;
    to = clusterStart;
  }
  return from < to ? { start: from, end: to } : null;
}

/** True when every code unit of `text[from, to)` is whitespace. */
function isWhitespaceRun(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if (!isWhitespaceCode(text.charCodeAt(i))) return false;
  }
  return true;
}

/** Unicode White_Space (all of it is in the BMP), plus U+FEFF. */
export function isWhitespaceCode(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0x85) return false;
  return (
    code === 0x85 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
