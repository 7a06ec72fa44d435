import { describe, expect, it } from "vitest";
import { describeDeletion } from "./deletion-summary";

describe("describeDeletion", () => {
  it("says how many claims, verdicts and evidence items go with a source", () => {
    expect(describeDeletion("source", { claims: 12, verdicts: 5, independentVerdicts: 0, evidenceItems: 7 })).toBe(
      "Deleting this source also deletes 12 claims, 5 verdicts and 7 evidence items.",
    );
    expect(describeDeletion("source", { claims: 1, verdicts: 1, independentVerdicts: 0, evidenceItems: 1 })).toBe(
      "Deleting this source also deletes 1 claim, 1 verdict and 1 evidence item.",
    );
  });

  it("names sources for an investigation, and independent verdicts when there are any", () => {
    expect(describeDeletion("investigation", { sources: 3, claims: 1200, verdicts: 0, independentVerdicts: 2, evidenceItems: 0 })).toBe(
      "Deleting this investigation also deletes 3 sources, 1,200 claims, 0 verdicts, 2 independent verdicts and 0 evidence items.",
    );
  });

  it("says plainly when nothing goes with it", () => {
    expect(describeDeletion("source", { claims: 0, verdicts: 0, independentVerdicts: 0, evidenceItems: 0 })).toBe("Deleting this source deletes no claims.");
  });

  it("is written in the reader's language, with the language's numbers and list", () => {
    expect(describeDeletion("investigation", { sources: 3, claims: 1200, verdicts: 1, independentVerdicts: 0, evidenceItems: 12000 }, "es")).toBe(
      "Eliminar esta investigación elimina también 3 fuentes, 1200 afirmaciones, 1 veredicto y 12.000 evidencias.",
    );
    expect(describeDeletion("source", { claims: 0, verdicts: 0, independentVerdicts: 0, evidenceItems: 0 }, "es")).toBe(
      "Eliminar esta fuente no elimina ninguna afirmación.",
    );
  });
});
