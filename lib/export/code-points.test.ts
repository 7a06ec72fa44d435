import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { codePointOffset, codePointOffsets } from "./code-points";

describe("codePointOffset", () => {
  it("counts astral characters once", () => {
    const text = "a👩‍👩‍👧b🇫🇷c";
    expect(codePointOffset(text, 0)).toBe(0);
    expect(codePointOffset(text, 1)).toBe(1);
    expect(codePointOffset(text, text.indexOf("b"))).toBe(1 + [..."👩‍👩‍👧"].length);
    expect(codePointOffset(text, text.length)).toBe([...text].length);
  });

  it("does not count half of a surrogate pair", () => {
    expect(codePointOffset("😀x", 1)).toBe(0);
  });

  it("agrees with Array.from on every whole-character prefix", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "binary" })), (parts) => {
        const text = parts.join("");
        let offset = 0;
        for (const part of parts) {
          offset += part.length;
          const prefix = text.slice(0, offset);
          const endsWithHigh = /[\uD800-\uDBFF]$/.test(prefix) && /^[\uDC00-\uDFFF]/.test(text.slice(offset));
          if (!endsWithHigh) expect(codePointOffset(text, offset)).toBe(Array.from(prefix).length);
        }
      }),
    );
  });
});

describe("codePointOffsets", () => {
  it("gives what codePointOffset gives, for every offset in any order", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), fc.array(fc.nat()), (text, raw) => {
        const offsets = raw.map((n) => n % (text.length + 1));
        expect(codePointOffsets(text, offsets)).toEqual(offsets.map((offset) => codePointOffset(text, offset)));
      }),
    );
  });

  it("gives what codePointOffset gives on texts without astral characters, for any offset", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme-composite" }).map((text) => text.replace(/[\uD800-\uDFFF]/g, "")),
        fc.array(fc.integer({ min: -5, max: 200 })),
        (text, offsets) => {
          expect(codePointOffsets(text, offsets)).toEqual(offsets.map((offset) => codePointOffset(text, offset)));
        },
      ),
    );
  });
});
