import { describe, expect, it } from "vitest";
import { isCapitalised, tokenize } from "./tokenize";

const shape = (text: string) => tokenize(text).map((t) => `${t.kind[0]}:${t.text}${t.malformed ? "!" : ""}${t.gapBefore ? "" : "~"}`);

describe("tokenize", () => {
  it("reads grouped and decimal numbers whole", () => {
    expect(shape("40,000 and 1,500.5 or 1.5")).toEqual(["n:40,000~", "w:and", "n:1,500.5", "w:or", "n:1.5"]);
  });

  it("marks numbers with broken grouping as malformed, whole", () => {
    expect(shape("1,50 1.2.3 12,345,67")).toEqual(["n:1,50!~", "n:1.2.3!", "n:12,345,67!"]);
  });

  it("ends a number at a sentence period or comma", () => {
    expect(shape("238. 250, 261")).toEqual(["n:238~", "p:.~", "n:250", "p:,~", "n:261"]);
  });

  it("splits hyphens out of words and keeps apostrophes and digits in words", () => {
    expect(shape("twenty-three MS-13 o'clock A320")).toEqual(["w:twenty~", "p:-~", "w:three~", "w:MS", "p:-~", "n:13~", "w:o'clock", "w:A320"]);
  });

  it("keeps offsets in UTF-16 code units, surrogate pairs in one token", () => {
    const tokens = tokenize("𝔘 250");
    expect(tokens.map((t) => [t.text, t.start, t.end])).toEqual([
      ["𝔘", 0, 2],
      ["250", 3, 6],
    ]);
  });

  it("knows capitalised words", () => {
    const [a, b, c] = tokenize("Flight flight Élan");
    expect([isCapitalised(a), isCapitalised(b), isCapitalised(c)]).toEqual([true, false, true]);
  });
});

describe("tokenize, Spanish", () => {
  const spanish = (text: string) =>
    tokenize(text, "es").map((t) => `${t.kind[0]}:${t.text}${t.value && t.value !== t.text ? `=${t.value}` : ""}${t.malformed ? "!" : ""}`);

  it("reads a dot or a thin space as grouping and a comma as the decimal mark", () => {
    expect(spanish("40.000 y 1,5 y 40.000,5 y 40\u00a0000 y 12\u202f500")).toEqual([
      "n:40.000=40000",
      "w:y",
      "n:1,5=1.5",
      "w:y",
      "n:40.000,5=40000.5",
      "w:y",
      "n:40\u00a0000=40000",
      "w:y",
      "n:12\u202f500=12500",
    ]);
  });

  it("lets the language decide one separator before three digits, and reads the unambiguous forms", () => {
    expect(spanish("1.500 1,500 1.5 1,500,000")).toEqual(["n:1.500=1500", "n:1,500=1.500", "n:1.5", "n:1,500,000=1500000"]);
    expect(tokenize("1.500 1,500").map((t) => t.value)).toEqual(["1.500", "1500"]);
  });

  it("ends a number at a sentence period and marks broken grouping", () => {
    expect(spanish("2025. 1.2.3")).toEqual(["n:2025", "p:.", "n:1.2.3!"]);
  });
});
