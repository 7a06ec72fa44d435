/**
 * fast-check generators for the quantity property tests (test-only module): texts dense
 * with figures, hedges, dates, units and punctuation, so the reader's paths are exercised
 * in odd combinations; and well-formed Quantities and intervals.
 */
import fc from "fast-check";
import type { Interval } from "./interval";
import { hedges, type Quantity } from "./types";

const PIECES = [
  "over",
  "more than",
  "roughly",
  "about",
  "some",
  "nearly",
  "almost",
  "just under",
  "just over",
  "at least",
  "up to",
  "as many as",
  "fewer than",
  "under",
  "between",
  "and",
  "to",
  "or",
  "or more",
  "or so",
  "-odd",
  "+",
  "~",
  "<",
  ">",
  "a",
  "dozen",
  "half",
  "hundred",
  "hundreds",
  "of",
  "tens",
  "thousands",
  "thousand",
  "million",
  "billion",
  "k",
  "m",
  "bn",
  "two",
  "twenty",
  "-",
  "three",
  "one",
  "zero",
  "eleven",
  "ninety",
  "several",
  "few",
  "handful",
  "percent",
  "per cent",
  "%",
  "$",
  "€",
  "£",
  "US$",
  "USD",
  "dollars",
  "Venezuelans",
  "alleged",
  "gang",
  "members",
  "people",
  "deportees",
  "days",
  "years",
  "old",
  "year",
  "aged",
  "March",
  "May",
  "16",
  "16th",
  "2025",
  "1990s",
  "3",
  "p.m.",
  "pm",
  ":",
  "/",
  "(",
  ")",
  "Flight",
  "Section",
  "No.",
  "#",
  "MS-13",
  "238",
  "250",
  "40,000",
  "1,500.5",
  "1.5",
  "0",
  "0.0",
  "99999999999999999999",
  "1e308",
  ".",
  ",",
  "—",
  "–",
  "\n",
  "the",
  "in",
  "were",
  "deported",
  "constructor",
  "__proto__",
  "toString",
  "٢٥٠",
];

/** A text of 0–25 pieces joined by spaces or nothing. */
export const figureText: fc.Arbitrary<string> = fc
  .array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(" ", " ", " ", "", "\u00a0", "\n")), { maxLength: 25 })
  .map((parts) => parts.map(([piece, gap]) => piece + gap).join(""));

/** Any string, figure-ish or not. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  figureText,
  fc.string({ unit: "grapheme", maxLength: 60 }),
  fc.string({ unit: "binary", maxLength: 60 }),
  fc.string({ unit: fc.constantFrom(..."0123456789,.- %$abc~"), maxLength: 40 }),
);

const bound = fc.oneof(fc.integer({ min: 0, max: 50 }), fc.constantFrom(0, 0.5, 1.5, 200, 250));

/** A non-empty interval with small ends (so equal ends are common), possibly unbounded. */
export const nonEmptyInterval: fc.Arbitrary<Interval> = fc.tuple(bound, bound, fc.boolean(), fc.boolean(), fc.boolean()).map(([x, y, li, hi, unbounded]) => {
  const low = Math.min(x, y);
  const high = unbounded ? Infinity : Math.max(x, y);
  if (high === Infinity) return { low, high, lowInclusive: li, highInclusive: false };
  if (low === high) return { low, high, lowInclusive: true, highInclusive: true };
  return { low, high, lowInclusive: li, highInclusive: hi };
});

/** A Quantity that keeps the invariants, with a unit from a small list. */
export const quantity: fc.Arbitrary<Quantity> = fc
  .tuple(nonEmptyInterval, fc.constantFrom(...hedges), fc.constantFrom(null, "Venezuelans", "alleged Venezuelans", "people", "%", "USD"), fc.boolean())
  .map(([i, hedge, unit, valueAtLow]) => ({
    ...i,
    hedge,
    unit,
    value: valueAtLow || i.high === Infinity ? i.low : i.high,
    text: "figure",
  }));
