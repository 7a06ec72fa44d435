import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonForScriptTag } from "./script-safe-json";

/** Strings rich in what ends or confuses a script element, mixed with any other text. */
const hostileText = fc.string({
  unit: fc.oneof(
    fc.constantFrom("<", ">", "&", "\u2028", "\u2029", "</script>", "<!--", "-->", "<script", '"', "\\", "/"),
    fc.string({ unit: "grapheme", maxLength: 3 }),
  ),
  maxLength: 40,
});
const hostileValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    hostileText,
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(hostileText, tie("value"), { maxKeys: 4 }),
  ),
})).value;

describe("jsonForScriptTag", () => {
  it("escapes <, >, &, U+2028 and U+2029 and parses back to the same value", () => {
    const value = { text: "</script><!-- & \u2028\u2029 é" };
    const json = jsonForScriptTag(value);
    expect(json).toBe('{"text":"\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028\\u2029 é"}');
    expect(JSON.parse(json)).toEqual(value);
  });

  it("never writes <, >, &, U+2028 or U+2029, and always parses back to the identical value, indented or not", () => {
    fc.assert(
      fc.property(hostileValue, fc.constantFrom(undefined, 2), (value, indent) => {
        const json = jsonForScriptTag(value, indent);
        expect(json).not.toMatch(/[<>&\u2028\u2029]/);
        expect(JSON.parse(json)).toStrictEqual(JSON.parse(JSON.stringify(value)));
      }),
      { numRuns: 500 },
    );
  });

  it("indents like JSON.stringify when asked", () => {
    expect(jsonForScriptTag({ a: ["<"] }, 2)).toBe('{\n  "a": [\n    "\\u003c"\n  ]\n}');
  });

  it("refuses a value without JSON form", () => {
    expect(() => jsonForScriptTag(undefined)).toThrow(TypeError);
  });
});
