import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { snippetParts } from "./snippet-segments";

describe("snippetParts", () => {
  it("cuts a snippet at its highlights, marking the matched words", () => {
    expect(snippetParts("llevados a una cárcel de máxima seguridad", [[15, 21]])).toEqual([
      { text: "llevados a una ", match: false },
      { text: "cárcel", match: true },
      { text: " de máxima seguridad", match: false },
    ]);
  });

  it("keeps markup-looking text as text", () => {
    expect(snippetParts("<b>250</b> deportees", [[3, 6]])).toEqual([
      { text: "<b>", match: false },
      { text: "250", match: true },
      { text: "</b> deportees", match: false },
    ]);
  });

  it("merges overlapping and touching highlights, ignores empty and out-of-range ones", () => {
    expect(snippetParts("about 250 Venezuelans", [[6, 9], [8, 12], [12, 21], [30, 40], [5, 5], [4, 2]])).toEqual([
      { text: "about ", match: false },
      { text: "250 Venezuelans", match: true },
    ]);
  });

  it("gives the snippet back whole for any highlights", () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.tuple(fc.integer({ min: -5, max: 50 }), fc.integer({ min: -5, max: 50 }))), (snippet, highlights) => {
        const parts = snippetParts(snippet, highlights);
        expect(parts.map((part) => part.text).join("")).toBe(snippet);
        expect(parts.every((part) => part.text.length > 0)).toBe(true);
        // Never two marked parts side by side: a highlight reads as one <mark>.
        expect(parts.some((part, index) => part.match && parts[index + 1]?.match)).toBe(false);
      }),
    );
  });
});
