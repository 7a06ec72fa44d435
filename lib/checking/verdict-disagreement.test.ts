import { describe, expect, it } from "vitest";
import { defaultRatingScale } from "./rating-scale";
import { approvalNoteRequired, describeVerdictDisagreement } from "./verdict-disagreement";

const verdicts = [
  { reviewerName: "Ana", verdictKey: "mostly-false" },
  { reviewerName: "Marta", verdictKey: "mixed" },
  { reviewerName: "Luis", verdictKey: "false" },
];

describe("independent verdicts that differ from the verdict being approved", () => {
  it("counts and names them with their labels, in order", () => {
    expect(describeVerdictDisagreement("mixed", verdicts, defaultRatingScale)).toEqual({
      differing: 2,
      total: 3,
      sentence: "2 of 3 reviewers' independent verdicts differ: Mostly false (Ana), False (Luis)",
    });
  });

  it("is null when every independent verdict agrees, or there are none", () => {
    expect(describeVerdictDisagreement("false", [{ reviewerName: "Luis", verdictKey: "false" }], defaultRatingScale)).toBeNull();
    expect(describeVerdictDisagreement("false", [], defaultRatingScale)).toBeNull();
  });

  it("reads naturally for a single reviewer, a missing verdict and a key off the scale", () => {
    expect(describeVerdictDisagreement("false", [{ reviewerName: "Ana", verdictKey: "true" }], defaultRatingScale)?.sentence).toBe(
      "The reviewer's independent verdict differs: True (Ana)",
    );
    expect(describeVerdictDisagreement(null, verdicts, defaultRatingScale)?.differing).toBe(3);
    expect(describeVerdictDisagreement("false", [{ reviewerName: "Ana", verdictKey: "pants" }], defaultRatingScale)?.sentence).toBe(
      "The reviewer's independent verdict differs: pants (Ana)",
    );
  });

  it("asks for a note in one message", () => {
    const disagreement = describeVerdictDisagreement("mixed", verdicts, defaultRatingScale)!;
    expect(approvalNoteRequired(disagreement)).toBe(
      "2 of 3 reviewers' independent verdicts differ: Mostly false (Ana), False (Luis). Add a short note saying why you approve this verdict.",
    );
  });
});

describe("the disagreement in Spanish", () => {
  it("says how many differ in the editor's language, keeping the scale's labels and the names", () => {
    expect(describeVerdictDisagreement("mixed", verdicts, defaultRatingScale, "es")?.sentence).toBe(
      "2 de 3 veredictos independientes de revisores son distintos: Mostly false (Ana), False (Luis)",
    );
  });
});
