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
