import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findIllFormedText, loneSurrogateIndex } from "./well-formed-text";

describe("loneSurrogateIndex", () => {
  it("accepts well-formed text, including astral characters and flags", () => {
    for (const text of ["", "238 Venezuelans", "😀 over 200", "🇸🇻🇺🇸", "\ud83d\ude00"]) expect(loneSurrogateIndex(text)).toBe(-1);
  });

  it("finds a lone high or low surrogate, and a high one at the very end", () => {
    expect(loneSurrogateIndex("ab\ud800cd")).toBe(2);
    expect(loneSurrogateIndex("ab\udc00cd")).toBe(2);
    expect(loneSurrogateIndex("😀\ude00")).toBe(2);
    expect(loneSurrogateIndex("over 200\ud83d")).toBe(8);
    expect(loneSurrogateIndex("\udc00\ud800")).toBe(0);
  });

  it("agrees with String.prototype.isWellFormed on any sequence of code units", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        const index = loneSurrogateIndex(text);
        expect(index === -1).toBe(text.isWellFormed());
        if (index >= 0) expect(text.slice(0, index).isWellFormed()).toBe(true);
      }),
    );
  });
});

describe("findIllFormedText", () => {
  it("names the dotted path of the first ill-formed string in a parsed JSON body", () => {
    expect(findIllFormedText(JSON.parse('{"selector":{"exact":"over 200","prefix":"a\\ud800"}}'))).toEqual({ path: "selector.prefix", index: 1 });
    expect(findIllFormedText(JSON.parse('{"items":[{"body":"ok"},{"body":"x\\udfff"}]}'))).toEqual({ path: "items.1.body", index: 1 });
    expect(findIllFormedText(JSON.parse('"\\ud800"'))).toEqual({ path: "body", index: 0 });
  });

  it("checks keys too, and reports the first in order", () => {
    expect(findIllFormedText(JSON.parse('{"a":"fine","b\\ud800":1}'))).toEqual({ path: "b\ufffd", index: 1 });
    expect(findIllFormedText(JSON.parse('{"a":"\\ud800","b":"\\udc00"}'))).toEqual({ path: "a", index: 0 });
  });

  it("accepts well-formed values of every JSON type", () => {
    expect(findIllFormedText({ title: "Vuelos a El Salvador 🇸🇻", n: 261, ok: true, none: null, list: ["238", { x: "😀" }] })).toBeNull();
  });

  it("walks a value nested far deeper than the stack would allow a recursive walk", () => {
    let deep: unknown = "\ud800";
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(findIllFormedText(deep)).toMatchObject({ index: 0 });
  });
});
