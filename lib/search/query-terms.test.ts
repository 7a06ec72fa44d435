import { describe, expect, it } from "vitest";
import { accentedSpellingsOf } from "./spanish-accents";
import { MAX_ALTERNATIVES, queryAlternativesOf } from "./query-terms";
import { termOfWord } from "./terms";

describe("queryAlternativesOf", () => {
  it("holds the word's term in a Spanish, an English and an unstemmed text, so it finds the word in any of them", () => {
    const alternatives = queryAlternativesOf("deportados");
    expect(alternatives).toContain(termOfWord("deportados", "es"));
    expect(alternatives).toContain(termOfWord("deportados", "en"));
    expect(alternatives).toContain(termOfWord("deportados", null));
    expect(alternatives).toEqual(["deport", "deportado", "deportados"]);
  });

  it("finds an accented Spanish word typed without its accent (deportacion → deportación, comio → comió)", () => {
    expect(queryAlternativesOf("deportacion")).toContain(termOfWord("deportación", "es"));
    expect(queryAlternativesOf("comio")).toContain(termOfWord("comió", "es"));
    expect(queryAlternativesOf("tendria")).toContain(termOfWord("tendría", "es"));
    expect(queryAlternativesOf("carcel")).toContain(termOfWord("cárcel", "es"));
  });

  it("finds an unaccented word of a text typed with accents in the query", () => {
    expect(queryAlternativesOf("deportación")).toContain(termOfWord("deportacion", "es"));
  });

  it("gives one alternative when every reading agrees, and never more than the limit", () => {
    expect(queryAlternativesOf("carcel")).toEqual(["carcel"]);
    expect(queryAlternativesOf("40000")).toEqual(["40000"]);
    for (const word of ["comeríamos", "habláramos", "tecnologías", "internacionalización"]) {
      expect(queryAlternativesOf(word).length).toBeLessThanOrEqual(MAX_ALTERNATIVES);
    }
  });
});

describe("accentedSpellingsOf", () => {
  it("puts back the accent of Snowball's accented Spanish suffixes, and leaves short words alone", () => {
    expect(accentedSpellingsOf("deportacion")).toEqual(["deportación"]);
    expect(accentedSpellingsOf("tendria")).toEqual(["tendría"]);
    expect(accentedSpellingsOf("hablaria")).toEqual(["hablaría"]);
    expect(accentedSpellingsOf("ia")).toEqual([]);
    expect(accentedSpellingsOf("carcel")).toEqual([]);
  });
});
