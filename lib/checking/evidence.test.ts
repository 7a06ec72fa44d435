import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "../validation/field-errors";
import { EvidenceInput, evidenceStanceLabels, evidenceStances, isEvidenceStance } from "./evidence";

const valid = { url: "https://example.org/filing.pdf", outlet: "", quote: "", stance: "refutes", accessedAt: "" };

function errorsOf(input: unknown) {
  const result = EvidenceInput.safeParse(input);
  return result.success ? {} : fieldErrorsOf(result.error);
}

describe("EvidenceInput", () => {
  it("accepts a link with a stance, dropping blank optional fields", () => {
    expect(EvidenceInput.parse(valid)).toEqual({ url: "https://example.org/filing.pdf", stance: "refutes" });
  });

  it("accepts the name of an outlet or document instead of a link, and keeps a trimmed quote and date", () => {
    expect(EvidenceInput.parse({ ...valid, url: " ", outlet: " Court filing, case 25-cv-766 ", quote: " 238 Venezuelans ", accessedAt: "2025-03-17" })).toEqual(
      {
        outlet: "Court filing, case 25-cv-766",
        quote: "238 Venezuelans",
        stance: "refutes",
        accessedAt: "2025-03-17",
      },
    );
  });

  it("asks for a link or an outlet when both are blank, beside the link field", () => {
    expect(errorsOf({ ...valid, url: "", outlet: "  " })).toEqual({ url: "Give a link or the name of the outlet or document." });
    expect(errorsOf({ stance: "supports" })).toEqual({ url: "Give a link or the name of the outlet or document." });
  });

  it("reports every problem at once: a missing stance and a missing link or outlet", () => {
    expect(errorsOf({})).toEqual({
      stance: "Choose whether it supports, refutes or adds context.",
      url: "Give a link or the name of the outlet or document.",
    });
  });

  it("explains a bad link instead of asking for one", () => {
    expect(errorsOf({ ...valid, url: "javascript:alert(1)" })).toEqual({ url: "Enter a full web address starting with http:// or https://." });
    expect(errorsOf({ ...valid, url: "ftp://example.org/a", outlet: "Reuters" })).toEqual({
      url: "Enter a full web address starting with http:// or https://.",
    });
  });

  it.each(["", "agrees", "Supports", undefined])("asks which way the evidence points when the stance is %j", (stance) => {
    expect(errorsOf({ ...valid, stance })).toEqual({ stance: "Choose whether it supports, refutes or adds context." });
  });

  it("accepts a quote of 5,000 characters and refuses a longer one", () => {
    expect(errorsOf({ ...valid, quote: "q".repeat(5000) })).toEqual({});
    expect(errorsOf({ ...valid, quote: "q".repeat(5001) })).toEqual({ quote: "The quote can be at most 5000 characters." });
  });

  it("explains the date format and refuses days that do not exist", () => {
    expect(errorsOf({ ...valid, accessedAt: "17/03/2025" }).accessedAt).toMatch(/YYYY-MM-DD/);
    expect(errorsOf({ ...valid, accessedAt: "2025-02-30" }).accessedAt).toMatch(/does not exist/);
  });

  it.each([null, "evidence", []])("refuses %j as a whole without crashing", (input) => {
    expect(Object.keys(errorsOf(input))).toEqual(["body"]);
  });
});

describe("evidence stances", () => {
  it("have labels for the form and the list", () => {
    expect(evidenceStances.map((stance) => evidenceStanceLabels[stance])).toEqual(["Supports", "Refutes", "Adds context"]);
    expect(isEvidenceStance("adds-context")).toBe(true);
    expect(isEvidenceStance("neutral")).toBe(false);
  });
});
