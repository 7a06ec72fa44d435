/**
 * Property tests of reading Spanish figures: a figure written in digits, with Spanish grouping
 * and in Spanish words reads the same interval; and the reader's invariants hold on Spanish
 * text as on English.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findQuantities } from "./find-quantities";
import { intervalContains, isEmptyInterval } from "./interval";
import { readQuantity } from "./read-quantity";
import { spanishFigureText, spanishGrouped, spanishNumberWords } from "./test-arbitraries";
import type { Hedge, Quantity } from "./types";

const RUNS = { numRuns: 2000 };
const es = { language: "es" } as const;

const HEDGES: ReadonlyArray<readonly [string, Hedge]> = [
  ["", "exact"],
  ["más de", "more-than"],
  ["al menos", "at-least"],
  ["como mínimo", "at-least"],
  ["casi", "nearly"],
  ["cerca de", "nearly"],
  ["unos", "approximately"],
  ["alrededor de", "approximately"],
  ["aproximadamente", "approximately"],
  ["hasta", "at-most"],
  ["no más de", "at-most"],
  ["menos de", "fewer-than"],
];
const NOUNS = ["venezolanos", "presuntos pandilleros", "personas", "deportados", "reclusos", "migrantes"];

/** The interval of a quantity, for comparing two readings of one figure. */
function intervalOf(q: Quantity | null) {
  expect(q).not.toBeNull();
  return { low: q!.low, high: q!.high, lowInclusive: q!.lowInclusive, highInclusive: q!.highInclusive, hedge: q!.hedge, unit: q!.unit, value: q!.value };
}

describe("readQuantity properties, Spanish", () => {
  it("reads a figure in plain digits, with Spanish grouping and in Spanish words as the same interval, hedge and unit", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...HEDGES),
        fc.integer({ min: 2, max: 999_999_999 }),
        fc.constantFrom<"." | "\u00a0" | "\u202f">(".", "\u00a0", "\u202f"),
        fc.constantFrom(...NOUNS),
        ([phrase, hedge], n, separator, noun) => {
          const read = (written: string) => readQuantity(`${phrase} ${written} ${noun}`.trim(), es);
          const digits = intervalOf(read(String(n)));
          expect(digits).toMatchObject({ value: n, hedge, unit: noun });
          expect(intervalOf(read(spanishGrouped(n, separator)))).toEqual(digits);
          expect(intervalOf(read(spanishNumberWords(n)))).toEqual(digits);
        },
      ),
      RUNS,
    );
  });

  it("reads a decimal comma with a scale word as the same number as its digits", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 1, max: 9 }), (whole, tenth) => {
        const q = readQuantity(`${whole},${tenth} millones de personas`, es);
        expect(q).toMatchObject({ value: (whole * 10 + tenth) * 100_000, unit: "personas", hedge: "exact" });
      }),
      RUNS,
    );
  });

  it("never throws on Spanish text, and gives well-formed, ordered, non-overlapping figures", () => {
    fc.assert(
      fc.property(spanishFigureText, fc.double({ min: 0, max: 1, noNaN: true }), (text, tolerance) => {
        const found = findQuantities(text, { ...es, approximateTolerance: tolerance });
        for (const [k, { quantity: q, start, end, unitEnd }] of found.entries()) {
          expect(Number.isFinite(q.low) && q.low >= 0 && q.low <= q.high).toBe(true);
          expect(isEmptyInterval(q)).toBe(false);
          if (q.high === Infinity) expect(q.highInclusive).toBe(false);
          expect(intervalContains(q, q.value) || q.value === q.low || q.value === q.high).toBe(true);
          expect(text.slice(start, end)).toBe(q.text);
          expect(unitEnd).toBeGreaterThanOrEqual(end);
          if (k > 0) expect(start).toBeGreaterThanOrEqual(found[k - 1]!.unitEnd);
        }
      }),
      RUNS,
    );
  });
});
