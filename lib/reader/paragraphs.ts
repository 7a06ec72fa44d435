/**
 * Splits canonical text into paragraphs at blank lines, keeping each paragraph's offsets
 * into the text (UTF-16 code units, end exclusive). `text.slice(start, end)` is exactly
 * what the reader renders, so DOM offsets inside a paragraph map to text offsets by adding
 * `start`. Whitespace-only paragraphs are dropped.
 */
export type Paragraph = { start: number; end: number };

export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const blankLines = /\n[ \t]*\n(?:[ \t]*\n)*/g;
  let start = 0;
  const push = (end: number) => {
    if (text.slice(start, end).trim()) paragraphs.push({ start, end });
  };
  for (const match of text.matchAll(blankLines)) {
    push(match.index);
    start = match.index + match[0].length;
  }
  push(text.length);
  return paragraphs;
}

/**
 * Index of the paragraph holding `offset`, or of the first paragraph after it when the
 * offset falls in the blank lines between two; -1 when after the last paragraph.
 */
export function paragraphIndexAt(paragraphs: readonly Paragraph[], offset: number): number {
  let low = 0;
  let high = paragraphs.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (paragraphs[middle]!.end > offset) {
      found = middle;
      high = middle - 1;
    } else {
      low = middle + 1;
    }
  }
  return found;
}
