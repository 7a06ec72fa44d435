import { describe, expect, it } from "vitest";
import { filterCountOf, readSearchParams, searchAddressOf, searchParamValuesOf } from "./search-page";

describe("the search page's address", () => {
  it("reads words and filters, blank ones as absent", () => {
    const { params, fieldErrors } = readSearchParams({ q: "carcel", kind: "claim", language: "ES", status: "", from: "2025-03-01", to: "2025-03-31" }, "en");
    expect(fieldErrors).toEqual({});
    expect(params).toMatchObject({ q: "carcel", kind: "claim", language: "es", from: "2025-03-01", to: "2025-03-31" });
    expect(params?.status).toBeUndefined();
  });

  it("puts each bad value's message at its field, in the reader's language, and keeps what was typed", () => {
    const bad = readSearchParams({ q: "x", from: "16/03/2025", to: "2025-02-30", kind: "tweet", status: "done" }, "es");
    expect(bad.params).toBeNull();
    expect(bad.values).toMatchObject({ from: "16/03/2025", to: "2025-02-30", kind: "tweet" });
    expect(bad.fieldErrors).toEqual({
      from: "Escribir la fecha como AAAA-MM-DD, por ejemplo 2025-03-16.",
      to: "Ese día no existe en el calendario.",
      kind: expect.stringMatching(/claim, source, fact, evidence/),
      status: expect.any(String),
    });
  });

  it("refuses a range that ends before it starts, at `to`", () => {
    expect(readSearchParams({ q: "x", from: "2025-03-16", to: "2025-03-15" }, "en").fieldErrors).toEqual({ to: "The end date comes before the start date." });
  });

  it("takes the first of a repeated value and writes the address back without blanks", () => {
    const values = searchParamValuesOf({ q: ["a b", "c"], outlet: " El Faro ", verdict: "" });
    expect(values.q).toBe("a b");
    expect(searchAddressOf(values)).toBe("/search?q=a+b&outlet=El+Faro");
    expect(searchAddressOf(values, { kind: "fact", outlet: "" })).toBe("/search?q=a+b&kind=fact");
    expect(filterCountOf(values)).toBe(1);
  });
});
