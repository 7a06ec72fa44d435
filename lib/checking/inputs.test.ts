import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "../validation/field-errors";
import { CommentInput, VerdictInput } from "./inputs";

function errorsOf(schema: typeof CommentInput | typeof VerdictInput, input: unknown) {
  const result = schema.safeParse(input);
  return result.success ? {} : fieldErrorsOf(result.error);
}

describe("CommentInput", () => {
  it("keeps a comment, trimmed", () => {
    expect(CommentInput.parse({ body: "  Check the **court filing**.\n" })).toEqual({ body: "Check the **court filing**." });
  });

  it("asks for some text when the comment is blank or missing", () => {
    expect(errorsOf(CommentInput, { body: " \n " })).toEqual({ body: "The comment is required." });
    expect(errorsOf(CommentInput, {})).toEqual({ body: "The comment is required." });
  });

  it("accepts 10,000 characters and refuses more, counting after trimming", () => {
    expect(errorsOf(CommentInput, { body: `  ${"a".repeat(10_000)}  ` })).toEqual({});
    expect(errorsOf(CommentInput, { body: "a".repeat(10_001) })).toEqual({ body: "The comment can be at most 10000 characters." });
  });
});

describe("VerdictInput", () => {
  it("keeps the chosen verdict and the rationale exactly as typed", () => {
    const rationale = "The ministry's list has **238** names.  \nSee the filing.\n";
    expect(VerdictInput.parse({ verdictKey: " mostly-false ", rationale })).toEqual({ verdictKey: "mostly-false", rationale });
  });

  it("allows an empty or missing rationale", () => {
    expect(VerdictInput.parse({ verdictKey: "true", rationale: "" })).toEqual({ verdictKey: "true", rationale: "" });
    expect(VerdictInput.parse({ verdictKey: "true" })).toEqual({ verdictKey: "true", rationale: "" });
  });

  it("asks for a verdict when none was chosen", () => {
    expect(errorsOf(VerdictInput, { verdictKey: "", rationale: "Why" })).toEqual({ verdictKey: "Choose a verdict." });
    expect(errorsOf(VerdictInput, { rationale: "Why" })).toEqual({ verdictKey: "Choose a verdict." });
  });

  it("refuses a rationale over 20,000 characters and says the limit", () => {
    expect(errorsOf(VerdictInput, { verdictKey: "false", rationale: "a".repeat(20_000) })).toEqual({});
    expect(errorsOf(VerdictInput, { verdictKey: "false", rationale: "a".repeat(20_001) })).toEqual({
      rationale: "The rationale can be at most 20,000 characters.",
    });
  });
});
