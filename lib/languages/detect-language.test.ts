import { describe, expect, it } from "vitest";
import { detectLanguage } from "./detect-language";
import { isLanguageCode, iso6391Codes, commonLanguages } from "./iso-639-1";
import { languageName } from "./language-name";
import { languageLabel, languageOptions } from "./language-options";

describe("detectLanguage", () => {
  it.each([
    "El gobierno anunció el martes que más de 200 deportados llegaron al aeropuerto de la capital en dos vuelos nocturnos.",
    "Según la fiscalía, unos 250 venezolanos fueron trasladados a una cárcel de máxima seguridad.",
    "Cerca de 3.000 personas marcharon por el centro de la ciudad para exigir agua potable.",
  ])("reads a Spanish news paragraph as Spanish: %s", (text) => {
    expect(detectLanguage(text, "en")).toBe("es");
  });

  it.each([
    "The government said on Tuesday that more than 200 deportees arrived at the capital's airport on two overnight flights.",
    "According to prosecutors, roughly 250 Venezuelans were moved to a maximum-security prison.",
    "About 3,000 people marched through the city centre demanding clean water.",
  ])("reads an English news paragraph as English: %s", (text) => {
    expect(detectLanguage(text, "es")).toBe("en");
  });

  it("reads short phrases in either language", () => {
    expect(detectLanguage("Más de 200 deportados", "en")).toBe("es");
    expect(detectLanguage("El ministro lo negó.", "en")).toBe("es");
    expect(detectLanguage("over 200 deportees", "es")).toBe("en");
    expect(detectLanguage("The minister denied it.", "es")).toBe("en");
  });

  it("reads other languages too", () => {
    expect(detectLanguage("O governo anunciou na terça-feira que mais de 200 deportados chegaram ao aeroporto em dois voos noturnos.", "en")).toBe("pt");
    expect(detectLanguage("Le gouvernement a annoncé mardi que plus de 200 expulsés sont arrivés à l'aéroport de la capitale.", "en")).toBe("fr");
  });

  it("falls back when there is nothing to read or the guess is unreliable", () => {
    expect(detectLanguage("", "es")).toBe("es");
    expect(detectLanguage("   \n ", "en")).toBe("en");
    expect(detectLanguage("238 · 261 — 2025", "es")).toBe("es");
    expect(detectLanguage("Sí", "en")).toBe("en"); // eld guesses Yoruba, unreliably
    expect(detectLanguage("roughly 250 Venezuelans", "es")).toBe("es"); // likewise
  });

  it("reads only the beginning of a very long text", () => {
    const spanish = "Los reclusos fueron recibidos por agentes armados a su llegada al penal. ".repeat(60);
    const english = "The inmates were met by armed officers when they arrived at the prison. ".repeat(2000);
    expect(detectLanguage(spanish + english, "en")).toBe("es");
  });
});

describe("language codes", () => {
  it("accepts lower-case ISO 639-1 codes only", () => {
    expect(iso6391Codes).toHaveLength(183);
    for (const code of ["es", "en", "pt", "zu"]) expect(isLanguageCode(code)).toBe(true);
    for (const value of ["ES", "spa", "es-ES", "", "xx", null, 3]) expect(isLanguageCode(value)).toBe(false);
    expect(commonLanguages.slice(0, 2)).toEqual(["es", "en"]);
    for (const code of commonLanguages) expect(isLanguageCode(code)).toBe(true);
  });

  it("names a language in the reader's language", () => {
    expect(languageName("es", "en")).toBe("Spanish");
    expect(languageName("es", "es")).toBe("español");
    expect(languageName("en", "es")).toBe("inglés");
    expect(languageName("not a tag!", "en")).toBe("not a tag!");
  });
});

describe("languageOptions", () => {
  it("offers Spanish and English first, then every other code by name, in the reader's language", () => {
    const english = languageOptions("en");
    expect(english.common.slice(0, 2)).toEqual([
      { value: "es", label: "Spanish (es)" },
      { value: "en", label: "English (en)" },
    ]);
    expect(languageOptions("es").common[0]).toEqual({ value: "es", label: "Español (es)" });
    expect(english.common.length + english.other.length).toBe(183);
    expect(new Set([...english.common, ...english.other].map((option) => option.value)).size).toBe(183);
    const labels = english.other.map((option) => option.label);
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b, "en")));
    expect(languageLabel("yo", "es")).toBe("Yoruba (yo)");
  });
});
