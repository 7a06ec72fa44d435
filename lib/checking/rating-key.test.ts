import { describe, expect, it } from "vitest";
import { ratingKeyFor } from "./rating-key";

describe("ratingKeyFor", () => {
  it("derives a readable, unique key from the label", () => {
    expect(ratingKeyFor("Needs context", new Set())).toBe("needs-context");
    expect(ratingKeyFor("Exagéré !", new Set())).toBe("exagere");
    expect(ratingKeyFor("True", new Set(["true"]))).toBe("true-2");
    expect(ratingKeyFor("!!!", new Set())).toBe("rating");
  });
});
