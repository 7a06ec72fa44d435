import { describe, expect, it } from "vitest";
import { findQuote } from "./find-quote";

const text = "The government said 238 Venezuelans were on the flights.\nA judge had ordered the planes to turn around.";

describe("findQuote", () => {
  it("finds an exact quote, even when pasted with different line wrapping", () => {
    expect(findQuote(text, "238 Venezuelans were on the flights")).toEqual({ status: "exact", start: 20, end: 55, score: 1 });
    expect(findQuote(text, "  238 Venezuelans\n were on the flights ")).toMatchObject({ status: "exact", start: 20 });
  });

  it("finds a quote with small differences and scores it below 1", () => {
    const match = findQuote(text, "A judge had ordered the plane to turn around");
    expect(match).toMatchObject({ status: "fuzzy" });
    expect(match!.score).toBeGreaterThan(0.9);
    expect(match!.score).toBeLessThan(1);
  });

  it("reports a quote that is not in the text", () => {
    expect(findQuote(text, "more than 250 alleged gang members")).toBeNull();
    expect(findQuote(text, "261")).toBeNull();
    expect(findQuote(text, "   ")).toBeNull();
  });
});
