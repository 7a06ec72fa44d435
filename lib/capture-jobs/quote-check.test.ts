import { describe, expect, it } from "vitest";
import { checkQuoteInCapture } from "./quote-check";

describe("an evidence quote checked against a capture's text", () => {
  const text = "The ministry said on Monday that 238 people were on the flights.\nIt gave no names.";

  it("is found with its offsets, across re-wrapped whitespace", () => {
    const match = checkQuoteInCapture(text, "238 people   were\non the flights");
    expect(match).toEqual({ status: "found", start: text.indexOf("238"), end: text.indexOf(".\nIt") });
  });

  it("is found when a few letters differ, and not found when the words are not there", () => {
    expect(checkQuoteInCapture(text, "238 peeple were on the flight")?.status).toBe("found");
    expect(checkQuoteInCapture(text, "fewer than 100 deportees")).toEqual({ status: "not-found" });
  });

  it("is not checked without a quote", () => {
    expect(checkQuoteInCapture(text, null)).toBeNull();
    expect(checkQuoteInCapture(text, "   ")).toBeNull();
  });
});
