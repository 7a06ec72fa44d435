import { describe, expect, it } from "vitest";
import { describeImportSummary, type ImportSummary } from "./import-summary";

const empty: ImportSummary = {
  sources: { created: 0, matched: 0, missing: [] },
  claims: { exact: 0, moved: 0, fuzzy: 0, alreadyPresent: 0 },
  orphaned: [],
  facts: 0,
  evidence: 0,
  comments: 0,
  unknownVerdicts: [],
  skipped: [],
};

describe("describeImportSummary", () => {
  it("says what was created, with singulars right", () => {
    const lines = describeImportSummary({
      ...empty,
      sources: { created: 1, matched: 2, missing: [] },
      claims: { exact: 2, moved: 1, fuzzy: 0, alreadyPresent: 0 },
      evidence: 1,
      comments: 3,
      facts: 1,
    });
    expect(lines).toEqual([
      "Imported 3 claims (2 exact, 1 moved, 0 matched fuzzily) into 1 new source and 2 matched sources; 1 piece of evidence, 3 comments, 1 fact.",
    ]);
  });

  it("names what needs attention: orphans, missing sources, unknown verdicts, skipped items", () => {
    const lines = describeImportSummary({
      ...empty,
      claims: { exact: 0, moved: 0, fuzzy: 0, alreadyPresent: 2 },
      orphaned: [{ sourceKey: "https://a.example", exact: "A lawyer disputed it" }],
      sources: { created: 0, matched: 0, missing: [{ key: "https://b.example", annotations: 4 }] },
      unknownVerdicts: ["Pants on fire"],
      skipped: [{ reason: "Item 3 is a note on the whole page." }],
    });
    expect(lines.slice(1)).toEqual([
      "2 claims were already here and left as they are.",
      "1 annotation was not imported, as the words are not in the source's text: “A lawyer disputed it”.",
      "4 annotations on https://b.example not imported: that page is not a source here and the file does not include its text. Add it as a source first.",
      "Verdicts not on this investigation's scale were left unrated: Pants on fire.",
      "1 item was left out: Item 3 is a note on the whole page.",
    ]);
  });

  it("is written in the reader's language; addresses and quoted words stay as they came", () => {
    const lines = describeImportSummary(
      {
        ...empty,
        sources: { created: 1, matched: 0, missing: [{ key: "https://b.example", annotations: 1 }] },
        claims: { exact: 1, moved: 0, fuzzy: 0, alreadyPresent: 0 },
        orphaned: [{ sourceKey: "https://a.example", exact: "A lawyer disputed it" }],
      },
      "es",
    );
    expect(lines).toEqual([
      "Importadas 1 afirmación (1 exacta, 0 movidas, 0 localizadas de forma aproximada) en 1 fuente nueva y 0 fuentes existentes; 0 evidencias, 0 comentarios, 0 hechos.",
      "1 anotación no se importó porque sus palabras no están en el texto de la fuente: “A lawyer disputed it”.",
      "1 anotación sobre https://b.example sin importar: esa página no es una fuente de aquí y el archivo no incluye su texto. Primero hay que añadirla como fuente.",
    ]);
  });
});
