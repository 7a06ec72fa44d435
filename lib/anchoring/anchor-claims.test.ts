import { describe, expect, it } from "vitest";
import { anchorClaim } from "./anchor-claim";
import { anchorClaims, anchorClaimsInSteps } from "./anchor-claims";
import { describeSpan } from "./describe-span";
import type { ClaimSelectors } from "./types";

// Invented paragraphs; figures and names are made up.
const PARAGRAPHS = [
  "On Monday the interior ministry said roughly 250 Venezuelans had been flown to the capital aboard a chartered jet.",
  "Lawyers for the families argued that over 200 deportees had pending asylum cases when they were removed.",
  "A second flight on Thursday carried 238 Venezuelans, according to a manifest reviewed by the monitoring group.",
  "The ministry did not respond to a request for comment. Officials have repeatedly defended the programme as lawful.",
  "Rights groups estimate that the real number of people removed this year is several times higher than reported.",
];
const ARTICLE = PARAGRAPHS.join("\n\n");

function claimsOn(text: string, quotes: readonly string[]): ClaimSelectors[] {
  return quotes.map((quote) => {
    const at = text.indexOf(quote);
    if (at === -1) throw new Error(`fixture: "${quote}" not found`);
    return describeSpan(text, at, at + quote.length);
  });
}

const QUOTES = [
  "roughly 250 Venezuelans",
  "flown to the capital",
  "over 200 deportees",
  "238 Venezuelans",
  "according to a manifest",
  "repeatedly defended the programme",
  "several times higher",
];

describe("anchorClaims", () => {
  it("returns one anchor per claim, in input order", () => {
    const claims = claimsOn(ARTICLE, QUOTES).reverse();
    const anchors = anchorClaims(ARTICLE, claims);
    expect(anchors).toHaveLength(claims.length);
    anchors.forEach((anchor, i) => {
      expect(anchor).toEqual({ status: "exact", start: claims[i]!.position!.start, end: claims[i]!.position!.end, score: 1 });
    });
  });

  it("follows a shift and agrees with anchorClaim given the same hint", () => {
    const claims = claimsOn(ARTICLE, QUOTES);
    const edited = "Correction appended on Friday.\n\n" + ARTICLE;
    const shift = edited.length - ARTICLE.length;
    const anchors = anchorClaims(edited, claims);
    anchors.forEach((anchor, i) => {
      const { start, end } = claims[i]!.position!;
      expect(anchor).toMatchObject({ status: "moved", start: start + shift, end: end + shift });
      expect(anchor).toEqual(anchorClaim(edited, claims[i]!, { hint: start + shift }));
    });
  });

  it("handles piecewise shifts, a moved paragraph, an edit and a deletion in one pass", () => {
    const claims = claimsOn(ARTICLE, QUOTES);
    const edited = [
      "Lead paragraph added by the editor.",
      PARAGRAPHS[0],
      PARAGRAPHS[3]!.replace("The ministry did not respond to a request for comment. ", ""),
      "An inserted paragraph about something else entirely, with no claims in it.",
      PARAGRAPHS[1]!.replace("over 200 deportees", "a number of deportees"),
      PARAGRAPHS[4],
      PARAGRAPHS[2],
    ].join("\n\n");
    const anchors = anchorClaims(edited, claims);
    const byQuote = new Map(QUOTES.map((q, i) => [q, anchors[i]!]));
    for (const quote of ["roughly 250 Venezuelans", "238 Venezuelans", "according to a manifest", "several times higher"]) {
      expect(byQuote.get(quote)).toMatchObject({ status: "moved", start: edited.indexOf(quote) });
    }
    expect(byQuote.get("over 200 deportees")).toMatchObject({ status: "orphan" });
    // Its prefix changed (a sentence before it was removed) but the words and suffix stayed.
    const defended = byQuote.get("repeatedly defended the programme")!;
    expect(defended.status === "orphan" || (defended.status === "moved" && defended.start === edited.indexOf("repeatedly defended"))).toBe(true);
  });

  it("never places two claims on different words, even with duplicates around", () => {
    const duplicated = ARTICLE + "\n\n" + PARAGRAPHS[2] + "\n\n" + PARAGRAPHS[0];
    const claims = claimsOn(ARTICLE, QUOTES);
    const anchors = anchorClaims("Intro.\n\n" + duplicated, claims);
    anchors.forEach((anchor, i) => {
      if (anchor.status !== "orphan") expect(("Intro.\n\n" + duplicated).slice(anchor.start, anchor.end)).toBe(QUOTES[i]);
    });
    // The originals come first: the shift of their neighbours keeps them in place.
    expect(anchors[3]).toMatchObject({ start: ("Intro.\n\n" + duplicated).indexOf("238 Venezuelans") });
  });

  it("anchors claims without a stored position", () => {
    const claims = claimsOn(ARTICLE, ["238 Venezuelans"]).map((c) => ({ quote: c.quote }));
    expect(anchorClaims("New lead.\n\n" + ARTICLE, claims)[0]).toMatchObject({ status: "moved" });
  });

  it("reports an empty quote as an invalid selector", () => {
    const claims: ClaimSelectors[] = [{ quote: { type: "TextQuoteSelector", exact: "", prefix: "", suffix: "" } }];
    expect(anchorClaims(ARTICLE, claims)).toEqual([{ status: "orphan", score: 0, reason: "invalid-selector" }]);
  });

  it("re-anchors 2,000 claims on a long shifted text quickly", () => {
    const long = Array.from({ length: 120 }, (_, i) => PARAGRAPHS.map((p) => p.replace(/\d+/g, (d) => String(Number(d) + i))).join("\n\n")).join("\n\n");
    const claims: ClaimSelectors[] = [];
    for (let i = 0; claims.length < 2000; i++) {
      const start = (i * 7919) % (long.length - 80);
      const wordStart = long.indexOf(" ", start) + 1;
      const end = long.indexOf(" ", wordStart + 30);
      if (end > wordStart) claims.push(describeSpan(long, wordStart, end));
    }
    const edited = "A new lead paragraph.\n\n" + long;
    const started = performance.now();
    const anchors = anchorClaims(edited, claims);
    const elapsed = performance.now() - started;
    expect(anchors.every((a) => a.status === "moved")).toBe(true);
    expect(elapsed).toBeLessThan(2000);
  });
});

describe("anchorClaimsInSteps", () => {
  it("pauses every so many claims and ends with what anchorClaims gives", () => {
    const text = Array.from({ length: 300 }, (_, i) => `Sentence number ${i} says ${i * 7} people.`).join(" ");
    const edited = `A new lead. ${text.replace("Sentence number 150 says 1050 people.", "")}`;
    const claims = Array.from({ length: 300 }, (_, i) => {
      const exact = `Sentence number ${i} says`;
      const start = text.indexOf(`${exact} `);
      return {
        quote: {
          type: "TextQuoteSelector" as const,
          exact,
          prefix: text.slice(Math.max(0, start - 32), start),
          suffix: text.slice(start + exact.length, start + exact.length + 32),
        },
        position: { type: "TextPositionSelector" as const, start, end: start + exact.length },
      };
    });
    const steps = anchorClaimsInSteps(edited, claims, 50);
    let pauses = 0;
    let step = steps.next();
    while (!step.done) {
      pauses++;
      step = steps.next();
    }
    expect(pauses).toBeGreaterThanOrEqual(10); // 5 per pass at least
    expect(step.value).toEqual(anchorClaims(edited, claims));
    expect(step.value[150]!.status).toBe("orphan");
    expect(step.value[200]!.status).toBe("moved");
  });
});
