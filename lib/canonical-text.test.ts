import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicaliseText, utf8ByteLength } from "./canonical-text";

describe("canonicaliseText", () => {
  it("turns CRLF and lone CR line endings into LF", () => {
    expect(canonicaliseText("one\r\ntwo\rthree\n")).toBe("one\ntwo\nthree\n");
  });

  it("composes combining marks (NFC) so offsets match what the browser renders", () => {
    expect(canonicaliseText("Sa\u0301nchez")).toBe("Sánchez");
    expect(canonicaliseText("Sa\u0301nchez")).toHaveLength(7);
  });

  it("drops a leading byte-order mark only", () => {
    expect(canonicaliseText("\uFEFFtext \uFEFF")).toBe("text \uFEFF");
  });

  it("is idempotent on any text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), fc.string({ unit: fc.constantFrom("\r", "\n", "a", "\u0301", "é", " ") }), (a, b) => {
        const once = canonicaliseText(a + b);
        expect(canonicaliseText(once)).toBe(once);
        expect(once).not.toMatch(/\r/);
      }),
    );
  });
});

describe("utf8ByteLength", () => {
  it("counts bytes, not characters", () => {
    expect(utf8ByteLength("abc")).toBe(3);
    expect(utf8ByteLength("é")).toBe(2);
    expect(utf8ByteLength("🇸🇻")).toBe(8);
  });
});
