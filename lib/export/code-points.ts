/**
 * The number of Unicode code points in `text` before the UTF-16 offset `offset`: how a
 * JavaScript string offset reads for consumers that count code points (Python, Postgres).
 * An offset inside a surrogate pair counts the pair's code point as not yet reached.
 */
export function codePointOffset(text: string, offset: number): number {
  let count = 0;
  for (let index = 0; index < offset && index < text.length; index++) {
    const unit = text.charCodeAt(index);
    const isHighSurrogate = unit >= 0xd800 && unit <= 0xdbff;
    const next = text.charCodeAt(index + 1);
    if (isHighSurrogate && next >= 0xdc00 && next <= 0xdfff) {
      if (index + 1 >= offset) break;
      index++;
    }
    count++;
  }
  return count;
}

/**
 * `codePointOffset` for many offsets into one text, in one pass over it (offsets in any
 * order): linear in the text's length, where calling `codePointOffset` for each claim of a
 * long source would be quadratic.
 */
export function codePointOffsets(text: string, offsets: readonly number[]): number[] {
  // Without surrogates every code unit is a code point: offsets count the same either way.
  if (!/[\uD800-\uDFFF]/.test(text)) return offsets.map((offset) => Math.max(0, Math.min(offset, text.length)));
  const order = offsets.map((_, index) => index).sort((a, b) => offsets[a]! - offsets[b]!);
  const result = new Array<number>(offsets.length);
  let index = 0;
  let count = 0;
  for (const which of order) {
    const offset = Math.min(offsets[which]!, text.length);
    while (index < offset) {
      const unit = text.charCodeAt(index);
      const next = text.charCodeAt(index + 1);
      const isPair = unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
      if (isPair && index + 1 >= offset) break;
      index += isPair ? 2 : 1;
      count++;
    }
    result[which] = count;
  }
  return result;
}
