import { describe, expect, it } from "vitest";
import { stemEnglish, stemSpanish } from "./stem";

/** Outputs of Snowball's reference stemmers, the ones PostgreSQL's english_stem and spanish_stem give too. */
describe("Snowball stemmers", () => {
  it("stem English with Porter2", () => {
    expect(["inmates", "inmate", "deported", "deportations", "cities", "says", "news", "generously"].map(stemEnglish)).toEqual([
      "inmat",
      "inmat",
      "deport",
      "deport",
      "citi",
      "say",
      "news",
      "generous",
    ]);
  });

  it("stem Spanish, reading and then dropping the vowels' accents", () => {
    expect(["deportados", "deportada", "deportación", "cárcel", "cárceles", "aumentó", "niños", "elecciones"].map(stemSpanish)).toEqual([
      "deport",
      "deport",
      "deport",
      "carcel",
      "carcel",
      "aument",
      "niñ",
      "eleccion",
    ]);
  });

  it("leave words with digits alone", () => {
    expect(stemEnglish("covid19s")).toBe("covid19s");
    expect(stemSpanish("1990s")).toBe("1990s");
  });
});
