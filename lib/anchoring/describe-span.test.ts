import { describe, expect, it } from "vitest";
import { describeSpan } from "./describe-span";

const text = "The first deportation flight left on Tuesday with roughly 250 Venezuelans on board, the ministry said.";

describe("describeSpan", () => {
  it("stores the quote, 32 code units of context each side, and the position", () => {
    const start = text.indexOf("roughly");
    const end = start + "roughly 250 Venezuelans".length;
    const selectors = describeSpan(text, start, end);
    expect(selectors.quote).toEqual({
      type: "TextQuoteSelector",
      exact: "roughly 250 Venezuelans",
      prefix: text.slice(start - 32, start),
      suffix: text.slice(end, end + 32),
    });
    expect(selectors.quote.prefix).toHaveLength(32);
    expect(selectors.position).toEqual({ type: "TextPositionSelector", start, end });
  });

  it("stores shorter context at the document edges", () => {
    const selectors = describeSpan(text, 0, 3);
    expect(selectors.quote.prefix).toBe("");
    const tail = describeSpan(text, text.length - 5, text.length);
    expect(tail.quote.suffix).toBe("");
  });

  it("honours a custom context length", () => {
    const start = text.indexOf("250");
    const selectors = describeSpan(text, start, start + 3, 8);
    expect(selectors.quote.prefix).toBe("roughly ");
    expect(selectors.quote.suffix).toBe(" Venezue");
  });

  it("never cuts a surrogate pair at the outer edge of the context", () => {
    const emoji = "✈️😀😀😀 250 😀😀😀";
    const start = emoji.indexOf("250");
    // 5 code units before "250": " " plus two emoji (4 code units); a 6th would split one.
    const selectors = describeSpan(emoji, start, start + 3, 6);
    expect(selectors.quote.prefix).toBe("😀😀 ");
    expect(selectors.quote.suffix).toBe(" 😀😀");
    for (const part of [selectors.quote.prefix, selectors.quote.suffix]) {
      expect(part).toBe(part.toWellFormed());
    }
  });

  it("rejects invalid spans and context lengths", () => {
    expect(() => describeSpan(text, 5, 5)).toThrow(RangeError);
    expect(() => describeSpan(text, 6, 5)).toThrow(RangeError);
    expect(() => describeSpan(text, -1, 5)).toThrow(RangeError);
    expect(() => describeSpan(text, 0, text.length + 1)).toThrow(RangeError);
    expect(() => describeSpan(text, 0.5, 3)).toThrow(RangeError);
    expect(() => describeSpan(text, 0, 3, -1)).toThrow(RangeError);
  });
});
