import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { boundedEditDistance, globalFuzzyMatches } from "./global-fuzzy";

function levenshtein(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1), d[i - 1]![j]! + 1, d[i]![j - 1]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

describe("globalFuzzyMatches", () => {
  it("finds an edited quote between both verbatim contexts, anywhere", () => {
    const prefix = "the manifest listed, as before, ";
    const suffix = " who were flown out before dawn.";
    const text = "Unrelated opening text. ".repeat(50) + prefix + "roughly 250 Venezuelan deportees" + suffix + " More.";
    const matches = globalFuzzyMatches(text, "roughly 250 Venezuelans deported", prefix, suffix, 8);
    expect(matches).toHaveLength(1);
    const at = text.indexOf(prefix) + prefix.length;
    expect(matches[0]).toMatchObject({ start: at, end: at + "roughly 250 Venezuelan deportees".length });
  });

  it("finds nothing when either context is not verbatim", () => {
    const text = "the manifest listed, as before, roughly 250 Venezuelans who were flown out later that day.";
    expect(globalFuzzyMatches(text, "roughly 250 Venezuelans", "the manifest listed, as before, ", " who were flown out before dawn.", 5)).toEqual([]);
  });

  it("uses the document boundary for an empty context", () => {
    const text = "roughly 251 Venezuelans were flown out before dawn.";
    const matches = globalFuzzyMatches(text, "roughly 250 Venezuelans", "", " were flown out before dawn.", 5);
    expect(matches).toEqual([{ start: 0, end: 23, errors: 1 }]);
  });
});

describe("boundedEditDistance", () => {
  it("equals Levenshtein distance within the bound, bound + 1 beyond it (property)", () => {
    const small = fc.string({ unit: fc.constantFrom("a", "b", "c", "é"), maxLength: 12 });
    fc.assert(
      fc.property(small, small, fc.nat(6), (a, b, bound) => {
        const exact = levenshtein(a, b);
        const got = boundedEditDistance(a, b, bound);
        return exact <= bound ? got === exact : got === bound + 1;
      }),
      { numRuns: 1000 },
    );
  });
});
