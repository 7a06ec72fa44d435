import { describe, expect, it } from "vitest";
import { findQuantities } from "./find-quantities";
import { readQuantity } from "./read-quantity";

describe("readQuantity options", () => {
  it("uses ±10% for 'roughly' by default and the given tolerance otherwise", () => {
    expect(readQuantity("roughly 250")).toMatchObject({ low: 225, high: 275 });
    expect(readQuantity("roughly 250", { approximateTolerance: 0.2 })).toMatchObject({ low: 200, high: 300 });
    expect(readQuantity("roughly 250", { approximateTolerance: 0 })).toMatchObject({ low: 250, high: 250, lowInclusive: true, highInclusive: true });
    expect(readQuantity("roughly 250", { approximateTolerance: 1 })).toMatchObject({ low: 0, high: 500 });
  });

  it("keeps the 'nearly' band apart from the tolerance", () => {
    expect(readQuantity("nearly 300", { approximateTolerance: 0 })).toMatchObject({ low: 270, high: 300, highInclusive: false });
    expect(readQuantity("nearly 300", { nearlyBand: 0.05 })).toMatchObject({ low: 285, high: 300 });
    expect(readQuantity("just over 200", { nearlyBand: 0.05 })).toMatchObject({ low: 200, high: 210, lowInclusive: false, highInclusive: true });
  });

  it("accepts a tolerance above 100%, keeping the lower end at 0", () => {
    expect(readQuantity("roughly 250", { approximateTolerance: 1.5 })).toMatchObject({ low: 0, high: 625 });
  });

  it.each([{ approximateTolerance: -0.1 }, { approximateTolerance: Infinity }, { approximateTolerance: Number.NaN }, { nearlyBand: 0 }, { nearlyBand: -1 }])(
    "throws a RangeError for %j",
    (options) => {
      expect(() => readQuantity("roughly 250", options)).toThrow(RangeError);
    },
  );

  it("returns null for an empty or figure-less claim, and for non-strings", () => {
    expect(readQuantity("")).toBeNull();
    expect(readQuantity("The flights landed in El Salvador.")).toBeNull();
    expect(readQuantity(undefined as unknown as string)).toBeNull();
  });
});

describe("findQuantities", () => {
  it("finds every figure with its offsets", () => {
    const text = "Officials said over 200 deportees, roughly 250 Venezuelans and 23 Salvadorans landed on 16 March 2025.";
    const found = findQuantities(text);
    expect(found.map((m) => [m.quantity.text, m.quantity.unit, text.slice(m.start, m.end)])).toEqual([
      ["over 200", "deportees", "over 200"],
      ["roughly 250", "Venezuelans", "roughly 250"],
      ["23", "Salvadorans", "23"],
    ]);
  });

  it("marks small number words and ages as minor", () => {
    const found = findQuantities("Two flights and a 23-year-old among 238 deportees; about five guards.");
    expect(found.map((m) => [m.quantity.text, m.minor])).toEqual([
      ["Two", true],
      ["23", true],
      ["238", false],
      ["about five", false],
    ]);
  });

  it("falls back to a minor figure when it is the only one", () => {
    expect(readQuantity("Two flights landed")).toMatchObject({ value: 2, unit: "flights", hedge: "exact" });
    expect(readQuantity("a 23-year-old man")).toMatchObject({ value: 23, unit: "years old" });
  });

  it("does not let a hedge belong to two figures", () => {
    expect(findQuantities("200 over 300").map((m) => m.quantity.text)).toEqual(["200", "over 300"]);
    expect(findQuantities("between 200 and 250 and 300").map((m) => m.quantity.text)).toEqual(["between 200 and 250", "300"]);
  });

  it("shares a scale, currency or percent written once in a range", () => {
    expect(readQuantity("three to four hundred people")).toMatchObject({ low: 300, high: 400, unit: "people" });
    expect(readQuantity("5-6 million dollars")).toMatchObject({ low: 5e6, high: 6e6, unit: "USD" });
    expect(readQuantity("between 500 and 2 million")).toMatchObject({ low: 500, high: 2e6 });
  });

  it("reads line breaks as the end of a figure", () => {
    expect(readQuantity("over\n200")).toMatchObject({ hedge: "exact", text: "200" });
    expect(readQuantity("238\nVenezuelans")).toMatchObject({ unit: null });
  });

  it("stays fast on long number-dense text", () => {
    const text = "On 16 March 2025, over 200 deportees, roughly 250 Venezuelans, 40,000 inmates and 1,2,3; ".repeat(2000);
    const started = performance.now();
    expect(findQuantities(text)).toHaveLength(6000);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
