import { describe, expect, it } from "vitest";
import { DIFF_CONTEXT_WORDS, wordDiff } from "./word-diff";

const words = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`).join(" ");

describe("wordDiff", () => {
  it("marks the words that changed in a sentence", () => {
    expect(wordDiff("The bridge opens in March.", "The bridge opens in May.")).toEqual([
      { op: "same", text: "The bridge opens in " },
      { op: "removed", text: "March" },
      { op: "added", text: "May" },
      { op: "same", text: "." },
    ]);
  });

  it("shortens a long unchanged run to the words next to the changes, around …", () => {
    const before = `${words("a", 60)}. Old ending.`;
    const after = `${words("a", 60)}. New ending.`;
    const diff = wordDiff(before, after);
    expect(diff[0]).toEqual({ op: "same", text: `… ${words("a", 60).split(" ").slice(-DIFF_CONTEXT_WORDS).join(" ")}. ` });
    expect(diff.slice(1)).toEqual([
      { op: "removed", text: "Old" },
      { op: "added", text: "New" },
      { op: "same", text: " ending." },
    ]);
  });

  it("keeps both sides of a long run between two changes", () => {
    const middle = words("m", 50);
    const diff = wordDiff(`First one. ${middle}. Last one.`, `First two. ${middle}. Last two.`);
    const same = diff.filter((part) => part.op === "same").map((part) => part.text);
    const long = same.find((text) => text.includes("…"))!;
    // Twelve words kept after the first change (". m1" … "m11") and before the second ("m40" … "Last").
    expect(long).toBe(". m1 m2 m3 m4 m5 m6 m7 m8 m9 m10 m11 … m40 m41 m42 m43 m44 m45 m46 m47 m48 m49 m50. Last ");
  });

  it("leaves short unchanged runs whole, and identical texts as one shortened part", () => {
    expect(wordDiff("Short and same. Then old.", "Short and same. Then new.")[0]).toEqual({ op: "same", text: "Short and same. Then " });
    const text = words("w", 100);
    expect(wordDiff(text, text)).toEqual([{ op: "same", text: `${words("w", DIFF_CONTEXT_WORDS)} …` }]);
    expect(wordDiff("", "")).toEqual([]);
  });
});
