import { describe, expect, it } from "vitest";
import { anchorPartialSelector } from "./anchor-partial-selector";

const text = "Officials counted over 200 deportees. A later count said 238 Venezuelans. Lawyers said over 200 deportees had no record.";

describe("anchorPartialSelector (selectors from integrations)", () => {
  it("takes a quote that occurs once, with no context at all", () => {
    expect(anchorPartialSelector(text, { exact: "238 Venezuelans" })).toEqual({ status: "moved", start: 57, end: 72, score: 1 });
  });

  it("accepts a position whose text is the quote", () => {
    expect(anchorPartialSelector(text, { exact: "238 Venezuelans", start: 57, end: 72 })).toEqual({ status: "exact", start: 57, end: 72, score: 1 });
  });

  it("uses whichever context is given to choose between repeated quotes", () => {
    const second = text.lastIndexOf("over 200 deportees");
    expect(anchorPartialSelector(text, { exact: "over 200 deportees", prefix: "Lawyers said " })).toMatchObject({ start: second });
    expect(anchorPartialSelector(text, { exact: "over 200 deportees", suffix: ". A later" })).toMatchObject({ start: 18 });
  });

  it("refuses to guess between repeated quotes when nothing tells them apart", () => {
    expect(anchorPartialSelector(text, { exact: "over 200 deportees" })).toMatchObject({ status: "orphan", reason: "ambiguous" });
  });

  it("refuses a quote whose given context is somewhere else", () => {
    expect(anchorPartialSelector(text, { exact: "238 Venezuelans", prefix: "Lawyers said " })).toMatchObject({ status: "orphan" });
    expect(anchorPartialSelector(text, { exact: "261 people" })).toMatchObject({ status: "orphan", reason: "quote-not-found" });
    expect(anchorPartialSelector(text, { exact: "" })).toMatchObject({ status: "orphan", reason: "invalid-selector" });
  });
});
