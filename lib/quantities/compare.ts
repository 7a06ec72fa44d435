/**
 * Comparing the figures of claims linked to one fact.
 */
import { conflictReason, incomparableReason } from "./conflict-reason";
import { conflictReasonData, figureAsWritten, type ComparisonReasonData, type ConflictReasonData, type NotComparedReasonData } from "./comparison-reason";
import { intervalsOverlap } from "./interval";
import type { Quantity } from "./types";
import { countedThing, isMeasure, sameCountedThing, type CountedThing } from "./units";

export interface QuantityItem {
  id: string;
  /** The claim's figure; null when none was read (the pair is then `not-compared`, `noFigure`). */
  quantity: Quantity | null;
  /** ISO 639-1 code of the claim's source: it decides where a unit's head noun is ("es": first). */
  language?: string | null;
}

/** Two figures that cannot both hold, with the reason in plain English words and as data. */
export interface QuantityConflict {
  a: string;
  b: string;
  reason: string;
  why: ConflictReasonData;
}

/** Two figures that were not compared because they count different things or are in different units. */
export interface IncomparablePair {
  a: string;
  b: string;
  reason: string;
  why: NotComparedReasonData;
}

/** The three results a pair of a fact's claims can get (the API's `comparisons[].result`). */
export const comparisonResults = ["consistent", "conflict", "not-compared"] as const;
export type ComparisonResult = (typeof comparisonResults)[number];

/** One pair of a fact's claims, compared or not, and why. */
export interface PairComparison {
  a: string;
  b: string;
  result: ComparisonResult;
  why: ComparisonReasonData;
}

export interface QuantityComparison {
  conflicts: QuantityConflict[];
  incomparable: IncomparablePair[];
  /** Every pair of items, in input order: "no conflict" never hides "not compared". */
  comparisons: PairComparison[];
}

/** Why the pair is not compared, or null when both figures count the same thing (`thingX`, `thingY`: their counted things). */
function notComparedReason(x: QuantityItem, y: QuantityItem, thingX: CountedThing | null, thingY: CountedThing | null): NotComparedReasonData | null {
  if (!x.quantity || !y.quantity) return { code: "noFigure", missing: !x.quantity && !y.quantity ? "both" : !x.quantity ? "a" : "b" };
  if (sameCountedThing(thingX, thingY)) return null;
  const [unitX, unitY] = [x.quantity.unit ?? "", y.quantity.unit ?? ""];
  return isMeasure(thingX) || isMeasure(thingY) ? { code: "differentUnits", a: unitX, b: unitY } : { code: "differentThings", a: unitX, b: unitY };
}

/**
 * Compares every pair of `items` (in input order: `a` is the earlier item, `b` the later),
 * and gives each pair one result in `comparisons`:
 *
 * - `not-compared` when either claim has no figure (`noFigure`), or when the units are not
 *   comparable (`unitsComparable`, across English and Spanish: "deportees" and
 *   "deportados" are; "people" and "Venezuelans" are not): `differentUnits` when either is
 *   a unit of measure ("%", money, ages), else `differentThings`. These pairs (those with
 *   figures) are also listed in `incomparable`, and are never conflicts.
 * - `conflict` when comparable figures share no number, open and closed ends respected
 *   exactly: "over 200" (200, ∞) conflicts with "200" [200, 200]; "at least 137" [137, ∞)
 *   does not conflict with "137". These are also listed in `conflicts`.
 * - `consistent` otherwise (`canBothHold`).
 *
 * A Quantity never conflicts with itself (intervals are never empty), and the result does
 * not depend on which of two items comes first, apart from the a/b order. Quadratic in the
 * number of items (a fact links a handful of claims). Never throws on Quantities that keep
 * the invariants of `Quantity`.
 */
export function compareQuantities(items: ReadonlyArray<QuantityItem>): QuantityComparison {
  const conflicts: QuantityConflict[] = [];
  const incomparable: IncomparablePair[] = [];
  const comparisons: PairComparison[] = [];
  // Each unit's counted thing once, not once per pair (a fact may link a few hundred claims).
  const things = items.map((item) => (item.quantity ? countedThing(item.quantity.unit, item.language) : null));
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const x = items[i]!;
      const y = items[j]!;
      const notCompared = notComparedReason(x, y, things[i]!, things[j]!);
      if (notCompared) {
        comparisons.push({ a: x.id, b: y.id, result: "not-compared", why: notCompared });
        // The English words only when read: nothing but tests reads them, and writing 20,000 costs 0.2 s.
        if (x.quantity && y.quantity)
          incomparable.push({
            a: x.id,
            b: y.id,
            get reason() {
              return incomparableReason(notCompared);
            },
            why: notCompared,
          });
      } else if (!intervalsOverlap(x.quantity!, y.quantity!)) {
        const why = conflictReasonData(x.quantity!, y.quantity!);
        conflicts.push({ a: x.id, b: y.id, reason: conflictReason(x.quantity!, y.quantity!), why });
        comparisons.push({ a: x.id, b: y.id, result: "conflict", why });
      } else {
        comparisons.push({
          a: x.id,
          b: y.id,
          result: "consistent",
          why: { code: "canBothHold", a: figureAsWritten(x.quantity!), b: figureAsWritten(y.quantity!) },
        });
      }
    }
  }
  return { conflicts, incomparable, comparisons };
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
