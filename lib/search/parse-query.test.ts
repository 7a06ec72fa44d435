import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_PHRASE_SPELLINGS, MAX_QUERY_LENGTH, MAX_QUERY_WORDS, parseSearchQuery, type ParsedSearchQuery } from "./parse-query";
import { queryAlternativesOf } from "./query-terms";
import { indexTermsOf } from "./terms";
import { PROPERTY_TIMEOUT, queryLike } from "./test-arbitraries";

/** The clauses as typed: what the search box will echo back. */
const shape = (parsed: ParsedSearchQuery) => ({
  include: parsed.include.map((clause) => clause.words.map((word) => word.text)),
  exclude: parsed.exclude.map((clause) => clause.words.map((word) => word.text)),
});

describe("parseSearchQuery", () => {
  it("reads words, quoted phrases and exclusions", () => {
    const parsed = parseSearchQuery('deportados "la cárcel de Tecoluca" -niños -"año pasado"');
    expect(shape(parsed)).toEqual({ include: [["deportados"], ["la", "cárcel", "de", "Tecoluca"]], exclude: [["niños"], ["año", "pasado"]] });
    expect(parsed.include[1]!.text).toBe("la cárcel de Tecoluca");
    expect(parsed).toMatchObject({ isSearchable: true, emptyReason: null, truncated: false });
  });

  it("gives each word the terms of its forms in both languages, accents ignored", () => {
    const [word] = parseSearchQuery("Deportados").include[0]!.words;
    expect(word!.alternatives).toEqual(queryAlternativesOf("deportados"));
    expect(word!.alternatives).toContain(indexTermsOf("deportado", "es"));
    expect(word!.alternatives).toContain(indexTermsOf("deportados", "en"));
    expect(parseSearchQuery("carcel").include[0]!.words[0]!.alternatives).toContain(indexTermsOf("cárcel", "es"));
    expect(parseSearchQuery("inmates").include[0]!.words[0]!.alternatives).toContain(indexTermsOf("inmate", "en"));
  });

  it("reads a run of several tokens as a phrase (covid-19, e-mail), and a figure as one token", () => {
    expect(shape(parseSearchQuery("covid-19 40.000"))).toEqual({ include: [["covid", "19"], ["40.000"]], exclude: [] });
    expect(parseSearchQuery("40\u00a0000").include[0]!.words[0]!.alternatives).toEqual(["40000"]);
    expect(shape(parseSearchQuery("Sr.\u00a0Bukele"))).toEqual({ include: [["Sr", "Bukele"]], exclude: [] });
  });

  it("accepts typographic quotes, and runs an unclosed quote to the end", () => {
    expect(shape(parseSearchQuery("«los deportados» “en la” cárcel"))).toEqual({ include: [["los", "deportados"], ["en", "la"], ["cárcel"]], exclude: [] });
    expect(shape(parseSearchQuery('presos "en la cárcel'))).toEqual({ include: [["presos"], ["en", "la", "cárcel"]], exclude: [] });
  });

  it("reads a hyphen inside a run as a separator, and alone as nothing", () => {
    expect(shape(parseSearchQuery("ex-presidente - Bukele"))).toEqual({ include: [["ex", "presidente"], ["Bukele"]], exclude: [] });
  });

  it("treats FTS5 and tsquery operators as words or separators, never as syntax", () => {
    expect(shape(parseSearchQuery("a NEAR(b c) OR d AND NOT e* ^f col:g (h|i) j&k !l <-> 'm' \\n"))).toEqual({
      include: [["a"], ["NEAR", "b"], ["c"], ["OR"], ["d"], ["AND"], ["NOT"], ["e"], ["f"], ["col", "g"], ["h", "i"], ["j", "k"], ["l"], ["m"], ["n"]],
      exclude: [],
    });
    expect(shape(parseSearchQuery("x'; DROP TABLE claims; --"))).toEqual({ include: [["x"], ["DROP"], ["TABLE"], ["claims"]], exclude: [] });
  });

  it("says there is nothing to search for empty, blank or punctuation-only input", () => {
    for (const q of ["", "   ", '""', "-", "--", "¿?!*^:()", "\u0000\u0000", "🙂🙂", '-""']) {
      expect(parseSearchQuery(q), JSON.stringify(q)).toMatchObject({ include: [], exclude: [], isSearchable: false, emptyReason: "no-words" });
    }
    expect(parseSearchQuery(undefined)).toMatchObject({ isSearchable: false, emptyReason: "no-words" });
    expect(parseSearchQuery(42)).toMatchObject({ isSearchable: false, emptyReason: "no-words" });
  });

  it("says so when the query only excludes", () => {
    const parsed = parseSearchQuery('-niños -"año pasado"');
    expect(parsed).toMatchObject({ isSearchable: false, emptyReason: "only-exclusions" });
    expect(parsed.exclude).toHaveLength(2);
  });

  it("reads a control character (NUL included) as a space", () => {
    expect(shape(parseSearchQuery("cárcel\u0000deportados\u0007-niños"))).toEqual({ include: [["cárcel"], ["deportados"]], exclude: [["niños"]] });
  });

  it(`keeps at most ${MAX_QUERY_WORDS} words and reads at most ${MAX_QUERY_LENGTH} characters, and says so`, () => {
    const many = parseSearchQuery(Array.from({ length: 40 }, (_, i) => `w${i}`).join(" "));
    expect(many.include).toHaveLength(MAX_QUERY_WORDS);
    expect(many.truncated).toBe(true);
    const long = parseSearchQuery("a".repeat(10_000));
    expect(long.include[0]!.words[0]!.text).toHaveLength(MAX_QUERY_LENGTH);
    expect(long.truncated).toBe(true);
    const phrase = parseSearchQuery(`"${Array.from({ length: 40 }, (_, i) => `p${i}`).join(" ")}"`);
    expect(phrase.include[0]!.words).toHaveLength(MAX_QUERY_WORDS);
    expect(parseSearchQuery("a b").truncated).toBe(false);
  });

  it("does not split a surrogate pair when cutting", () => {
    const parsed = parseSearchQuery("a".repeat(MAX_QUERY_LENGTH - 1) + "😀 b");
    expect(parsed.include).toHaveLength(1);
    expect(parsed.truncated).toBe(true);
  });

  it(`trims a phrase's alternatives to at most ${MAX_PHRASE_SPELLINGS} spellings`, () => {
    const parsed = parseSearchQuery('"deportados venezolanos reclusos homicidios presidentes"');
    const spellings = parsed.include[0]!.words.reduce((product, word) => product * word.alternatives.length, 1);
    expect(spellings).toBeGreaterThan(1);
    expect(spellings).toBeLessThanOrEqual(MAX_PHRASE_SPELLINGS);
    expect(parsed.include[0]!.words.every((word) => word.alternatives.length >= 1)).toBe(true);
  });

  it(
    "never throws, and gives only safe terms, within the limits, for any input",
    () => {
      fc.assert(
        fc.property(fc.oneof(fc.string({ unit: "binary", maxLength: 300 }), queryLike), (q) => {
          const parsed = parseSearchQuery(q);
          const clauses = [...parsed.include, ...parsed.exclude];
          const words = clauses.flatMap((clause) => clause.words);
          expect(words.length).toBeLessThanOrEqual(MAX_QUERY_WORDS);
          expect(words.every((word) => word.alternatives.length > 0 && word.alternatives.every((term) => /^[a-z0-9]{1,64}$/.test(term)))).toBe(true);
          expect(clauses.every((clause) => clause.words.reduce((product, word) => product * word.alternatives.length, 1) <= MAX_PHRASE_SPELLINGS)).toBe(true);
          expect(parsed.isSearchable).toBe(parsed.include.length > 0);
        }),
        { numRuns: 200 },
      );
    },
    PROPERTY_TIMEOUT,
  );
});
