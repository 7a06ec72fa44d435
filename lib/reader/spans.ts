/**
 * Geometry of highlighted spans on one text, for drawing and navigating claims.
 * Spans are `[start, end)` in UTF-16 code units.
 */
export type Span = { start: number; end: number };

/** The stretches covered by two or more spans, merged and in text order. */
export function overlapSegments(spans: readonly Span[]): Span[] {
  const boundaries: { at: number; delta: number }[] = [];
  for (const span of spans) {
    if (span.end <= span.start) continue;
    boundaries.push({ at: span.start, delta: 1 }, { at: span.end, delta: -1 });
  }
  boundaries.sort((a, b) => a.at - b.at || a.delta - b.delta);
  const segments: Span[] = [];
  let depth = 0;
  let openedAt = 0;
  for (const { at, delta } of boundaries) {
    const wasOverlapping = depth >= 2;
    depth += delta;
    const isOverlapping = depth >= 2;
    if (!wasOverlapping && isOverlapping) openedAt = at;
    if (wasOverlapping && !isOverlapping && at > openedAt) {
      const last = segments.at(-1);
      if (last && last.end === openedAt) last.end = at;
      else segments.push({ start: openedAt, end: at });
    }
  }
  return segments;
}

/** The items whose span contains `offset` (start inclusive, end exclusive), innermost first. */
export function spansAt<T extends Span>(items: readonly T[], offset: number): T[] {
  return items.filter((item) => item.start <= offset && offset < item.end).sort((a, b) => a.end - a.start - (b.end - b.start));
}

/**
 * The next (direction 1) or previous (-1) item in text order from the current one, wrapping
 * around; the first (or last) when there is no current item. Null for an empty list.
 */
export function stepThrough<T extends { id: string }>(ordered: readonly T[], currentId: string | null, direction: 1 | -1): T | null {
  if (ordered.length === 0) return null;
  const index = currentId === null ? -1 : ordered.findIndex((item) => item.id === currentId);
  if (index === -1) return direction === 1 ? ordered[0]! : ordered.at(-1)!;
  return ordered[(index + direction + ordered.length) % ordered.length]!;
}
