import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ContextMatcher, contextIsIntact, prefixSimilarity, suffixSimilarity } from "./context-similarity";

/** Reference: min over text prefixes of the edit distance, pattern read outward from the edge. */
function referenceDistance(pattern: string, outwardText: string): number {
  const rows = pattern.length + 1;
  const cols = outwardText.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = pattern[i - 1] === outwardText[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j - 1]! + cost, d[i - 1]![j]! + 1, d[i]![j - 1]! + 1);
    }
  }
  return Math.min(...d[rows - 1]!);
}

const letters = fc.string({ unit: fc.constantFrom("a", "b", "c", " ", "é", "😀"), minLength: 1, maxLength: 40 });

describe("context similarity", () => {
  it("is 1 for an intact context and drops with each edit", () => {
    const text = "the flight carried roughly 250 Venezuelans to the capital";
    const start = text.indexOf("250");
    expect(prefixSimilarity(text, start, "carried roughly ")).toBe(1);
    expect(prefixSimilarity(text, start, "carried roughy ")).toBeCloseTo(1 - 1 / 15);
    expect(suffixSimilarity(text, start + 3, " Venezuelans to")).toBe(1);
    expect(suffixSimilarity(text, start + 3, " Venezolanos to")).toBeCloseTo(1 - 3 / 15);
  });

  it("charges an insertion inside the context only its own size", () => {
    const stored = "the plane carried roughly ";
    const text = "and the plane carried only roughly 250 Venezuelans";
    const start = text.indexOf("250");
    expect(prefixSimilarity(text, start, stored)).toBeCloseTo(1 - 5 / stored.length);
  });

  it("treats an empty context as the document boundary", () => {
    expect(prefixSimilarity("250 Venezuelans", 0, "")).toBe(1);
    expect(prefixSimilarity("about 250 Venezuelans", 6, "")).toBe(0);
    expect(suffixSimilarity("about 250", 9, "")).toBe(1);
    expect(suffixSimilarity("about 250 people", 9, "")).toBe(0);
  });

  it("treats a different figure in the context as a contradiction", () => {
    const stored = "flown by 2,155 guards on board. ";
    const text = "and flown by 2,096 guards on board. The minister said";
    expect(prefixSimilarity(text, text.indexOf("The"), stored)).toBe(0);
    const same = "and flown by 2,155 guards on board. The minister said";
    expect(prefixSimilarity(same, same.indexOf("The"), stored)).toBe(1);
  });

  it("checks the visible digits of a figure cut by the context edge", () => {
    const matcher = new ContextMatcher("2 recorded a year earlier.\n\nThe ", "prefix");
    const good = "the 602 recorded a year earlier.\n\nThe ministry";
    const bad = "the 608 recorded a year earlier.\n\nThe ministry";
    expect(matcher.similarity(good, good.indexOf("ministry"))).toBe(1);
    expect(matcher.similarity(bad, bad.indexOf("ministry"))).toBe(0);
  });

  it("treats a missing paragraph break as a contradiction", () => {
    const matcher = new ContextMatcher(".\n\nLawyers for the deportees arg", "suffix");
    const text = "landed shortly after noon. Lawyers for the deportees argued that most of them had lived there for years.";
    expect(matcher.similarity(text, text.indexOf("."))).toBe(0);
    // The end of the document is a paragraph boundary too.
    const atEnd = "landed shortly after noon. Lawyers for the deportees arg";
    expect(matcher.similarity(atEnd, atEnd.indexOf("."))).toBeGreaterThan(0.9);
  });

  it("counts a short, boundary-marking context only pro rata away from the boundary", () => {
    const matcher = new ContextMatcher(".", "suffix", 32);
    const atEnd = "defended the programme as lawful.";
    const inside = "defended the programme as lawful. The minister said";
    expect(matcher.similarity(atEnd, atEnd.length - 1)).toBe(1);
    expect(matcher.similarity(inside, inside.indexOf("."))).toBeCloseTo(1 / 32);
  });

  it("agrees with a plain dynamic programme (property)", () => {
    fc.assert(
      fc.property(letters, letters, letters, (context, near, far) => {
        const prefixMatcher = new ContextMatcher(context, "prefix");
        const suffixMatcher = new ContextMatcher(context, "suffix");
        const text = far + near + "|" + near + far;
        const edge = far.length + near.length;
        const width = context.length + Math.ceil(context.length / 4) + 1;
        const before = [...text.slice(Math.max(0, edge - width), edge)].join("");
        const outwardBefore = before.split("").reverse().join("");
        const outwardContext = context.split("").reverse().join("");
        const expectedPrefix = 1 - Math.min(referenceDistance(outwardContext, outwardBefore), context.length) / context.length;
        const after = text.slice(edge + 1, edge + 1 + width);
        const expectedSuffix = 1 - Math.min(referenceDistance(context, after), context.length) / context.length;
        return (
          Math.abs(prefixMatcher.similarity(text, edge) - expectedPrefix) < 1e-9 && Math.abs(suffixMatcher.similarity(text, edge + 1) - expectedSuffix) < 1e-9
        );
      }),
      { numRuns: 400 },
    );
  });

  it("contextIsIntact checks both sides verbatim", () => {
    const text = "aa 250 bb";
    expect(contextIsIntact(text, 3, 6, "aa ", " bb")).toBe(true);
    expect(contextIsIntact(text, 3, 6, "xa ", " bb")).toBe(false);
    expect(contextIsIntact("250", 0, 3, "", "")).toBe(true);
  });
});
