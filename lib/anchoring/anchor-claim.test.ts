import { describe, expect, it } from "vitest";
import { anchorClaim } from "./anchor-claim";
import { describeSpan } from "./describe-span";
import type { Anchor, ClaimSelectors } from "./types";

// Invented sentences; any resemblance to real reporting is accidental.
const ARTICLE = [
  "The first deportation flight of the week left the capital on Tuesday with roughly 250 Venezuelans on board, according to the interior ministry. Officials said over 200 deportees had been processed at the airfield before dawn.",
  "A second flight on Thursday carried 238 Venezuelans, the airline's manifest showed. Lawyers for the families said the ministry had not disclosed how many of them had pending asylum cases.",
  "The ministry did not respond to a request for comment. Rights groups estimate that roughly 250 Venezuelans remain in detention near the border, most of them without access to counsel.",
].join("\n\n");

function claim(text: string, quote: string, occurrence = 0): ClaimSelectors {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(quote, at + 1);
  if (at === -1) throw new Error(`fixture: "${quote}" not found`);
  return describeSpan(text, at, at + quote.length);
}

function placedText(text: string, anchor: Anchor): string | null {
  return anchor.status === "orphan" ? null : text.slice(anchor.start, anchor.end);
}

describe("anchorClaim", () => {
  it("returns exact with score 1 on unchanged text", () => {
    for (const quote of ["roughly 250 Venezuelans", "238", "over 200 deportees", "Rights groups estimate"]) {
      const selectors = claim(ARTICLE, quote);
      const anchor = anchorClaim(ARTICLE, selectors);
      expect(anchor).toEqual({ status: "exact", start: selectors.position!.start, end: selectors.position!.end, score: 1 });
    }
  });

  it("follows the quote when a lead paragraph shifts everything (moved)", () => {
    const selectors = claim(ARTICLE, "238 Venezuelans");
    const edited = "Editor's note: figures updated on Friday.\n\n" + ARTICLE;
    const anchor = anchorClaim(edited, selectors);
    expect(anchor.status).toBe("moved");
    expect(placedText(edited, anchor)).toBe("238 Venezuelans");
    expect(anchor.status !== "orphan" && anchor.start).toBe(edited.indexOf("238 Venezuelans"));
    expect(anchor.score).toBeGreaterThan(0.9);
    expect(anchor.score).toBeLessThan(1);
  });

  it("keeps the claim when a word right next to it changes", () => {
    const selectors = claim(ARTICLE, "over 200 deportees");
    const edited = "NEW. " + ARTICLE.replace("Officials said over", "Officials confirmed over");
    const anchor = anchorClaim(edited, selectors);
    expect(placedText(edited, anchor)).toBe("over 200 deportees");
    expect(anchor.status === "orphan" ? -1 : anchor.start).toBe(edited.indexOf("over 200 deportees"));
  });

  it("re-anchors a lightly edited quote as fuzzy, in place", () => {
    const quote = "processed at the airfield before dawn";
    const selectors = claim(ARTICLE, quote);
    const edited = ARTICLE.replace("processed at the airfield before dawn", "processed at the airstrip before dawn");
    const anchor = anchorClaim(edited, selectors);
    expect(anchor.status).toBe("fuzzy");
    expect(placedText(edited, anchor)).toBe("processed at the airstrip before dawn");
    expect(anchor.score).toBeGreaterThan(0.8);
  });

  it("orphans a quote whose figure changed rather than anchoring on another number", () => {
    const selectors = claim(ARTICLE, "roughly 250 Venezuelans on board");
    const edited = ARTICLE.replace("roughly 250 Venezuelans on board", "roughly 260 Venezuelans on board");
    expect(anchorClaim(edited, selectors)).toMatchObject({ status: "orphan" });
  });

  it("orphans a claim whose sentence was deleted even though the quote occurs elsewhere", () => {
    const selectors = claim(ARTICLE, "roughly 250 Venezuelans", 0);
    const edited = ARTICLE.replace(
      "The first deportation flight of the week left the capital on Tuesday with roughly 250 Venezuelans on board, according to the interior ministry. ",
      "",
    );
    expect(edited.includes("roughly 250 Venezuelans")).toBe(true);
    expect(anchorClaim(edited, selectors)).toMatchObject({ status: "orphan" });
  });

  it("holds short quotes to strict context: '250' never lands on another 250", () => {
    const selectors = claim(ARTICLE, "250", 0);
    const deleted = ARTICLE.replace("with roughly 250 Venezuelans on board", "with passengers on board");
    expect(anchorClaim(deleted, selectors)).toMatchObject({ status: "orphan" });
    const shifted = "Update. " + ARTICLE;
    const anchor = anchorClaim(shifted, selectors);
    expect(anchor.status).toBe("moved");
    expect(anchor.status === "orphan" ? -1 : anchor.start).toBe(shifted.indexOf("250"));
  });

  it("never fuzzy-matches a short quote", () => {
    const selectors = claim(ARTICLE, "238");
    const edited = ARTICLE.replace("carried 238 Venezuelans", "carried 239 Venezuelans");
    expect(anchorClaim(edited, selectors)).toMatchObject({ status: "orphan" });
  });

  it("is not stolen by a duplicate of the sentence placed elsewhere", () => {
    const sentence = "A second flight on Thursday carried 238 Venezuelans";
    const selectors = claim(ARTICLE, "carried 238 Venezuelans");
    const edited = "In brief: " + sentence + ".\n\n" + ARTICLE + "\n\nRecap: " + sentence + ".";
    const anchor = anchorClaim(edited, selectors);
    expect(anchor.status).toBe("moved");
    const original = edited.indexOf("carried 238 Venezuelans, the airline");
    expect(anchor.status === "orphan" ? -1 : anchor.start).toBe(original);
  });

  it("follows a paragraph that moved", () => {
    const [p1, p2, p3] = ARTICLE.split("\n\n");
    const selectors = claim(ARTICLE, "how many of them had pending asylum cases");
    const edited = [p3, p1, p2].join("\n\n");
    const anchor = anchorClaim(edited, selectors);
    expect(anchor.status).toBe("moved");
    expect(anchor.status === "orphan" ? -1 : anchor.start).toBe(edited.indexOf("how many of them had pending asylum cases"));
  });

  it("refuses to guess between identical passages with no position", () => {
    const block = "Same lead-in sentence here.\n\nOfficials said over 200 deportees had been processed at the airfield before dawn.";
    const text = `Intro.\n\n${block}\n\n${block}\n\nEnd.`;
    const selectors = claim(text, "200 deportees", 0);
    // Same words and, within 32 code units either side, the same context: only the position tells.
    const passage = selectors.quote.prefix + selectors.quote.exact + selectors.quote.suffix;
    expect(text.indexOf(passage, text.indexOf(passage) + 1)).toBeGreaterThan(-1);
    const edited = "Lead. " + text;
    expect(anchorClaim(edited, { quote: selectors.quote })).toMatchObject({ status: "orphan", reason: "ambiguous" });
    expect(anchorClaim(edited, selectors, { hint: selectors.position!.start + 6 })).toMatchObject({
      status: "moved",
      start: selectors.position!.start + 6,
    });
  });

  it("treats a changed figure next to the quote as a contradiction", () => {
    const text =
      "Officials said over 200 deportees had been processed at the airfield. Later, officials said over 300 deportees had been processed at the airfield.";
    const selectors = claim(text, "deportees had been processed", 0);
    const edited = text.slice(text.indexOf("Later"));
    expect(anchorClaim(edited, selectors)).toMatchObject({ status: "orphan" });
  });

  it("handles right-to-left text and emoji", () => {
    const text = "رحلة الترحيل الأولى ✈️ حملت نحو ٢٥٠ فنزويليًا إلى العاصمة. שלום עולם 👨‍👩‍👧‍👦 סוף.";
    const quote = "حملت نحو ٢٥٠ فنزويليًا";
    const selectors = claim(text, quote);
    const edited = "مقدمة جديدة. " + text;
    const anchor = anchorClaim(edited, selectors);
    expect(anchor.status).toBe("moved");
    expect(placedText(edited, anchor)).toBe(quote);
  });

  it("reports invalid or unusable selectors as orphans", () => {
    const empty: ClaimSelectors = { quote: { type: "TextQuoteSelector", exact: "", prefix: "", suffix: "" } };
    expect(anchorClaim(ARTICLE, empty)).toEqual({ status: "orphan", score: 0, reason: "invalid-selector" });
    const absent = claim(ARTICLE, "238 Venezuelans");
    expect(anchorClaim("completely different text", absent)).toMatchObject({ status: "orphan", reason: "quote-not-found" });
  });

  it("ignores a stored position outside the text", () => {
    const selectors = claim(ARTICLE, "238 Venezuelans");
    const stale: ClaimSelectors = { ...selectors, position: { type: "TextPositionSelector", start: 10_000_000, end: 10_000_015 } };
    const anchor = anchorClaim(ARTICLE, stale);
    expect(placedText(ARTICLE, anchor)).toBe("238 Venezuelans");
  });

  it("finds the claim at the document start after text is appended", () => {
    const selectors = claim(ARTICLE, "The first deportation flight");
    expect(selectors.quote.prefix).toBe("");
    const edited = ARTICLE + "\n\nAddendum.";
    expect(anchorClaim(edited, selectors)).toMatchObject({ status: "exact", start: 0 });
  });

  it("scores every result within [0, 1]", () => {
    const edited = "Lead.\n\n" + ARTICLE.replace("airfield", "airstrip");
    for (const quote of ["roughly 250 Venezuelans", "processed at the airfield before dawn", "238", "counsel"]) {
      const anchor = anchorClaim(edited, claim(ARTICLE, quote));
      expect(anchor.score).toBeGreaterThanOrEqual(0);
      expect(anchor.score).toBeLessThanOrEqual(1);
    }
  });
});
