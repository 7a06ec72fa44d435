import { describe, expect, it } from "vitest";
import { claimStateOf, highlightLayersOf } from "./highlight-layers";

describe("highlightLayersOf", () => {
  it("colours claims by verdict, marks overlaps, hides suggestions already claimed, and always lists every layer", () => {
    const layers = highlightLayersOf({
      claims: [
        { start: 0, end: 10, state: claimStateOf(null) },
        { start: 5, end: 15, state: claimStateOf(1) },
      ],
      suggestions: [
        { start: 0, end: 10 },
        { start: 20, end: 25 },
      ],
      active: { start: 5, end: 15 },
    });
    expect(layers).toEqual({
      "claim-suggestion": [[20, 25]],
      "claim-unchecked": [[0, 10]],
      "claim-verdict-true": [],
      "claim-verdict-mixed": [],
      "claim-verdict-false": [[5, 15]],
      "claim-overlap": [[5, 10]],
      "claim-active": [[5, 15]],
    });
  });

  it("maps ClaimReview ratings to colours", () => {
    expect([5, 4, 3, 2, 1].map(claimStateOf)).toEqual([
      "claim-verdict-true",
      "claim-verdict-true",
      "claim-verdict-mixed",
      "claim-verdict-false",
      "claim-verdict-false",
    ]);
  });
});
