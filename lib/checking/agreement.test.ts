import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { kappaReading, measureAgreement } from "./agreement";

/** Expands a row of category counts into one rating per rater: [0, 2, 1] → ["c1", "c1", "c2"]. */
function ratingsFromCounts(counts: readonly number[]): string[] {
  return counts.flatMap((count, category) => Array.from({ length: count }, () => `c${category + 1}`));
}

/**
 * The worked example of the Wikipedia article "Fleiss' kappa": 10 subjects, 14 raters,
 * 5 categories. The article gives P̄ = 0.378, P_e = 0.213 and κ = 0.210.
 */
const wikipediaTable = [
  [0, 0, 0, 0, 14],
  [0, 2, 6, 4, 2],
  [0, 0, 3, 5, 6],
  [0, 3, 9, 2, 0],
  [2, 2, 8, 1, 1],
  [7, 7, 0, 0, 0],
  [3, 2, 6, 3, 0],
  [2, 5, 3, 2, 2],
  [6, 5, 2, 1, 0],
  [0, 2, 2, 3, 7],
];

describe("measureAgreement", () => {
  it("reproduces the published Fleiss' kappa example (κ ≈ 0.210)", () => {
    const summary = measureAgreement(wikipediaTable.map(ratingsFromCounts));
    expect(summary.claimsCompared).toBe(10);
    expect(summary.raters).toBe(14);
    expect(summary.percentAgreement).toBeCloseTo(0.378, 3);
    expect(summary.fleissKappa).toBeCloseTo(0.21, 3);
    // Every subject but the first split its raters.
    expect(summary.disagreements).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it("handles claims with different numbers of raters, pooling all ratings for chance agreement", () => {
    // P_i = 1/3, 0, 1 → P̄ = 4/9; p(a) = 3/9, p(b) = 6/9 → P_e = 5/9; κ = (4/9 − 5/9) / (4/9) = −1/4.
    const summary = measureAgreement([
      ["a", "a", "b"],
      ["a", "b"],
      ["b", "b", "b", "b"],
    ]);
    expect(summary).toMatchObject({ claimsCompared: 3, raters: 4, disagreements: [0, 1] });
    expect(summary.percentAgreement).toBeCloseTo(4 / 9, 12);
    expect(summary.fleissKappa).toBeCloseTo(-1 / 4, 12);
  });

  it("leaves out claims rated once or not at all, but keeps indices into the input", () => {
    const summary = measureAgreement([["a", "a", "b"], ["b"], ["a", "b"], [], ["b", "b", "b", "b"]]);
    expect(summary).toMatchObject({ claimsCompared: 3, raters: 4, disagreements: [0, 2] });
    expect(summary.fleissKappa).toBeCloseTo(-1 / 4, 12);
  });

  it("gives κ = 1 when two reviewers agree on every claim and use more than one verdict", () => {
    expect(
      measureAgreement([
        ["true", "true"],
        ["false", "false"],
        ["mixed", "mixed"],
      ]),
    ).toEqual({
      claimsCompared: 3,
      raters: 2,
      percentAgreement: 1,
      fleissKappa: 1,
      disagreements: [],
    });
  });

  it("gives κ = −1 when two reviewers always disagree, evenly, over two verdicts", () => {
    const summary = measureAgreement([
      ["true", "false"],
      ["false", "true"],
    ]);
    expect(summary.percentAgreement).toBe(0);
    expect(summary.fleissKappa).toBeCloseTo(-1, 12);
    expect(summary.disagreements).toEqual([0, 1]);
  });

  it("has no kappa when every rating is the same verdict (chance agreement is 1)", () => {
    expect(
      measureAgreement([
        ["false", "false"],
        ["false", "false", "false"],
      ]),
    ).toEqual({
      claimsCompared: 2,
      raters: 3,
      percentAgreement: 1,
      fleissKappa: null,
      disagreements: [],
    });
  });

  it("has no kappa with a single compared claim, but still reports its agreement", () => {
    const summary = measureAgreement([["true", "true", "false", "false"], ["mixed"]]);
    expect(summary).toMatchObject({ claimsCompared: 1, raters: 4, fleissKappa: null, disagreements: [0] });
    expect(summary.percentAgreement).toBeCloseTo(1 / 3, 12);
  });

  it("reports nothing to compare for no claims, or claims rated once", () => {
    const nothing = { claimsCompared: 0, raters: 0, percentAgreement: null, fleissKappa: null, disagreements: [] };
    expect(measureAgreement([])).toEqual(nothing);
    expect(measureAgreement([[], []])).toEqual(nothing);
    expect(measureAgreement([["true"], ["false"]])).toEqual({ ...nothing, raters: 1 });
  });
});

describe("kappaReading", () => {
  it("gives κ, or why there is none, and never a value that is not a number", () => {
    expect(
      kappaReading(
        measureAgreement([
          ["true", "false"],
          ["false", "true"],
        ]),
      ),
    ).toEqual({ kind: "value", kappa: -1 });
    expect(kappaReading(measureAgreement([["true", "true", "false", "false"], ["mixed"]]))).toEqual({ kind: "too-few-claims" });
    expect(
      kappaReading(
        measureAgreement([
          ["false", "false"],
          ["false", "false", "false"],
        ]),
      ),
    ).toEqual({ kind: "all-the-same" });
    expect(kappaReading(measureAgreement([]))).toEqual({ kind: "too-few-claims" });
  });
});

describe("measureAgreement properties", () => {
  const category = fc.constantFrom("true", "mostly-true", "mixed", "false", "misleading");
  const claims = fc.array(fc.array(category, { maxLength: 7 }), { maxLength: 15 });

  it("keeps percent agreement in [0, 1] and kappa at most 1", () => {
    fc.assert(
      fc.property(claims, (ratingsByClaim) => {
        const summary = measureAgreement(ratingsByClaim);
        if (summary.percentAgreement !== null) {
          expect(summary.percentAgreement).toBeGreaterThanOrEqual(0);
          expect(summary.percentAgreement).toBeLessThanOrEqual(1);
        }
        if (summary.fleissKappa !== null) expect(summary.fleissKappa).toBeLessThanOrEqual(1);
        expect(summary.disagreements.length).toBeLessThanOrEqual(summary.claimsCompared);
      }),
    );
  });

  it("gives κ = 1 whenever raters agree on every claim and at least two verdicts are in use", () => {
    const unanimousClaim = fc.tuple(category, fc.integer({ min: 2, max: 7 })).map(([verdict, raters]) => Array<string>(raters).fill(verdict));
    fc.assert(
      fc.property(fc.array(unanimousClaim, { minLength: 2, maxLength: 15 }), (ratingsByClaim) => {
        fc.pre(new Set(ratingsByClaim.map((ratings) => ratings[0])).size >= 2);
        const summary = measureAgreement(ratingsByClaim);
        expect(summary.fleissKappa).toBe(1);
        expect(summary.percentAgreement).toBe(1);
        expect(summary.disagreements).toEqual([]);
      }),
    );
  });

  it("does not depend on the order of claims, the order of ratings, or the names of verdicts", () => {
    fc.assert(
      fc.property(claims, fc.integer(), (ratingsByClaim, seed) => {
        const rename = (verdict: string) => `renamed:${verdict.length}:${verdict}`;
        const shuffled = shuffle(
          ratingsByClaim.map((ratings) => shuffle(ratings.map(rename), seed)),
          seed,
        );
        const original = measureAgreement(ratingsByClaim);
        const other = measureAgreement(shuffled);
        expect(other.claimsCompared).toBe(original.claimsCompared);
        expect(other.raters).toBe(original.raters);
        expect(other.disagreements.length).toBe(original.disagreements.length);
        if (original.percentAgreement === null) expect(other.percentAgreement).toBeNull();
        else expect(other.percentAgreement).toBeCloseTo(original.percentAgreement, 9);
        if (original.fleissKappa === null) expect(other.fleissKappa).toBeNull();
        else expect(other.fleissKappa).toBeCloseTo(original.fleissKappa, 9);
      }),
    );
  });
});

/** A deterministic Fisher–Yates shuffle (a small LCG seeded by `seed`). */
function shuffle<T>(items: readonly T[], seed: number): T[] {
  const result = [...items];
  let state = seed >>> 0;
  for (let i = result.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const j = state % (i + 1);
    [result[i], result[j]] = [result[j]!, result[i]!];
  }
  return result;
}
