import { describe, expect, it } from "vitest";
import { evaluateMatcher, labelledPairs } from "./evaluate";
import { labelledClaims } from "./labelled-set";

describe("the labelled set of checked before", () => {
  it("has at least 60 pairs, a third of them across Spanish and English, with every kind of near miss", () => {
    const pairs = labelledPairs(labelledClaims);
    expect(pairs.length).toBeGreaterThanOrEqual(60);
    expect(pairs.filter((pair) => pair.a.language !== pair.b.language).length * 3).toBeGreaterThanOrEqual(pairs.length);
    expect(new Set(labelledClaims.map((claim) => claim.hardNegativeOf?.kind).filter(Boolean))).toEqual(
      new Set(["other-figure", "other-thing", "other-event", "conflicting"]),
    );
    expect(new Set(labelledClaims.map((claim) => claim.id)).size).toBe(labelledClaims.length);
  });

  it("meets the targets: precision of the first 3 matches at least 0.8, recall of the first 5 at least 0.9", () => {
    const evaluation = evaluateMatcher(labelledClaims);
    expect(evaluation.precisionAt3).toBeGreaterThanOrEqual(0.8);
    expect(evaluation.recallAt5).toBeGreaterThanOrEqual(0.9);
  });
});
