import { describe, expect, it } from "vitest";
import { segment } from "./segment";

const TEXT =
  "The hearing was tense. Over 200 deportees were named.\n\n" +
  "Nothing else happened here. Relatives waited outside.\n\n" +
  "“We were never told,” said a cousin. The night was quiet.";

describe("segment", () => {
  it("keeps only sentences with a trigger, copied verbatim", () => {
    const seg = segment(TEXT);
    const kept = seg.segments.map((s) => TEXT.slice(s.sourceStart, s.sourceStart + s.length).trim());
    expect(kept).toEqual(["Over 200 deportees were named.", "“We were never told,” said a cousin."]);
    for (const s of seg.segments) {
      expect(seg.joined.slice(s.joinedStart, s.joinedStart + s.length)).toBe(TEXT.slice(s.sourceStart, s.sourceStart + s.length));
    }
  });

  it("maps joined spans back to the source and refuses spans across segments", () => {
    const seg = segment(TEXT);
    const at = seg.joined.indexOf("200 deportees");
    expect(seg.toSource(at, at + 13)).toEqual([TEXT.indexOf("200 deportees"), TEXT.indexOf("200 deportees") + 13]);
    const quote = seg.joined.indexOf("“We");
    expect(seg.toSource(at, quote + 3)).toBeNull();
    expect(seg.toSource(at, at)).toBeNull();
    expect(seg.toSource(-5, 2)).toBeNull();
  });

  it("keeps everything without the prefilter", () => {
    const seg = segment(TEXT, { prefilter: false });
    expect(seg.joined).toBe(TEXT);
    expect(seg.toSource(0, TEXT.length)).toEqual([0, TEXT.length]);
  });

  it("handles empty and blank input", () => {
    expect(segment("").joined).toBe("");
    expect(segment("  \n\n ").segments).toEqual([]);
  });
});
