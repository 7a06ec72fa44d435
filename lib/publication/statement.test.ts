import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sentenceAround, statementMaxLength } from "./statement";

/** The sentence around the first occurrence of `words` in `text`. */
const around = (text: string, words: string) => {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`fixture: “${words}” not in text`);
  return sentenceAround(text, start, start + words.length);
};

describe("sentenceAround", () => {
  it("gives the sentence that holds the highlighted words", () => {
    const text = "The planes left Texas at dawn. Officials said that over 200 deportees landed on Sunday. A lawyer disputed it.";
    expect(around(text, "over 200 deportees")).toBe("Officials said that over 200 deportees landed on Sunday.");
  });

  it("does not end a sentence at an abbreviation, an initial or a decimal point", () => {
    const text = "Earlier news came out. Mr. Ruiz of the U.S. Department said J. Smith counted 2.5 times more people on Jan. 3 than before. Nobody agreed.";
    expect(around(text, "2.5 times")).toBe("Mr. Ruiz of the U.S. Department said J. Smith counted 2.5 times more people on Jan. 3 than before.");
  });

  it("keeps a quotation with the sentence that holds it, and ends after a closing quote mark", () => {
    const text = "The ministry was asked. “We sent 238 people,” the minister said. She added: “Nobody else.” Then she left.";
    expect(around(text, "238 people")).toBe("“We sent 238 people,” the minister said.");
    expect(around(text, "Nobody else")).toBe("She added: “Nobody else.”");
  });

  it("does not end a sentence at a question inside a quote followed by its speaker", () => {
    const text = `"Why were 261 men flown out?" asked a lawyer. The court did not answer.`;
    expect(around(text, "261 men")).toBe(`"Why were 261 men flown out?" asked a lawyer.`);
  });

  it("stops at a line break: a heading or a paragraph is never joined to the next", () => {
    const text = "Flights to El Salvador\nThree planes carried 261 people\n\nThe next day, more came.";
    expect(around(text, "261 people")).toBe("Three planes carried 261 people");
    expect(around(text, "Flights")).toBe("Flights to El Salvador");
  });

  it("spans every sentence the highlight touches", () => {
    const text = "First one. Over 200 arrived. Roughly 250 were counted. Last one.";
    expect(around(text, "200 arrived. Roughly 250")).toBe("Over 200 arrived. Roughly 250 were counted.");
  });

  it("reads Spanish sentence openers", () => {
    const text = "Llegaron 238 venezolanos. ¿Cuántos eran salvadoreños? Nadie lo dijo.";
    expect(around(text, "Cuántos")).toBe("¿Cuántos eran salvadoreños?");
  });

  it("falls back to the highlighted words when the sentence is too long to be a statement", () => {
    const text = `${"word ".repeat(300)}over 200 deportees ${"more ".repeat(10)}.`;
    expect(around(text, "over 200 deportees")).toBe("over 200 deportees");
  });

  it("always holds the highlighted words, never a line break, and never more than the limit", () => {
    const unit = fc.constantFrom(..."ab .!?\n“”\"' ", "Mr. ", "U.S. ", "2.5", " The ", "¿");
    fc.assert(
      fc.property(fc.string({ unit, minLength: 1, maxLength: 80 }), fc.nat(), fc.nat(), (text, a, b) => {
        const start = a % text.length;
        const end = start + 1 + (b % (text.length - start));
        const words = text.slice(start, end).trim();
        const sentence = sentenceAround(text, start, end);
        expect(sentence.length).toBeLessThanOrEqual(statementMaxLength);
        if (!words.includes("\n")) expect(sentence).toContain(words);
        if (!text.slice(start, end).includes("\n")) expect(sentence).not.toContain("\n");
      }),
      { numRuns: 300 },
    );
  });
});
