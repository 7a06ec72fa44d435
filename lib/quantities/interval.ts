/**
 * Intervals of the real line with open or closed ends, as Quantities carry them.
 *
 * Contract: `high` may be `Infinity` (then `highInclusive` is ignored: infinity is never a
 * member); `low` may be `-Infinity` likewise. Pure functions, never throw.
 */
export interface Interval {
  low: number;
  high: number;
  lowInclusive: boolean;
  highInclusive: boolean;
}

/** True when no number lies in the interval: `low > high`, or `low === high` with an open end, or a NaN bound. */
export function isEmptyInterval(i: Interval): boolean {
  if (Number.isNaN(i.low) || Number.isNaN(i.high)) return true;
  if (i.low < i.high) return false;
  if (i.low > i.high) return true;
  return !(i.lowInclusive && i.highInclusive) || !Number.isFinite(i.low);
}

/** True when `x` lies in the interval, respecting open and closed ends exactly. */
export function intervalContains(i: Interval, x: number): boolean {
  if (Number.isNaN(x)) return false;
  const aboveLow = i.low < x || (i.low === x && i.lowInclusive && Number.isFinite(x));
  const belowHigh = x < i.high || (x === i.high && i.highInclusive && Number.isFinite(x));
  return aboveLow && belowHigh;
}

/**
 * True when some number lies in both intervals. Ends are respected exactly: (200, ∞) and
 * [200, 200] do not overlap, [137, ∞) and [137, 137] do. Symmetric. Empty intervals
 * overlap nothing.
 */
export function intervalsOverlap(a: Interval, b: Interval): boolean {
  if (isEmptyInterval(a) || isEmptyInterval(b)) return false;
  return startsBeforeEnd(a, b) && startsBeforeEnd(b, a);
}

/** True when `x` starts no later than `y` ends, so that they can share a point (given both are non-empty). */
function startsBeforeEnd(x: Interval, y: Interval): boolean {
  if (x.low < y.high) return true;
  return x.low === y.high && x.lowInclusive && y.highInclusive && Number.isFinite(x.low);
}
