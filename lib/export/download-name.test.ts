import fc from "fast-check";
import { validateHeaderValue } from "node:http";
import { describe, expect, it } from "vitest";
import { contentDisposition, downloadFileName } from "./download-name";

/** What no name may hold: Windows-forbidden characters, control characters, bidi controls. */
const unsafe = /[/\\:*?"<>|\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** The parts of a `Content-Disposition` value this module writes, or a failed assertion. */
function partsOf(header: string): { disposition: string; filename: string; encoded: string } {
  const match = /^(attachment|inline); filename="([^"]*)"; filename\*=UTF-8''([^\s;"]*)$/.exec(header);
  expect(match, header).not.toBeNull();
  return { disposition: match?.[1] ?? "", filename: match?.[2] ?? "", encoded: match?.[3] ?? "" };
}

/** Asserts every property a download header and its names must have. */
function expectSafe(title: string, extension: string) {
  const header = contentDisposition(title, extension);
  expect(() => validateHeaderValue("Content-Disposition", header)).not.toThrow();
  expect(header).not.toMatch(/[\r\n\0]/);
  expect(header).toMatch(/^[\x20-\x7e]*$/);
  const name = downloadFileName(title, extension);
  const { filename, encoded } = partsOf(header);
  for (const candidate of [name, filename]) {
    expect(candidate).not.toMatch(unsafe);
    expect(candidate.length).toBeLessThanOrEqual(100);
    expect(candidate.endsWith(`.${extension}`)).toBe(true);
    expect(candidate).not.toMatch(/^[. ]/);
    expect(candidate).not.toMatch(/^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\.|$)/i);
  }
  expect(filename).not.toContain("%");
  expect(filename).toHaveLength(name.length);
  expect(encoded).toMatch(/^[A-Za-z0-9%!\-._~]*$/);
  expect(decodeURIComponent(encoded)).toBe(name);
  expect(name).toBe(name.normalize("NFC"));
  expect(name.isWellFormed()).toBe(true);
}

describe("downloadFileName", () => {
  it.each([
    ["CECOT flights, March 2025", "CECOT flights, March 2025.csv"],
    ["../../etc/passwd", "etcpasswd.csv"],
    ["..\\..\\win.ini", "win.ini.csv"],
    ["a\r\nSet-Cookie: x=y", "a Set-Cookie x=y.csv"],
    ["a\u0000.csv", "a.csv.csv"],
    ["CON", "CON_.csv"],
    ["con.csv", "con_.csv.csv"],
    ["LPT9 . notes", "LPT9_ . notes.csv"],
    ["COM²", "COM²_.csv"],
    ["CONSOLE", "CONSOLE.csv"],
    ["\u202Egpj.exe", "gpj.exe.csv"],
    ["a\u2066b\u2069\u200Ec\u061C", "abc.csv"],
    ["  spaced\t\tout  ", "spaced out.csv"],
    ["a / b", "a b.csv"],
    ["...", "export.csv"],
    ["", "export.csv"],
    ["\u0000\u001f\u007f\u0085", "export.csv"],
    ["名前", "名前.csv"],
    ["تقرير التحقق", "تقرير التحقق.csv"],
    ["Cafe\u0301", "Café.csv"],
    ["bad \uD800 half", "bad \uFFFD half.csv"],
  ])("names %j as %j", (title, expected) => {
    expect(downloadFileName(title, "csv")).toBe(expected);
  });

  it("cuts a long title to keep the name within 100 characters", () => {
    const name = downloadFileName("x".repeat(300), "csv");
    expect(name).toBe(`${"x".repeat(96)}.csv`);
  });

  it("does not split a surrogate pair when cutting", () => {
    const name = downloadFileName(`a${"😀".repeat(60)}`, "md");
    expect(name.isWellFormed()).toBe(true);
    expect(name).toBe(`a${"😀".repeat(48)}.md`);
    expect(name.length).toBe(100);
  });

  it("drops dots and spaces left at the end by the cut", () => {
    const name = downloadFileName(`${"x".repeat(95)}. y`, "csv");
    expect(name).toBe(`${"x".repeat(95)}.csv`);
  });
});

describe("contentDisposition", () => {
  it("gives an ASCII fallback and the UTF-8 name", () => {
    expect(contentDisposition("Fact check: Ñandú (2025)*", "md")).toBe(
      "attachment; filename=\"Fact check _and_ (2025).md\"; filename*=UTF-8''Fact%20check%20%C3%91and%C3%BA%20%282025%29.md",
    );
  });

  it("writes inline when asked", () => {
    expect(partsOf(contentDisposition("Report", "html", "inline"))).toEqual({ disposition: "inline", filename: "Report.html", encoded: "Report.html" });
  });

  it("replaces % in the ASCII name and encodes it in the UTF-8 one", () => {
    const { filename, encoded } = partsOf(contentDisposition("100% true", "csv"));
    expect(filename).toBe("100_ true.csv");
    expect(encoded).toBe("100%25%20true.csv");
  });

  it.each([
    "../../etc/passwd",
    "..\\..\\win.ini",
    "a\r\nSet-Cookie: x=y",
    "a\u0000.csv",
    "CON",
    "CON.csv",
    "x".repeat(300),
    "名前",
    "\u202Egpj.exe",
    "تقرير عن الرحلات الجوية",
    "👩‍👩‍👧 🇻🇪 report",
  ])("gives a valid, safe header for %j (Appendix C6)", (title) => {
    expectSafe(title, "csv");
  });

  it("never lets a header through that Node would refuse", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: "binary", maxLength: 200 }),
          fc.string({ unit: "grapheme", maxLength: 200 }),
          fc.string({ unit: fc.constantFrom(".", " ", "/", "\\", "\r", "\n", "\0", "%", "\u202E", "CON", "😀", "é"), maxLength: 60 }),
        ),
        fc.constantFrom("csv", "md", "html", "json"),
        (title, extension) => {
          expectSafe(title, extension);
        },
      ),
      { numRuns: 500 },
    );
  });
});
