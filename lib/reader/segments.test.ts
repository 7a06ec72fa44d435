import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { segmentText } from "./segments";

describe("segmentText", () => {
  it("marks each claim once and keeps the text in between", () => {
    const segments = segmentText("over 200 deportees and 238 Venezuelans", [
      { start: 23, end: 38, id: "b" },
      { start: 0, end: 18, id: "a" },
      { start: 5, end: 8, id: "nested" },
    ]);
    expect(segments.map((s) => [s.text, s.item?.id ?? null])).toEqual([
      ["over 200 deportees", "a"],
      [" and ", null],
      ["238 Venezuelans", "b"],
    ]);
  });

  it("never loses or repeats a character of the text", () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.tuple(fc.nat(40), fc.nat(10))), (text, raw) => {
        const items = raw.map(([start, length]) => ({ start, end: start + length }));
        expect(
          segmentText(text, items)
            .map((s) => s.text)
            .join(""),
        ).toBe(text);
      }),
    );
  });
});
