import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "../validation/field-errors";
import { defaultRatingScale, findRating, RatingScaleInput, type Rating } from "./rating-scale";

function errorsOf(input: unknown) {
  const result = RatingScaleInput.safeParse(input);
  return result.success ? {} : fieldErrorsOf(result.error);
}

const scale = (...labels: string[]): Rating[] => labels.map((label, index) => ({ key: `r${index}`, label, ratingValue: 3 }));

describe("the default rating scale", () => {
  it("offers the seven verdicts of the glossary, from True to Unverifiable, in that order", () => {
    expect(defaultRatingScale.map((rating) => rating.label)).toEqual(["True", "Mostly true", "Mixed", "Mostly false", "False", "Misleading", "Unverifiable"]);
    expect(defaultRatingScale.map((rating) => rating.key)).toEqual(["true", "mostly-true", "mixed", "mostly-false", "false", "misleading", "unverifiable"]);
  });

  it("exports True as the best ClaimReview value and False as the worst", () => {
    expect(findRating(defaultRatingScale, "true")?.ratingValue).toBe(5);
    expect(findRating(defaultRatingScale, "false")?.ratingValue).toBe(1);
    expect(findRating(defaultRatingScale, "misleading")?.ratingValue).toBe(2);
    expect(findRating(defaultRatingScale, "unverifiable")?.ratingValue).toBe(3);
  });

  it("is itself a valid edited scale", () => {
    expect(RatingScaleInput.parse(defaultRatingScale)).toEqual(defaultRatingScale);
  });
});

describe("findRating", () => {
  it("finds a rating by its exact key and returns undefined for anything else", () => {
    expect(findRating(defaultRatingScale, "mostly-false")?.label).toBe("Mostly false");
    expect(findRating(defaultRatingScale, "Mostly false")).toBeUndefined();
    expect(findRating(defaultRatingScale, "pants-on-fire")).toBeUndefined();
    expect(findRating(defaultRatingScale, null)).toBeUndefined();
    expect(findRating(defaultRatingScale, undefined)).toBeUndefined();
    expect(findRating(defaultRatingScale, "")).toBeUndefined();
  });
});

describe("RatingScaleInput", () => {
  it("trims labels and keys and reads rating values typed into a form", () => {
    expect(RatingScaleInput.parse([{ key: " wrong ", label: "  Wrong ", ratingValue: "1" }])).toEqual([{ key: "wrong", label: "Wrong", ratingValue: 1 }]);
  });

  it("refuses an empty scale and one with more than 20 ratings", () => {
    expect(errorsOf([])).toEqual({ body: "Keep at least one rating on the scale." });
    const many = Array.from({ length: 21 }, (_, index) => `Rating ${index}`);
    expect(errorsOf(scale(...many))).toEqual({ body: "A scale can have at most 20 ratings." });
    expect(errorsOf(scale(...many.slice(0, 20)))).toEqual({});
  });

  it("says which label is used twice, ignoring case, next to the later rating", () => {
    expect(errorsOf(scale("True", "False", "true "))).toEqual({ "2.label": '"true" is used twice; give each rating its own label.' });
  });

  it("says which key is used twice, next to the later rating", () => {
    const ratings = [
      { key: "true", label: "True", ratingValue: 5 },
      { key: "true", label: "Correct", ratingValue: 5 },
    ];
    expect(errorsOf(ratings)).toEqual({ "1.key": 'The key "true" is used twice; give each rating its own key.' });
  });

  it("asks for a label between 1 and 40 characters", () => {
    expect(errorsOf(scale("  "))).toEqual({ "0.label": "Give the rating a label." });
    expect(errorsOf(scale("x".repeat(41)))).toEqual({ "0.label": "A label can be at most 40 characters." });
    expect(errorsOf(scale("x".repeat(40)))).toEqual({});
  });

  it.each([0, 6, 2.5, "", "five", null])("refuses the rating value %j and explains the range", (ratingValue) => {
    expect(errorsOf([{ key: "odd", label: "Odd", ratingValue }])).toEqual({ "0.ratingValue": "Choose a rating value from 1 (false) to 5 (true)." });
  });

  it.each(["Mostly True", "mostly_true", "-true", "true--ish", "vrai é"])("refuses the key %j, which is not lowercase-with-hyphens", (key) => {
    expect(errorsOf([{ key, label: "Mostly true", ratingValue: 4 }])["0.key"]).toMatch(/lowercase letters, digits and single hyphens/);
  });

  it("reports a duplicate label even when another field of the same rating is wrong", () => {
    const errors = errorsOf([
      { key: "true", label: "True", ratingValue: 5 },
      { key: "also-true", label: "TRUE", ratingValue: 9 },
    ]);
    expect(errors["1.ratingValue"]).toMatch(/1 \(false\) to 5 \(true\)/);
    expect(errors["1.label"]).toMatch(/used twice/);
  });
});
