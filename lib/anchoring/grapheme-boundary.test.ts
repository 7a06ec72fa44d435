import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { graphemeCeil, graphemeFloor, isGraphemeBoundary } from "./grapheme-boundary";
import { referenceBoundaries, text } from "./test-arbitraries";

describe("isGraphemeBoundary", () => {
  it("finds boundaries between ASCII characters without segmenting", () => {
    expect(isGraphemeBoundary("abc", 1)).toBe(true);
    expect(isGraphemeBoundary("abc", 0)).toBe(true);
    expect(isGraphemeBoundary("abc", 3)).toBe(true);
  });

  it("never splits a surrogate pair, combining sequence, ZWJ sequence or flag", () => {
    const family = "👨‍👩‍👧‍👦";
    expect([...Array(family.length).keys()].slice(1).some((i) => isGraphemeBoundary(family, i))).toBe(false);
    expect(isGraphemeBoundary("e\u0301", 1)).toBe(false);
    expect(isGraphemeBoundary("😀", 1)).toBe(false);
    expect(isGraphemeBoundary("👍🏽", 2)).toBe(false);
    const flags = "🇫🇷🇩🇪";
    expect(isGraphemeBoundary(flags, 4)).toBe(true);
    expect(isGraphemeBoundary(flags, 2)).toBe(false);
  });

  it("keeps regional-indicator pairing right deep inside a long run of flags", () => {
    const flags = "🇫🇷".repeat(200);
    const reference = referenceBoundaries(flags);
    for (const pos of [2, 4, 200, 202, 398, 400, 796, 798]) {
      expect(isGraphemeBoundary(flags, pos)).toBe(reference.has(pos));
    }
  });

  it("handles a long run of combining marks", () => {
    const zalgo = "a" + "\u0301".repeat(300) + "b";
    expect(isGraphemeBoundary(zalgo, 150)).toBe(false);
    expect(graphemeFloor(zalgo, 150)).toBe(0);
    expect(graphemeCeil(zalgo, 150)).toBe(301);
  });

  it("clamps out-of-range offsets", () => {
    expect(graphemeFloor("abc", -5)).toBe(0);
    expect(graphemeCeil("abc", 99)).toBe(3);
  });

  it("agrees with segmenting the whole text, at every offset (property)", () => {
    fc.assert(
      fc.property(text(5, 60), (value) => {
        const reference = referenceBoundaries(value);
        for (let pos = 0; pos <= value.length; pos++) {
          const expected = reference.has(pos);
          if (isGraphemeBoundary(value, pos) !== expected) return false;
          const floor = graphemeFloor(value, pos);
          const ceil = graphemeCeil(value, pos);
          if (!reference.has(floor) || !reference.has(ceil) || floor > pos || ceil < pos) return false;
          if (expected ? floor !== pos || ceil !== pos : floor === pos || ceil === pos) return false;
        }
        return true;
      }),
      { numRuns: 60 },
    );
  });
});
