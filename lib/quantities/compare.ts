/**
 * Comparing the figures of claims linked to one fact.
 */
import { conflictReason, incomparableReason } from "./conflict-reason";
import { intervalsOverlap } from "./interval";
import type { Quantity } from "./types";
import { unitsComparable } from "./units";

export interface QuantityItem {
  id: string;
  quantity: Quantity;
}

/** Two figures that cannot both hold, with the reason in plain words. */
export interface QuantityConflict {
  a: string;
  b: string;
  reason: string;
}

/** Two figures that were not compared because they count different things. */
export interface IncomparablePair {
  a: string;
  b: string;
  reason: string;
}

export interface QuantityComparison {
  conflicts: QuantityConflict[];
  incomparable: IncomparablePair[];
}

/**
 * Compares every pair of `items` (in input order: `a` is the earlier item, `b` the later).
 *
 * - Pairs whose units are not comparable (`unitsComparable`: different head nouns, e.g.
 *   "people" and "Venezuelans", "USD" and "EUR", "%" and "inmates") go to `incomparable`
 *   and are never conflicts.
 * - Comparable pairs whose intervals share no number go to `conflicts`, open and closed
 *   ends respected exactly: "over 200" (200, ∞) conflicts with "200" [200, 200]; "at least
 *   137" [137, ∞) does not conflict with "137". Unbounded intervals conflict only with
 *   figures at or below their lower end.
 * - A Quantity never conflicts with itself (intervals are never empty), and the result does
 *   not depend on which of two items comes first, apart from the a/b order.
 * - Quadratic in the number of items (a fact links a handful of claims). Never throws on
 *   Quantities that keep the invariants of `Quantity`.
 */
export function compareQuantities(items: ReadonlyArray<QuantityItem>): QuantityComparison {
  const conflicts: QuantityConflict[] = [];
  const incomparable: IncomparablePair[] = [];
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const x = items[i]!;
      const y = items[j]!;
      if (!unitsComparable(x.quantity.unit, y.quantity.unit)) {
        incomparable.push({ a: x.id, b: y.id, reason: incomparableReason(x.quantity, y.quantity) });
      } else if (!intervalsOverlap(x.quantity, y.quantity)) {
        conflicts.push({ a: x.id, b: y.id, reason: conflictReason(x.quantity, y.quantity) });
      }
    }
  }
  return { conflicts, incomparable };
}

/**
 * Every pair of `items` whose figures cannot both hold; the `conflicts` of
 * {@link compareQuantities}. Pairs counting different things are left out (see
 * `compareQuantities` for the list of them).
 */
export function findConflicts(items: ReadonlyArray<QuantityItem>): QuantityConflict[] {
  return compareQuantities(items).conflicts;
}

export { describeInterval } from "./describe-interval";
