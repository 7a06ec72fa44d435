import { describe, expect, it } from "vitest";
import { countedThing, foldAccents, headNoun, normaliseUnit, singularForms, unitsComparable } from "./units";

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

describe("unitsComparable across English and Spanish", () => {
  it.each([
    ["deportados", "deportees", true],
    ["deportado", "deportee", true],
    ["venezolanos", "Venezuelans", true],
    ["salvadoreños", "Salvadorans", true],
    ["reclusos", "inmates", true],
    ["presos", "prisoners", true],
    ["reclusos", "presos", true],
    ["inmates", "prisoners", true],
    ["personas", "people", true],
    ["migrantes", "migrants", true],
    ["pandilleros", "gang members", true],
    ["presuntos pandilleros", "alleged gang members", true],
    ["miembros de pandillas", "gang members", true],
    ["vuelos", "flights", true],
    ["vuelos de deportación", "deportation flights", true],
    ["dólares", "USD", true],
    ["dolares", "dollars", true],
    ["por ciento", "%", true],
    ["países", "countries", true],
    ["deportados", "venezolanos", false],
    ["deportados", "Venezuelans", false],
    ["personas", "Venezuelans", false],
    ["reclusos", "detainees", false],
    ["venezolanas", "venezolanos", false],
    ["euros", "dólares", false],
    ["años de edad", "años", false],
  ] as const)("%j and %j: %s", (a, b, expected) => {
    expect(unitsComparable(a, b)).toBe(expected);
    expect(unitsComparable(b, a)).toBe(expected);
  });

  it("takes the head noun first in Spanish, last in English, by the source's language", () => {
    // Deportees who are Venezuelan, in both word orders.
    expect(unitsComparable("deportados venezolanos", "Venezuelan deportees", "es", "en")).toBe(true);
    expect(unitsComparable("deportados venezolanos", "Venezuelans", "es", "en")).toBe(false);
    // Without the language, a Spanish lexicon word first means Spanish.
    expect(unitsComparable("deportados venezolanos", "deportees")).toBe(true);
    // An unknown Spanish phrase: the first word is the head when the source is Spanish.
    expect(unitsComparable("soldados heridos", "soldados", "es", "es")).toBe(true);
    expect(unitsComparable("periodistas extranjeros", "periodistas", "es", "es")).toBe(true);
    expect(unitsComparable("periodistas extranjeros", "extranjeros", "es", "es")).toBe(false);
  });

  it("folds accents and Spanish plurals", () => {
    expect(foldAccents("salvadoreños dólares países")).toBe("salvadorenos dolares paises");
    expect([...singularForms("dolares")]).toContain("dolar");
    expect([...singularForms("veces")]).toContain("vez");
    expect(unitsComparable("naciones", "nación")).toBe(true);
    expect(unitsComparable("veces", "vez")).toBe(true);
  });

  it("tells units of measure from counted things", () => {
    expect(countedThing("USD")).toMatchObject({ kind: "lexicon", thing: "USD", measure: true });
    expect(countedThing("dólares")).toMatchObject({ kind: "lexicon", thing: "USD", measure: true });
    expect(countedThing("CHF")).toMatchObject({ kind: "word", measure: true });
    expect(countedThing("%")).toMatchObject({ thing: "%", measure: true });
    expect(countedThing("deportados")).toMatchObject({ thing: "deportee", measure: false });
    expect(countedThing("  ")).toBeNull();
    expect(countedThing(null)).toBeNull();
  });
});
