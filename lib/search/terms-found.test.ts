import { describe, expect, it } from "vitest";
import { parseSearchQuery } from "./parse-query";
import { clausesFoundIn, matchesSearchQuery, queryTermsFoundIn } from "./terms-found";

const text = "Los deportados llegaron a la cárcel; ningún niño fue deportado.";

describe("queryTermsFoundIn", () => {
  it("names the query's terms the text holds, read through its language's stems", () => {
    expect(queryTermsFoundIn(text, parseSearchQuery("deportadas carcel inmates"), "es")).toEqual(["deport", "carcel"]);
    expect(queryTermsFoundIn(text, parseSearchQuery("deportadas carcel"), null)).toEqual(["carcel"]);
    expect(queryTermsFoundIn(text, parseSearchQuery("-carcel"), "es")).toEqual([]);
  });
});

describe("clausesFoundIn", () => {
  it("tells for each positive clause whether the text holds it, a phrase only with its words in a row", () => {
    expect(clausesFoundIn(text, parseSearchQuery('"los deportados" "deportados los" niños'), "es")).toEqual([true, false, true]);
  });
});

describe("matchesSearchQuery", () => {
  it("needs every positive clause and no excluded one", () => {
    expect(matchesSearchQuery(text, parseSearchQuery("deportados carcel"), "es")).toBe(true);
    expect(matchesSearchQuery(text, parseSearchQuery("deportados prisión"), "es")).toBe(false);
    expect(matchesSearchQuery(text, parseSearchQuery("deportados -niños"), "es")).toBe(false);
    expect(matchesSearchQuery(text, parseSearchQuery('deportados -"niño llegó"'), "es")).toBe(true);
  });

  it("matches nothing for a query that is not searchable", () => {
    expect(matchesSearchQuery(text, parseSearchQuery("-inmates"), "es")).toBe(false);
    expect(matchesSearchQuery(text, parseSearchQuery(""), "es")).toBe(false);
  });
});
