/**
 * Property tests of reading and comparing quantities.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findConflicts } from "./compare";
import { findQuantities } from "./find-quantities";
import { intervalContains, intervalsOverlap, isEmptyInterval, type Interval } from "./interval";
import { quantityFromJson, quantityToJson } from "./quantity-json";
import { readQuantity } from "./read-quantity";
import { anyText, figureText, nonEmptyInterval, quantity } from "./test-arbitraries";
import type { Hedge, Quantity } from "./types";

const RUNS = { numRuns: 2000 };

function expectWellFormed(q: Quantity): void {
  expect(Number.isFinite(q.low)).toBe(true);
  expect(q.low).toBeGreaterThanOrEqual(0);
  expect(q.low).toBeLessThanOrEqual(q.high);
  expect(isEmptyInterval(q)).toBe(false);
  if (q.high === Infinity) expect(q.highInclusive).toBe(false);
  // The written value lies in its interval or on one of its ends.
  expect(intervalContains(q, q.value) || q.value === q.low || q.value === q.high).toBe(true);
}

describe("readQuantity properties", () => {
  it("never throws, on any string", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        readQuantity(text);
        findQuantities(text);
      }),
      RUNS,
    );
  });

  it("gives well-formed quantities: low ≤ high, non-empty, value in or on the edge of the interval", () => {
    fc.assert(
      fc.property(figureText, fc.double({ min: 0, max: 1, noNaN: true }), (text, tolerance) => {
        for (const match of findQuantities(text, { approximateTolerance: tolerance })) {
          expectWellFormed(match.quantity);
          expect(text.slice(match.start, match.end)).toBe(match.quantity.text);
        }
      }),
      RUNS,
    );
  });

  it("finds figures in reading order, without overlaps", () => {
    fc.assert(
      fc.property(figureText, (text) => {
        const found = findQuantities(text);
        for (let k = 1; k < found.length; k++) expect(found[k]!.start).toBeGreaterThanOrEqual(found[k - 1]!.end);
      }),
      RUNS,
    );
  });

  it("survives a JSON round trip exactly", () => {
    fc.assert(
      fc.property(figureText, (text) => {
        for (const { quantity: q } of findQuantities(text)) {
          expect(quantityFromJson(JSON.parse(JSON.stringify(quantityToJson(q))))).toEqual(q);
        }
      }),
      RUNS,
    );
  });

  it("reads a generated hedged figure back: value, hedge and unit", () => {
    const hedgesByPhrase: ReadonlyArray<readonly [string, Hedge]> = [
      ["", "exact"],
      ["over", "more-than"],
      ["more than", "more-than"],
      ["at least", "at-least"],
      ["nearly", "nearly"],
      ["roughly", "approximately"],
      ["about", "approximately"],
      ["up to", "at-most"],
      ["fewer than", "fewer-than"],
    ];
    const nouns = ["Venezuelans", "alleged gang members", "people", "deportees", "inmates", "days"];
    fc.assert(
      fc.property(
        fc.constantFrom(...hedgesByPhrase),
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.boolean(),
        fc.constantFrom(...nouns),
        ([phrase, hedge], n, grouped, noun) => {
          // Plain four-digit numbers without a hedge are years unless a plural noun follows; all these nouns are plural.
          const written = grouped ? n.toLocaleString("en-US") : String(n);
          const q = readQuantity(`${phrase} ${written} ${noun}`.trim());
          expect(q).not.toBeNull();
          expect(q!.value).toBe(n);
          expect(q!.hedge).toBe(hedge);
          expect(q!.unit).toBe(noun);
          expectWellFormed(q!);
        },
      ),
      RUNS,
    );
  });

  it("widens the approximately band with the tolerance", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.double({ min: 0, max: 1, noNaN: true }), (n, t) => {
        const q = readQuantity(`roughly ${n} people`, { approximateTolerance: t })!;
        expect(q.low).toBeCloseTo(Math.max(0, n - t * n), 6);
        expect(q.high).toBeCloseTo(n + t * n, 6);
      }),
      RUNS,
    );
  });
});

describe("interval and conflict properties", () => {
  /** Points worth testing for membership: the ends, their midpoint, and just beyond. */
  function probes(a: Interval, b: Interval): number[] {
    const ends = [a.low, a.high, b.low, b.high].filter(Number.isFinite);
    const points = [...ends, ...ends.map((x) => x + 0.25), ...ends.map((x) => x - 0.25)];
    for (const x of ends) for (const y of ends) points.push((x + y) / 2);
    points.push(Math.max(...ends) + 1000);
    return points;
  }

  it("overlap is symmetric and agrees with sharing a point", () => {
    fc.assert(
      fc.property(nonEmptyInterval, nonEmptyInterval, (a, b) => {
        const overlap = intervalsOverlap(a, b);
        expect(intervalsOverlap(b, a)).toBe(overlap);
        const shared = probes(a, b).some((x) => intervalContains(a, x) && intervalContains(b, x));
        expect(overlap).toBe(shared);
      }),
      { numRuns: 5000 },
    );
  });

  it("a quantity never conflicts with itself", () => {
    fc.assert(
      fc.property(quantity, (q) => {
        expect(intervalsOverlap(q, q)).toBe(true);
        expect(
          findConflicts([
            { id: "a", quantity: q },
            { id: "b", quantity: q },
          ]),
        ).toEqual([]);
      }),
      RUNS,
    );
    fc.assert(
      fc.property(figureText, (text) => {
        for (const { quantity: q } of findQuantities(text))
          expect(
            findConflicts([
              { id: "a", quantity: q },
              { id: "b", quantity: q },
            ]),
          ).toEqual([]);
      }),
      RUNS,
    );
  });

  it("conflicts do not depend on the order of the items", () => {
    fc.assert(
      fc.property(quantity, quantity, (x, y) => {
        const forward = findConflicts([
          { id: "x", quantity: x },
          { id: "y", quantity: y },
        ]);
        const backward = findConflicts([
          { id: "y", quantity: y },
          { id: "x", quantity: x },
        ]);
        expect(forward.length).toBe(backward.length);
      }),
      RUNS,
    );
  });
});
