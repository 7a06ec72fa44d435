import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitSentences } from "./sentences";
import { diffTexts, SIMILAR_SENTENCE, wordSimilarity } from "./text-diff";

// Invented reporting; any resemblance to real events is accidental.
const LEAD = "The United States sent over 200 deportees to El Salvador on Sunday, officials said.";
const SECOND = "A later statement put the number at roughly 250 Venezuelans, held in a prison built for 40,000 inmates.";
const THIRD = "Lawyers said the men were never charged with any crime in the United States.";
const REWRITE_A = "Families in Caracas learned of the flight from photographs published by the government.";
const REWRITE_B = "None of them had been told where their relatives were taken.";

const changed = (before: string, after: string) => diffTexts(before, after).filter((p) => p.kind !== "same");

describe("diffTexts", () => {
  it("shows a changed figure as a removal and an addition", () => {
    expect(diffTexts("over 200 deportees", "over 238 deportees")).toEqual([
      { kind: "same", text: "over " },
      { kind: "removed", text: "200" },
      { kind: "added", text: "238" },
      { kind: "same", text: " deportees" },
    ]);
  });

  it("marks only the figure inside a sentence whose figure changed, keeping the other sentences", () => {
    const before = `${LEAD}\n\n${SECOND} ${THIRD}`;
    const after = `${LEAD}\n\n${SECOND.replace("roughly 250", "roughly 238")} ${THIRD}`;
    expect(changed(before, after)).toEqual([
      { kind: "removed", text: "250" },
      { kind: "added", text: "238" },
    ]);
  });

  it("shows a rewritten paragraph as its sentences removed, then the new sentences added", () => {
    const before = `${LEAD}\n\n${SECOND} ${THIRD}\n\nThe ministry did not respond.`;
    const after = `${LEAD}\n\n${REWRITE_A} ${REWRITE_B}\n\nThe ministry did not respond.`;
    expect(diffTexts(before, after)).toEqual([
      { kind: "same", text: `${LEAD}\n\n` },
      { kind: "removed", text: `${SECOND} ${THIRD}\n\n` },
      { kind: "added", text: `${REWRITE_A} ${REWRITE_B}\n\n` },
      { kind: "same", text: "The ministry did not respond." },
    ]);
  });

  it("shows an inserted sentence whole and a sentence moved to another paragraph as removed there and added here", () => {
    const before = `${LEAD} ${SECOND}\n\n${THIRD}`;
    const inserted = `${LEAD} ${REWRITE_B} ${SECOND}\n\n${THIRD}`;
    expect(changed(before, inserted)).toEqual([{ kind: "added", text: `${REWRITE_B} ` }]);
    const moved = `${SECOND}\n\n${THIRD} ${LEAD}`;
    const parts = changed(`${LEAD} ${SECOND}\n\n${THIRD}`, moved);
    expect(parts.map((p) => p.kind)).toEqual(["removed", "added"]);
    expect(parts[0]!.text).toBe(`${LEAD} `);
    expect(parts[1]!.text).toBe(` ${LEAD}`);
  });

  it("pairs the sentences of a stretch that changed a little word by word, and the others whole", () => {
    const before = `${SECOND} ${THIRD}`;
    const after = `${SECOND.replace("Venezuelans", "Venezuelan men")} ${REWRITE_B}`;
    expect(changed(before, after)).toEqual([
      { kind: "removed", text: "Venezuelans" },
      { kind: "added", text: "Venezuelan men" },
      { kind: "removed", text: THIRD },
      { kind: "added", text: REWRITE_B },
    ]);
  });

  it("puts the threshold between small edits and rewrites, as measured on such sentences", () => {
    const small = [
      [SECOND, SECOND.replace("250", "238")],
      [LEAD, LEAD.replace("on Sunday", "on Saturday")],
      [THIRD, THIRD.replace("never charged with any crime", "not charged with a crime")],
      ["Más de 12.000 presos seguían en la cárcel.", "Más de 11.500 presos seguían en la cárcel."],
    ];
    const rewrites = [
      [SECOND, REWRITE_A],
      [THIRD, REWRITE_B],
      [LEAD, "Officials in El Salvador said on Sunday that the men would be held for a year."],
    ];
    for (const [a, b] of small) expect(wordSimilarity(a!, b!)).toBeGreaterThanOrEqual(0.7);
    for (const [a, b] of rewrites) expect(wordSimilarity(a!, b!)).toBeLessThan(0.45);
    expect(SIMILAR_SENTENCE).toBe(0.5);
  });

  it("splits sentences with their spaces and keeps blank lines with the sentence before", () => {
    expect(splitSentences("One here. Two, with 12.000 people.\n\nThree?")).toEqual(["One here. ", "Two, with 12.000 people.\n\n", "Three?"]);
  });

  it("rebuilds both versions from its parts", () => {
    const sentence = fc.constantFrom(LEAD, SECOND, THIRD, REWRITE_A, REWRITE_B, SECOND.replace("250", "238"), "Short.", "¿Qué pasó?");
    const separator = fc.constantFrom(" ", "\n\n", "\n", "");
    const prose = fc.array(fc.tuple(sentence, separator), { maxLength: 8 }).map((parts) => parts.map(([s, sep]) => s + sep).join(""));
    fc.assert(
      fc.property(fc.oneof(fc.string(), prose), fc.oneof(fc.string(), prose), (before, after) => {
        const parts = diffTexts(before, after);
        expect(
          parts
            .filter((p) => p.kind !== "added")
            .map((p) => p.text)
            .join(""),
        ).toBe(before);
        expect(
          parts
            .filter((p) => p.kind !== "removed")
            .map((p) => p.text)
            .join(""),
        ).toBe(after);
      }),
      { numRuns: 300 },
    );
  });
});
