/**
 * Cuts a text into plain and marked segments for a static rendering of claims (the
 * side-by-side view). Where claims overlap, the one that starts first (the longer on a tie)
 * wins and the others are left out of the marking; they are still listed elsewhere.
 */
export type Segment<T> = { text: string; item: T | null };

export function segmentText<T extends { start: number; end: number }>(text: string, items: readonly T[]): Segment<T>[] {
  const ordered = [...items]
    .filter((item) => item.start < item.end && item.start >= 0 && item.end <= text.length)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: Segment<T>[] = [];
  let at = 0;
  for (const item of ordered) {
    if (item.start < at) continue; // overlaps an earlier mark
    if (item.start > at) segments.push({ text: text.slice(at, item.start), item: null });
    segments.push({ text: text.slice(item.start, item.end), item });
    at = item.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), item: null });
  return segments;
}
