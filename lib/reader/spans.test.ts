import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { overlapSegments, spansAt, stepThrough } from "./spans";

describe("overlapSegments", () => {
  it("finds where two claims overlap and where one is nested in another", () => {
    expect(
      overlapSegments([
        { start: 0, end: 10 },
        { start: 5, end: 15 },
      ]),
    ).toEqual([{ start: 5, end: 10 }]);
    expect(
      overlapSegments([
        { start: 0, end: 20 },
        { start: 4, end: 8 },
        { start: 12, end: 14 },
      ]),
    ).toEqual([
      { start: 4, end: 8 },
      { start: 12, end: 14 },
    ]);
    expect(
      overlapSegments([
        { start: 0, end: 5 },
        { start: 5, end: 9 },
      ]),
    ).toEqual([]);
  });

  it("covers exactly the offsets that two or more spans contain", () => {
    const span = fc.tuple(fc.nat(60), fc.nat(20)).map(([start, length]) => ({ start, end: start + length + 1 }));
    fc.assert(
      fc.property(fc.array(span, { maxLength: 12 }), (spans) => {
        const segments = overlapSegments(spans);
        for (let offset = 0; offset < 90; offset++) {
          const depth = spans.filter((s) => s.start <= offset && offset < s.end).length;
          const isCovered = segments.some((s) => s.start <= offset && offset < s.end);
          expect(isCovered).toBe(depth >= 2);
        }
      }),
    );
  });
});

describe("spansAt", () => {
  it("lists every claim at a point, innermost first", () => {
    const items = [
      { id: "outer", start: 0, end: 30 },
      { id: "inner", start: 10, end: 15 },
      { id: "elsewhere", start: 40, end: 50 },
    ];
    expect(spansAt(items, 12).map((item) => item.id)).toEqual(["inner", "outer"]);
    expect(spansAt(items, 15).map((item) => item.id)).toEqual(["outer"]);
    expect(spansAt(items, 35)).toEqual([]);
  });
});

describe("stepThrough", () => {
  const ordered = [{ id: "a" }, { id: "b" }, { id: "c" }];
  it("moves to the next and previous claim, wrapping around", () => {
    expect(stepThrough(ordered, null, 1)?.id).toBe("a");
    expect(stepThrough(ordered, null, -1)?.id).toBe("c");
    expect(stepThrough(ordered, "c", 1)?.id).toBe("a");
    expect(stepThrough(ordered, "a", -1)?.id).toBe("c");
    expect(stepThrough(ordered, "b", 1)?.id).toBe("c");
    expect(stepThrough([], "b", 1)).toBeNull();
  });
});
