import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldWord } from "./fold";
import { indexTermsOf, safeTerm, stemmingLanguageOf, termOfWord } from "./terms";
import { PROPERTY_TIMEOUT } from "./test-arbitraries";
import { tokensOf } from "./tokenize";

describe("foldWord", () => {
  it("ignores case and accents, ñ included, as PostgreSQL's unaccent does", () => {
    expect(foldWord("Cárcel")).toBe("carcel");
    expect(foldWord("NIÑOS")).toBe("ninos");
    expect(foldWord("pingüino")).toBe("pinguino");
    expect(foldWord("Ça")).toBe("ca");
  });

  it("spells out the Latin letters that do not decompose, and compatibility forms", () => {
    expect(foldWord("Straße")).toBe("strasse");
    expect(foldWord("Øresund")).toBe("oresund");
    expect(foldWord("Łódź")).toBe("lodz");
    expect(foldWord("ﬁn")).toBe("fin");
    expect(foldWord("ＡＢＣ")).toBe("abc");
    expect(foldWord("İstanbul")).toBe("istanbul");
  });
});

describe("tokensOf", () => {
  it("splits on anything but letters, marks and digits, with UTF-16 offsets", () => {
    expect(tokensOf("COVID-19's toll, «Bukele»")).toEqual([
      { start: 0, end: 5, word: "covid" },
      { start: 6, end: 8, word: "19" },
      { start: 9, end: 10, word: "s" },
      { start: 11, end: 15, word: "toll" },
      { start: 18, end: 24, word: "bukele" },
    ]);
    expect(tokensOf("🙂 año")).toEqual([{ start: 3, end: 6, word: "año" }]);
  });

  it("reads a figure with thousands separators as one token, in either language's notation", () => {
    expect(tokensOf("40.000 y 40,000 y 1,234,567 y 40\u00a0000 y 2\u202f500").map((token) => token.word)).toEqual([
      "40000",
      "y",
      "40000",
      "y",
      "1234567",
      "y",
      "40000",
      "y",
      "2500",
    ]);
    expect(tokensOf("en 2020 100 personas").map((token) => token.word)).toEqual(["en", "2020", "100", "personas"]);
    expect(tokensOf("1.5 y 1234.567 y 40.00").map((token) => token.word)).toEqual(["1", "5", "y", "1234", "567", "y", "40", "00"]);
    expect(tokensOf("a40.000").map((token) => token.word)).toEqual(["a40", "000"]);
  });

  it("composes a decomposed accent, so the word is the same however it was encoded", () => {
    expect(tokensOf("Ca\u0301rcel")).toEqual([{ start: 0, end: 7, word: "cárcel" }]);
  });
});

describe("indexTermsOf", () => {
  it("makes the forms of a Spanish word one term, accents or not (deportados = deportado = deportada)", () => {
    expect(indexTermsOf("deportados deportado deportada deportadas deportación", "es")).toBe("deport deport deport deport deport");
    expect(indexTermsOf("cárcel carcel Cárceles", "es")).toBe("carcel carcel carcel");
    expect(indexTermsOf("reclusos recluso", "es")).toBe("reclus reclus");
  });

  it("makes the forms of an English word one term (inmates = inmate)", () => {
    expect(indexTermsOf("Inmates inmate", "en")).toBe("inmat inmat");
    expect(indexTermsOf("deported deporting deportations", "en")).toBe("deport deport deport");
  });

  it("folds the words of a text in another language or none, without stemming", () => {
    expect(indexTermsOf("Déportés à la frontière", "fr")).toBe("deportes a la frontiere");
    expect(indexTermsOf("Inmates", null)).toBe("inmates");
  });

  it("keeps one term per word, so phrases keep their positions", () => {
    const text = "Más de 40.000 reclusos, según COVID-19's data — Москва ½";
    expect(indexTermsOf(text, "es").split(" ")).toHaveLength(tokensOf(text).length);
  });

  it("reads the language's primary subtag, and stems only English and Spanish", () => {
    expect(stemmingLanguageOf("es-AR")).toBe("es");
    expect(stemmingLanguageOf("EN")).toBe("en");
    expect(stemmingLanguageOf("pt")).toBeNull();
    expect(stemmingLanguageOf(undefined)).toBeNull();
    expect(termOfWord("deportados", "es")).not.toBe(termOfWord("deportados", null));
  });

  it("is empty for a text without words", () => {
    expect(indexTermsOf("", "es")).toBe("");
    expect(indexTermsOf(" — ¿? ¡! ", "en")).toBe("");
  });

  it(
    "gives only terms of 1–64 characters in [a-z0-9], for any text",
    () => {
      fc.assert(
        fc.property(fc.string({ unit: "binary", maxLength: 200 }), fc.constantFrom("es", "en", "fr", null), (text, language) => {
          const terms = indexTermsOf(text, language);
          expect(terms).toMatch(/^(?:[a-z0-9]{1,64}(?: [a-z0-9]{1,64})*)?$/);
          expect(terms === "" ? 0 : terms.split(" ").length).toBe(tokensOf(text).length);
        }),
      );
    },
    PROPERTY_TIMEOUT,
  );
});

describe("safeTerm", () => {
  it("keeps [a-z0-9] and spells any other script distinctly", () => {
    expect(safeTerm("bukele")).toBe("bukele");
    expect(safeTerm("москва")).toMatch(/^zz[a-z0-9]+$/);
    expect(safeTerm("москва")).not.toBe(safeTerm("москви"));
    expect(safeTerm("x".repeat(100))).toHaveLength(64);
  });
});
