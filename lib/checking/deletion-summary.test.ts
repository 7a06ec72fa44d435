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
});

describe("describeDeletion in Spanish", () => {
  it("counts with Spanish plurals and joins the list the Spanish way", () => {
    expect(describeDeletion("source", { claims: 2, verdicts: 1, independentVerdicts: 0, evidenceItems: 1 }, "es")).toBe(
      "Al eliminar esta fuente también se eliminan 2 afirmaciones, 1 veredicto y 1 evidencia.",
    );
    expect(describeDeletion("investigation", { sources: 0, claims: 0, verdicts: 0, independentVerdicts: 0, evidenceItems: 0 }, "es")).toBe(
      "Al eliminar esta investigación no se elimina ninguna afirmación.",
    );
  });
});
