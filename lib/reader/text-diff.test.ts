import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { diffTexts } from "./text-diff";

describe("diffTexts", () => {
  it("shows a changed figure as a removal and an addition", () => {
    expect(diffTexts("over 200 deportees", "over 238 deportees")).toEqual([
      { kind: "same", text: "over " },
      { kind: "removed", text: "200" },
      { kind: "added", text: "238" },
      { kind: "same", text: " deportees" },
    ]);
  });

  it("rebuilds both versions from its parts", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (before, after) => {
        const parts = diffTexts(before, after);
        expect(parts.filter((p) => p.kind !== "added").map((p) => p.text).join("")).toBe(before);
        expect(parts.filter((p) => p.kind !== "removed").map((p) => p.text).join("")).toBe(after);
      }),
      { numRuns: 200 },
    );
  });
});
