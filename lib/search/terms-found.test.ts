import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseSearchQuery } from "./parse-query";
import { clausesFoundIn, matchesSearchQuery, queryTermsFoundIn } from "./terms-found";
import { PROPERTY_TIMEOUT } from "./test-arbitraries";

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

describe("any word of a text, typed as a query", () => {
  const spanish =
    "Según el informe, más de 40.000 personas fueron deportadas el año pasado; la deportación llegó a la cárcel. Habían comido, comían y comerían; " +
    "tecnologías, elecciones, está, estás, aquí, también, después, árbol, pingüino, niñez, acción, información, país, países, último, él, sí. " +
    "Análisis fácil y difícil: había policía, sería mantendrá, vendrá, salió, murió, cayó, oyó, creían, leído, raíz, maíz, baúl, reúne, aún, sólo, " +
    "éxito, crédito, públicas, políticas económicas, ningún común, inglés, ingleses, francés, japonés, interés, través, jóvenes, exámenes, régimen, regímenes.";
  const english = "About 40,000 inmates were deported; the deportations, cities and happiness of the generously relational crowd's dying hopes.";
  const pick = (text: string) => fc.constantFrom(...text.split(/[^\p{L}\p{N}.,]+/u).filter((word) => /\p{L}/u.test(word)));
  const unaccented = (word: string) => word.normalize("NFD").replace(/\p{M}/gu, "");

  it(
    "finds the text (written with or without accents), typed as written, without accents or in capitals, in the text's language or any other",
    () => {
      fc.assert(
        fc.property(
          fc.oneof(
            pick(spanish).map((word) => [spanish, word] as const),
            pick(english).map((word) => [english, word] as const),
          ),
          fc.constantFrom("es", "en", "fr", null),
          fc.constantFrom(String, unaccented, (word: string) => word.toUpperCase()),
          fc.constantFrom(String, unaccented),
          ([text, word], language, spell, write) => {
            expect(matchesSearchQuery(write(text), parseSearchQuery(spell(word)), language)).toBe(true);
          },
        ),
        { numRuns: 300 },
      );
    },
    PROPERTY_TIMEOUT,
  );
});
