import { describe, expect, it } from "vitest";
import { compareQuantities, findConflicts } from "./compare";
import { intervalsOverlap } from "./interval";
import { readQuantity } from "./read-quantity";
import { interval } from "./test-notation";
import type { Quantity } from "./types";

function q(text: string): Quantity {
  const read = readQuantity(text);
  if (!read) throw new Error(`no quantity in ${text}`);
  return read;
}

function conflicts(...texts: string[]) {
  // The reason's data (`why`) is checked in comparisons.test.ts; here the English words.
  return findConflicts(texts.map((text, k) => ({ id: String.fromCharCode(97 + k), quantity: q(text) }))).map(({ a, b, reason }) => ({ a, b, reason }));
}

describe("intervalsOverlap, open and closed ends", () => {
  it.each([
    ["(200, ∞)", "[200]", false],
    ["[137, ∞)", "[137]", true],
    ["[270, 300)", "[300]", false],
    ["[270, 300]", "[300]", true],
    ["[0, 100)", "[100, ∞)", false],
    ["[0, 100]", "[100, ∞)", true],
    ["[0, 100]", "(100, ∞)", false],
    ["(200, ∞)", "(250, ∞)", true],
    ["[225, 275]", "(300, ∞)", false],
    ["[225, 275]", "[238]", true],
    ["[200, 999]", "[1000, ∞)", false],
    ["(200, 220]", "[225, 275]", false],
    ["(200, 220]", "[220]", true],
    ["[238]", "[238]", true],
    ["[238]", "[261]", false],
  ] as const)("%s and %s overlap: %s", (a, b, expected) => {
    expect(intervalsOverlap(interval(a), interval(b))).toBe(expected);
    expect(intervalsOverlap(interval(b), interval(a))).toBe(expected);
  });
});

describe("findConflicts", () => {
  it("flags an exact figure at or below a 'more than' figure", () => {
    expect(conflicts("238 Venezuelans", "more than 250 Venezuelans")).toEqual([{ a: "a", b: "b", reason: "238 is not more than 250" }]);
    expect(conflicts("200 deportees", "over 200 deportees")).toEqual([{ a: "a", b: "b", reason: "200 is not more than 200" }]);
  });

  it("does not flag a figure on the closed end of 'at least'", () => {
    expect(conflicts("at least 137 people", "137 people")).toEqual([]);
    expect(conflicts("at least 137 people", "136 people")).toEqual([{ a: "a", b: "b", reason: "136 is less than ‘at least 137’" }]);
  });

  it("explains a figure above 'up to'", () => {
    expect(conflicts("261 people", "up to 250 people")).toEqual([{ a: "a", b: "b", reason: "261 is more than ‘up to 250’" }]);
    expect(conflicts("250 people", "up to 250 people")).toEqual([]);
  });

  it("explains two hedged figures that cannot both hold", () => {
    expect(conflicts("roughly 250 Venezuelans", "over 300 Venezuelans")).toEqual([
      { a: "a", b: "b", reason: "‘roughly 250’ (225–275) and ‘over 300’ cannot both be true" },
    ]);
  });

  it("respects the open upper end of 'nearly' and 'fewer than'", () => {
    expect(conflicts("nearly 300 inmates", "300 inmates")).toEqual([{ a: "a", b: "b", reason: "300 is more than ‘nearly 300’ (270 to under 300)" }]);
    expect(conflicts("fewer than 100 guards", "100 guards")).toEqual([{ a: "a", b: "b", reason: "100 is not less than 100" }]);
    expect(conflicts("nearly 300 inmates", "270 inmates")).toEqual([]);
  });

  it("compares hedged figures that overlap as consistent", () => {
    expect(conflicts("over 200 Venezuelans", "roughly 250 Venezuelans", "238 Venezuelans")).toEqual([]);
    expect(conflicts("hundreds of Venezuelans", "238 Venezuelans", "fewer than 1,000 Venezuelans")).toEqual([]);
  });

  it("says what an exact figure misses on a hedged one, and names exact mismatches", () => {
    expect(conflicts("300 Venezuelans", "roughly 250 Venezuelans")).toEqual([{ a: "a", b: "b", reason: "300 is more than ‘roughly 250’ (225–275)" }]);
    expect(conflicts("238 Venezuelans", "261 Venezuelans")).toEqual([{ a: "a", b: "b", reason: "238 is not 261" }]);
    expect(conflicts("thousands of migrants", "238 migrants")).toEqual([{ a: "a", b: "b", reason: "238 is less than ‘thousands’ (2,000–9,999)" }]);
  });

  it("writes money and percentages with their signs", () => {
    expect(conflicts("$6 million", "more than $7 million")).toEqual([{ a: "a", b: "b", reason: "$6 million is not more than $7 million" }]);
    expect(conflicts("40% of detainees", "under 30 percent")).toEqual([{ a: "a", b: "b", reason: "40% is not less than 30%" }]);
  });

  it("compares units by head noun after singularising", () => {
    expect(conflicts("238 Venezuelans", "more than 250 alleged Venezuelans")).toHaveLength(1);
    expect(conflicts("238 Venezuelan", "more than 250 Venezuelans")).toHaveLength(1);
    expect(conflicts("1 person", "more than 250 people")).toHaveLength(1);
    expect(conflicts("238 Venezuelans", "more than 250 alleged gang members")).toEqual([]);
  });

  it("compares a figure that names nothing with anything", () => {
    expect(conflicts("137 removed under the Alien Enemies Act", "over 200 deportees")).toEqual([{ a: "a", b: "b", reason: "137 is not more than 200" }]);
  });

  it("never mixes currencies, percentages and counts", () => {
    expect(conflicts("$6 million", "€20 million")).toEqual([]);
    expect(conflicts("40%", "400 inmates")).toEqual([]);
  });

  it("flags every conflicting pair, in input order", () => {
    const found = conflicts("238 Venezuelans", "more than 250 Venezuelans", "261 Venezuelans", "roughly 250 Venezuelans");
    expect(found.map(({ a, b }) => `${a}${b}`)).toEqual(["ab", "ac"]);
    expect(found[1]!.reason).toBe("238 is not 261");
  });
});

describe("compareQuantities", () => {
  it("lists pairs counting different things separately, with a reason", () => {
    const items = [
      { id: "ap", quantity: q("over 200 deportees") },
      { id: "ap-later", quantity: q("roughly 250 Venezuelans") },
      { id: "outlet-1", quantity: q("238 Venezuelans") },
      { id: "outlet-2", quantity: q("more than 250 alleged gang members") },
      { id: "outlet-3", quantity: q("261 people in all") },
      { id: "outlet-4", quantity: q("137 removed under the Alien Enemies Act") },
    ];
    const { conflicts: found, incomparable } = compareQuantities(items);
    // The figure naming nothing is compared with everything: 137 is below "over 200",
    // "roughly 250", 238, "more than 250" and 261.
    expect(found.map(({ a, b }) => `${a}/${b}`)).toEqual(["ap/outlet-4", "ap-later/outlet-4", "outlet-1/outlet-4", "outlet-2/outlet-4", "outlet-3/outlet-4"]);
    expect(found[0]!.reason).toBe("137 is not more than 200");
    expect(found[1]!.reason).toBe("137 is less than ‘roughly 250’ (225–275)");
    // Deportees, Venezuelans, gang members and people are four different things.
    expect(incomparable).toHaveLength(9);
    expect(incomparable).toContainEqual({
      a: "outlet-1",
      b: "outlet-2",
      reason: "they count different things: ‘Venezuelans’ and ‘alleged gang members’",
      why: { code: "differentThings", a: "Venezuelans", b: "alleged gang members" },
    });
    expect(findConflicts(items)).toEqual(found);
  });

  it("returns nothing for fewer than two items", () => {
    expect(compareQuantities([])).toEqual({ conflicts: [], incomparable: [], comparisons: [] });
    expect(compareQuantities([{ id: "x", quantity: q("238") }])).toEqual({ conflicts: [], incomparable: [], comparisons: [] });
  });
});
