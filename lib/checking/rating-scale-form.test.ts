import { describe, expect, it } from "vitest";
import { RatingScaleFormInput } from "./rating-scale-form";

const parse = (value: unknown) => RatingScaleFormInput.safeParse(typeof value === "string" ? value : JSON.stringify(value));

describe("the verdict scale as the settings form sends it", () => {
  it("keeps existing keys and gives new rows a key from their label that no other row has", () => {
    const parsed = parse([
      { key: "true", label: "True", ratingValue: 5 },
      { label: "Needs context", ratingValue: "3" },
      { key: "needs-context", label: "Old needs context", ratingValue: 2 },
    ]);
    expect(parsed.success && parsed.data.map((rating: { key: string }) => rating.key)).toEqual(["true", "needs-context-2", "needs-context"]);
  });

  it("refuses every malformed shape with a message instead of throwing", () => {
    for (const malformed of [
      "not json",
      "null",
      "42",
      '"text"',
      "{}",
      [null],
      [1],
      [[]],
      [{ label: null, ratingValue: 3 }],
      [{ label: "True", ratingValue: { nested: 1 } }],
      [{ key: 7, label: "True", ratingValue: 5 }],
      [{ label: "x".repeat(10_000), ratingValue: 5 }],
      "x".repeat(30_000),
    ]) {
      const parsed = parse(malformed);
      expect(parsed.success, JSON.stringify(malformed).slice(0, 60)).toBe(false);
      expect(parsed.error?.issues[0]?.message, JSON.stringify(malformed).slice(0, 60)).toMatch(/\S/);
    }
  });
});
