import { describe, expect, it } from "vitest";
import { headNoun, normaliseUnit, singularForms, unitsComparable } from "./units";

describe("unitsComparable", () => {
  it.each([
    [null, "Venezuelans", true],
    ["Venezuelans", null, true],
    [null, null, true],
    ["Venezuelans", "alleged Venezuelans", true],
    ["Venezuelans", "venezuelan", true],
    ["alleged gang members", "members", true],
    ["gang-related members", "Members", true],
    ["days", "day", true],
    ["people", "person", true],
    ["cases", "case", true],
    ["countries", "country", true],
    ["buses", "bus", true],
    ["%", "percent", true],
    ["USD", "usd", true],
    ["Venezuelans", "alleged gang members", false],
    ["people", "Venezuelans", false],
    ["deportees", "Venezuelans", false],
    ["USD", "EUR", false],
    ["%", "inmates", false],
    ["years old", "years", false],
    ["", "inmates", true],
  ] as const)("%j and %j: %s", (a, b, expected) => {
    expect(unitsComparable(a, b)).toBe(expected);
    expect(unitsComparable(b, a)).toBe(expected);
  });

  it("normalises case, hyphens, spaces and percent", () => {
    expect(normaliseUnit("  Gang-Related   MEMBERS ")).toBe("gang related members");
    expect(normaliseUnit("per cent")).toBe("%");
    expect(headNoun("more than 250 alleged gang members")).toBe("members");
  });

  it("lists what a word could be the plural of", () => {
    expect([...singularForms("cases")].sort()).toEqual(["cas", "case", "cases"]);
    expect([...singularForms("people")].sort()).toEqual(["people", "person"]);
    expect([...singularForms("glass")]).toEqual(["glass"]);
  });
});
