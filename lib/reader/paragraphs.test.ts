import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { paragraphIndexAt, splitParagraphs } from "./paragraphs";

describe("splitParagraphs", () => {
  it("splits at blank lines and keeps single line breaks inside a paragraph", () => {
    const text = "First line\nsecond line\n\nNext paragraph\n \n\nLast";
    const paragraphs = splitParagraphs(text);
    expect(paragraphs.map((p) => text.slice(p.start, p.end))).toEqual(["First line\nsecond line", "Next paragraph", "Last"]);
  });

  it("never loses a non-whitespace character, on any text", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("a", "é", "\n", " ", "\t", "🇸🇻") }), (text) => {
        const kept = splitParagraphs(text)
          .map((p) => text.slice(p.start, p.end))
          .join("");
        expect(kept.replace(/\s/g, "")).toBe(text.replace(/\s/g, ""));
      }),
    );
  });
});

describe("paragraphIndexAt", () => {
  const paragraphs = [
    { start: 0, end: 10 },
    { start: 12, end: 20 },
  ];
  it("finds the paragraph holding an offset, or the next one from a gap", () => {
    expect(paragraphIndexAt(paragraphs, 0)).toBe(0);
    expect(paragraphIndexAt(paragraphs, 9)).toBe(0);
    expect(paragraphIndexAt(paragraphs, 10)).toBe(1);
    expect(paragraphIndexAt(paragraphs, 19)).toBe(1);
    expect(paragraphIndexAt(paragraphs, 20)).toBe(-1);
  });
});
