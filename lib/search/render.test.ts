import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseSearchQuery, type ParsedSearchQuery } from "./parse-query";
import { toFts5AnyTerm, toTsqueryAnyTerm } from "./render-any-term";
import { toFts5Match } from "./render-fts5";
import { toTsquery } from "./render-tsquery";
import { PROPERTY_TIMEOUT, queryLike } from "./test-arbitraries";

/** A parsed query written by hand, to pin the renderings down to the character. */
const query = (include: string[][][], exclude: string[][][] = []): ParsedSearchQuery => {
  const clause = (words: string[][]) => ({ text: "", words: words.map((alternatives) => ({ text: "", alternatives })) });
  return {
    include: include.map(clause),
    exclude: exclude.map(clause),
    isSearchable: include.length > 0,
    emptyReason: include.length > 0 ? null : "no-words",
    truncated: false,
  };
};

describe("toFts5Match", () => {
  it("quotes every term, ORs a word's alternatives and ANDs the clauses", () => {
    expect(toFts5Match(query([[["deport", "deportado"]], [["carcel"]]]))).toBe('("deport" OR "deportado") AND "carcel"');
  });

  it("writes a phrase as the OR of its spellings, FTS5 having no OR inside a phrase", () => {
    expect(toFts5Match(query([[["los"], ["deport", "deportado"]]]))).toBe('("los deport" OR "los deportado")');
    expect(toFts5Match(query([[["la"], ["carcel"]]]))).toBe('"la carcel"');
  });

  it("subtracts the exclusions after the positive clauses, FTS5 not starting with NOT", () => {
    expect(toFts5Match(query([[["carcel"]]], [[["nin", "nino"]], [["ano"], ["pas"]]]))).toBe('("carcel") NOT (("nin" OR "nino") OR "ano pas")');
  });

  it("returns null when there is nothing to search (empty, or exclusions only)", () => {
    expect(toFts5Match(parseSearchQuery(""))).toBeNull();
    expect(toFts5Match(parseSearchQuery("-niños"))).toBeNull();
  });

  it("limits the match to a column when asked, and refuses a column that is not an identifier", () => {
    expect(toFts5Match(query([[["carcel"]]]), { column: "terms" })).toBe('terms : ("carcel")');
    expect(() => toFts5Match(query([[["carcel"]]]), { column: "terms) OR (x" })).toThrow(/identifier/);
  });

  it("leaves out any term that is not [a-z0-9] (a hand-made parsed query), and doubles quotes", () => {
    expect(toFts5Match(query([[['a"b', "ok"]]]))).toBe('"ok"');
    expect(toFts5Match(query([[['a"b']]]))).toBeNull();
  });
});

describe("toTsquery", () => {
  it("quotes every term, ORs a word's alternatives and ANDs the clauses", () => {
    expect(toTsquery(query([[["deport", "deportado"]], [["carcel"]]]))).toBe("('deport' | 'deportado') & 'carcel'");
  });

  it("joins a phrase's words with <->", () => {
    expect(toTsquery(query([[["los"], ["deport", "deportado"]]]))).toBe("('los' <-> ('deport' | 'deportado'))");
  });

  it("negates the exclusions", () => {
    expect(toTsquery(query([[["carcel"]]], [[["nin", "nino"]], [["ano"], ["pas"]]]))).toBe("'carcel' & !('nin' | 'nino') & !('ano' <-> 'pas')");
  });

  it("returns null when there is nothing to search", () => {
    expect(toTsquery(parseSearchQuery("  ¿?  "))).toBeNull();
    expect(toTsquery(parseSearchQuery('-"año pasado"'))).toBeNull();
  });

  it("leaves out any term that is not [a-z0-9]", () => {
    expect(toTsquery(query([[["a'b", "a\\b", "ok"]]]))).toBe("'ok'");
  });
});

describe("toFts5AnyTerm and toTsqueryAnyTerm", () => {
  it("OR the safe terms, each once, and are null when none is left", () => {
    expect(toFts5AnyTerm(["thingvenezuelan", "mag250", "mag250"])).toBe('"thingvenezuelan" OR "mag250"');
    expect(toFts5AnyTerm(["mag250"], { column: "signature" })).toBe('signature : ("mag250")');
    expect(toTsqueryAnyTerm(["thingvenezuelan", "mag250", "thing:x", "a'b"])).toBe("'thingvenezuelan' | 'mag250'");
    expect(toFts5AnyTerm(["thing:x", ""])).toBeNull();
    expect(toTsqueryAnyTerm([])).toBeNull();
    expect(() => toFts5AnyTerm(["a"], { column: "x y" })).toThrow(/identifier/);
  });
});

describe("both renderings of any input", () => {
  it(
    "hold no user character outside quoted [a-z0-9] terms, and exist exactly when the query is searchable",
    () => {
      fc.assert(
        fc.property(fc.oneof(fc.string({ unit: "binary", maxLength: 200 }), queryLike), (q) => {
          const parsed = parseSearchQuery(q);
          const fts5 = toFts5Match(parsed);
          const tsquery = toTsquery(parsed);
          expect(fts5 !== null).toBe(parsed.isSearchable);
          expect(tsquery !== null).toBe(parsed.isSearchable);
          // Remove the quoted terms: only the renderers' own syntax may be left.
          expect((fts5 ?? "").replace(/"[a-z0-9 ]+"/g, "")).toMatch(/^(?:[() ]|AND|OR|NOT)*$/);
          expect((tsquery ?? "").replace(/'[a-z0-9]+'/g, "")).toMatch(/^(?:[()&|! ]|<->)*$/);
        }),
        { numRuns: 200 },
      );
    },
    PROPERTY_TIMEOUT,
  );
});
