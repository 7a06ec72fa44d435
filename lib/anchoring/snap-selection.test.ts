import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isWhitespaceCode, snapSelection } from "./snap-selection";
import { referenceBoundaries, text } from "./test-arbitraries";

const sentence = "Officials said over 200 deportees arrived. 👨‍👩‍👧‍👦 café  ";

describe("snapSelection", () => {
  it("trims surrounding whitespace", () => {
    const start = sentence.indexOf(" over");
    expect(snapSelection(sentence, start, start + 6)).toEqual({ start: start + 1, end: start + 5 });
    const padded = "  \n\t250 Venezuelans\u00a0\u2003\n";
    expect(snapSelection(padded, 0, padded.length)).toEqual({ start: 4, end: 19 });
  });

  it("widens to whole graphemes: surrogate pairs, ZWJ sequences, combining marks, flags", () => {
    const family = sentence.indexOf("👨");
    expect(snapSelection(sentence, family + 1, family + 3)).toEqual({ start: family, end: family + "👨‍👩‍👧‍👦".length });
    const decomposed = "re\u0301sume\u0301";
    expect(snapSelection(decomposed, 2, 3)).toEqual({ start: 1, end: 3 });
    const flags = "🇻🇪🇨🇴";
    expect(snapSelection(flags, 1, 2)).toEqual({ start: 0, end: 4 });
    expect(snapSelection(flags, 5, 6)).toEqual({ start: 4, end: 8 });
  });

  it("keeps a space that carries a combining mark (it is visible)", () => {
    const value = "a \u0301b";
    expect(snapSelection(value, 1, 3)).toEqual({ start: 1, end: 3 });
  });

  it("handles right-to-left text like any other", () => {
    const value = "  رحلة الترحيل  ";
    expect(snapSelection(value, 0, value.length)).toEqual({ start: 2, end: value.length - 2 });
  });

  it("returns null for whitespace-only or invalid ranges", () => {
    expect(snapSelection("a   b", 1, 4)).toBeNull();
    expect(snapSelection("abc", 2, 2)).toBeNull();
    expect(snapSelection("abc", 2, 1)).toBeNull();
    expect(snapSelection("abc", -1, 2)).toBeNull();
    expect(snapSelection("abc", 0, 4)).toBeNull();
    expect(snapSelection("abc", 0.5, 2)).toBeNull();
    expect(snapSelection("", 0, 0)).toBeNull();
  });

  it("stays fast on a 300 KB text (only windows around the edges are segmented)", () => {
    const big = "👨‍👩‍👧‍👦 naïve रुपया ".repeat(15_000);
    const started = performance.now();
    for (let i = 0; i < 2000; i++) {
      const start = (i * 7919) % (big.length - 200);
      snapSelection(big, start, start + 150);
    }
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it("never returns offsets inside a grapheme and trims whitespace clusters (property)", () => {
    fc.assert(
      fc.property(text(3, 40), fc.nat(), fc.nat(), (value, a, b) => {
        const start = value.length === 0 ? 0 : a % (value.length + 1);
        const end = value.length === 0 ? 0 : b % (value.length + 1);
        const result = snapSelection(value, Math.min(start, end), Math.max(start, end));
        const from = Math.min(start, end);
        const to = Math.max(start, end);
        const boundaries = [...referenceBoundaries(value)].sort((x, y) => x - y);
        // Clusters touching [from, to): those are what the user selected.
        const touched: Array<[number, number]> = [];
        for (let i = 0; i + 1 < boundaries.length; i++) {
          const [s, e] = [boundaries[i]!, boundaries[i + 1]!];
          if (s < to && e > from) touched.push([s, e]);
        }
        const isBlank = ([s, e]: [number, number]) => [...value.slice(s, e)].every((ch) => isWhitespaceCode(ch.charCodeAt(0)));
        const visible = touched.filter((c) => !isBlank(c));
        if (from === to || visible.length === 0) return result === null;
        if (result === null) return false;
        const set = new Set(boundaries);
        if (!set.has(result.start) || !set.has(result.end)) return false;
        return result.start === visible[0]![0] && result.end === visible[visible.length - 1]![1];
      }),
      { numRuns: 300 },
    );
  });
});
