import { describe, expect, it } from "vitest";
import { parseContentType } from "./content-type";
import { decodeBody } from "./decode-body";

const bytes = (...values: Array<number | string>) => new Uint8Array(values.flatMap((v) => (typeof v === "string" ? [...new TextEncoder().encode(v)] : [v])));

describe("parseContentType", () => {
  it.each([
    ["text/html", { type: "text/html", charset: null }],
    ['Text/HTML; Charset="ISO-8859-1"', { type: "text/html", charset: "iso-8859-1" }],
    ["text/plain;format=flowed; charset=utf-8", { type: "text/plain", charset: "utf-8" }],
    ["application/xhtml+xml", { type: "application/xhtml+xml", charset: null }],
  ])("%j", (header, expected) => {
    expect(parseContentType(header)).toEqual(expected);
  });

  it.each([undefined, null, "", "html", "text/html<script>", "text /html"])("gives null for %j", (header) => {
    expect(parseContentType(header)).toBeNull();
  });
});

describe("decodeBody", () => {
  it("defaults to UTF-8 and replaces invalid sequences", () => {
    expect(decodeBody(bytes("café"), null, false)).toBe("café");
    expect(decodeBody(bytes("a", 0xc3, 0x28, "b"), null, false)).toBe("a\uFFFD(b");
  });

  it("uses the header charset, with windows-1252 punctuation decoded correctly", () => {
    expect(decodeBody(bytes(0x93, "Hi", 0x94, " ", 0x80, "5 ", 0x97, " caf", 0xe9), "iso-8859-1", true)).toBe("\u201cHi\u201d €5 \u2014 café");
    expect(decodeBody(bytes(0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2), "windows-1251", false)).toBe("Привет");
  });

  it("lets a byte-order mark win and never keeps it", () => {
    expect(decodeBody(bytes(0xef, 0xbb, 0xbf, "x"), "iso-8859-1", true)).toBe("x");
    expect(decodeBody(bytes(0xff, 0xfe, 0x68, 0x00, 0x69, 0x00), null, false)).toBe("hi");
  });

  it("reads <meta charset> and http-equiv declarations in HTML only", () => {
    expect(decodeBody(bytes('<meta charset="windows-1252">', 0xe9), null, true)).toMatch(/é$/);
    expect(decodeBody(bytes('<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">', 0xc1), null, true)).toMatch(/а$/);
    expect(decodeBody(bytes('<meta charset="windows-1252">', 0xe9), null, false)).toMatch(/\uFFFD$/);
    expect(decodeBody(bytes('<meta charset="utf-16">é'), null, true)).toMatch(/é$/);
  });

  it("falls back to UTF-8 for unknown labels", () => {
    expect(decodeBody(bytes("ok ✓"), "x-made-up", false)).toBe("ok ✓");
  });
});
