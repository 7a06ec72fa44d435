import { describe, expect, it } from "vitest";
import { describeQuoteMatch } from "./quote-match-note";

describe("describeQuoteMatch", () => {
  it("says which earlier version holds a quote the current text lacks, as a warning", () => {
    expect(describeQuoteMatch({ sourceTitle: "Wire", status: "earlier-version", score: 1, versionNumber: 2, versionCount: 3 })).toEqual({
      text: "Warning: this quote was found in version 2 of 3 of “Wire”, not in the current text.",
      isWarning: true,
    });
  });

  it("keeps the found and not-found lines", () => {
    expect(describeQuoteMatch({ sourceTitle: "Wire", status: "exact", score: 1 })).toEqual({ text: "Quote found in “Wire”.", isWarning: false });
    expect(describeQuoteMatch({ sourceTitle: "Wire", status: "fuzzy", score: 0.914 })).toEqual({
      text: "Quote found in “Wire” (approximately, 91% alike).",
      isWarning: false,
    });
    expect(describeQuoteMatch({ sourceTitle: "Wire", status: "not-found", score: 0 })).toEqual({
      text: "Warning: this quote was not found in “Wire”.",
      isWarning: true,
    });
  });
});

describe("describeQuoteMatch in Spanish", () => {
  it("writes the note and the likeness as Spanish reads them", () => {
    expect(describeQuoteMatch({ sourceTitle: "Wire", status: "fuzzy", score: 0.914 }, "es")).toEqual({
      text: "Cita encontrada en «Wire» (de forma aproximada, parecida en un 91\u00a0%).",
      isWarning: false,
    });
  });
});
