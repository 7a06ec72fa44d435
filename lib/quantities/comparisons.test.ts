import { describe, expect, it } from "vitest";
import { compareQuantities, comparisonResults, type QuantityItem } from "./compare";
import { conflictReasonData } from "./comparison-reason";
import { readQuantity } from "./read-quantity";
import type { Quantity } from "./types";

function q(text: string): Quantity {
  const read = readQuantity(text);
  if (!read) throw new Error(`no quantity in ${text}`);
  return read;
}

/**
 * Spanish figures as the Spanish reader gives them (written out here so this test depends
 * on the comparison only, not on how Spanish is read).
 */
const masDe200Deportados: Quantity = {
  low: 200,
  high: Infinity,
  lowInclusive: false,
  highInclusive: false,
  hedge: "more-than",
  value: 200,
  unit: "deportados",
  text: "más de 200",
};
const unos250Venezolanos: Quantity = {
  low: 225,
  high: 275,
  lowInclusive: true,
  highInclusive: true,
  hedge: "approximately",
  value: 250,
  unit: "venezolanos",
  text: "unos 250",
};
const reclusos238: Quantity = { low: 238, high: 238, lowInclusive: true, highInclusive: true, hedge: "exact", value: 238, unit: "reclusos", text: "238" };

describe("compareQuantities: every pair gets a result", () => {
  it("says that 'over 200 deportees' and 'roughly 250 Venezuelans' were not compared, and why", () => {
    const { conflicts, comparisons } = compareQuantities([
      { id: "a", quantity: q("over 200 deportees") },
      { id: "b", quantity: q("roughly 250 Venezuelans") },
    ]);
    expect(conflicts).toEqual([]);
    expect(comparisons).toEqual([{ a: "a", b: "b", result: "not-compared", why: { code: "differentThings", a: "deportees", b: "Venezuelans" } }]);
  });

  it("gives n(n−1)/2 results, in input order, each one of the three", () => {
    const items: QuantityItem[] = [
      { id: "1", quantity: q("over 200 deportees"), language: "en" },
      { id: "2", quantity: masDe200Deportados, language: "es" },
      { id: "3", quantity: q("roughly 250 Venezuelans"), language: "en" },
      { id: "4", quantity: unos250Venezolanos, language: "es" },
      { id: "5", quantity: null, language: "en" },
      { id: "6", quantity: q("200 deportees"), language: "en" },
      { id: "7", quantity: q("40% of them"), language: "en" },
    ];
    const { comparisons, conflicts, incomparable } = compareQuantities(items);
    expect(comparisons).toHaveLength(21);
    expect(comparisons.map(({ a, b }) => `${a}${b}`)).toEqual([
      "12",
      "13",
      "14",
      "15",
      "16",
      "17",
      "23",
      "24",
      "25",
      "26",
      "27",
      "34",
      "35",
      "36",
      "37",
      "45",
      "46",
      "47",
      "56",
      "57",
      "67",
    ]);
    for (const pair of comparisons) expect(comparisonResults).toContain(pair.result);
    const result = (a: string, b: string) => comparisons.find((pair) => pair.a === a && pair.b === b)!;
    // Across languages, the same counted thing is compared.
    expect(result("1", "2")).toMatchObject({ result: "consistent", why: { code: "canBothHold" } });
    expect(result("3", "4")).toMatchObject({ result: "consistent" });
    expect(result("2", "6")).toEqual({
      a: "2",
      b: "6",
      result: "conflict",
      why: { code: "notMoreThan", point: { value: 200, unit: "deportees" }, bound: { value: 200, unit: "deportados" } },
    });
    expect(result("1", "4")).toEqual({ a: "1", b: "4", result: "not-compared", why: { code: "differentThings", a: "deportees", b: "venezolanos" } });
    expect(result("4", "5")).toEqual({ a: "4", b: "5", result: "not-compared", why: { code: "noFigure", missing: "b" } });
    expect(result("5", "6")).toMatchObject({ result: "not-compared", why: { code: "noFigure", missing: "a" } });
    expect(result("6", "7")).toEqual({ a: "6", b: "7", result: "not-compared", why: { code: "differentUnits", a: "deportees", b: "%" } });
    // Conflicts and incomparable pairs are the matching comparisons (figures on both sides).
    expect(conflicts.map(({ a, b }) => `${a}${b}`)).toEqual(comparisons.filter((pair) => pair.result === "conflict").map(({ a, b }) => `${a}${b}`));
    expect(incomparable.map(({ a, b }) => `${a}${b}`)).toEqual(
      comparisons.filter((pair) => pair.result === "not-compared" && pair.why.code !== "noFigure").map(({ a, b }) => `${a}${b}`),
    );
  });

  it("says when neither claim has a figure", () => {
    expect(
      compareQuantities([
        { id: "x", quantity: null },
        { id: "y", quantity: null },
      ]).comparisons,
    ).toEqual([{ a: "x", b: "y", result: "not-compared", why: { code: "noFigure", missing: "both" } }]);
  });

  it("finds a conflict between a Spanish and an English claim", () => {
    const { conflicts } = compareQuantities([
      { id: "es", quantity: reclusos238, language: "es" },
      { id: "en", quantity: q("more than 250 inmates"), language: "en" },
    ]);
    expect(conflicts.map(({ a, b, why }) => ({ a, b, why }))).toEqual([
      { a: "es", b: "en", why: { code: "notMoreThan", point: { value: 238, unit: "reclusos" }, bound: { value: 250, unit: "inmates" } } },
    ]);
  });
});

describe("conflictReasonData", () => {
  it("names each kind of conflict with its values", () => {
    expect(conflictReasonData(q("238"), q("261"))).toEqual({ code: "notEqual", a: { value: 238, unit: null }, b: { value: 261, unit: null } });
    expect(conflictReasonData(q("fewer than 100 guards"), q("100 guards"))).toMatchObject({
      code: "notLessThan",
      point: { value: 100 },
      bound: { value: 100 },
    });
    expect(conflictReasonData(q("261 people"), q("up to 250 people"))).toEqual({
      code: "moreThanFigure",
      point: { value: 261, unit: "people" },
      figure: { text: "up to 250", interval: null },
    });
    expect(conflictReasonData(q("at least 137 people"), q("136 people"))).toMatchObject({
      code: "lessThanFigure",
      figure: { text: "at least 137", interval: null },
    });
    expect(conflictReasonData(q("roughly 250 Venezuelans"), q("over 300 Venezuelans"))).toEqual({
      code: "cannotBothHold",
      a: { text: "roughly 250", interval: { shape: "between", low: 225, high: 275, unit: "Venezuelans" } },
      b: { text: "over 300", interval: null },
    });
    expect(conflictReasonData(q("nearly 300 inmates"), q("300 inmates"))).toMatchObject({
      code: "moreThanFigure",
      figure: { text: "nearly 300", interval: { shape: "toUnder", low: 270, high: 300 } },
    });
  });
});
