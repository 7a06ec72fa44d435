import { describe, expect, it } from "vitest";
import { anchorClaim } from "./anchor-claim";
import { describeSpan } from "./describe-span";
import type { Anchor, ClaimSelectors } from "./types";

// Invented sentences; any resemblance to real reporting is accidental.
const TEXT = "The ministry said on Tuesday that nearly 300 men were held at the airbase overnight before the flight left for the capital.";
const SPANISH = "Según el informe, más de 12.000 presos seguían en la cárcel de Tocorón y unos 1,500 esperaban juicio desde marzo.";

function claimOn(text: string, quote: string): ClaimSelectors {
  const at = text.indexOf(quote);
  if (at === -1) throw new Error(`fixture: "${quote}" not found`);
  return describeSpan(text, at, at + quote.length);
}

function placed(text: string, anchor: Anchor): string | null {
  return anchor.status === "orphan" ? null : text.slice(anchor.start, anchor.end);
}

describe("anchorClaim keeps whole-word claims on whole words", () => {
  it("never cuts 'were' in half: 'nearly 300 men were' after a word is inserted before it", () => {
    const selectors = claimOn(TEXT, "nearly 300 men were");
    for (const edited of [
      TEXT.replace("men were held", "men we were held"),
      TEXT.replace("men were held", "men we,were held"),
      TEXT.replace("men were held", "men wewere held"),
    ]) {
      const anchor = anchorClaim(edited, selectors);
      expect(anchor.status).toBe("fuzzy");
      expect(placed(edited, anchor)).not.toMatch(/men we$/);
      expect(placed(edited, anchor)).toMatch(/^nearly 300 men we.?were$/);
    }
  });

  it("snaps a start that an edit pulled into the previous word to the next whole word", () => {
    const selectors = claimOn(TEXT, "nearly 300 men were");
    const edited = TEXT.replace("that nearly", "than early");
    expect(placed(edited, anchorClaim(edited, selectors))).toBe("early 300 men were");
  });

  it("orphans a claim whose last word now continues into another rather than ending inside it", () => {
    const selectors = claimOn(TEXT, "nearly 300 men were");
    const edited = TEXT.replace("men were held", "men westheld");
    expect(anchorClaim(edited, selectors).status).toBe("orphan");
  });

  it("keeps accented Spanish words and figures with separators whole", () => {
    const selectors = claimOn(SPANISH, "más de 12.000 presos seguían en la cárcel");
    for (const [from, to, words] of [
      ["seguían en la cárcel de", "seguian en la cárcelde", "más de 12.000 presos seguian en la cárcelde"],
      ["seguían en la cárcel de", "seguían en la cárceles de", "más de 12.000 presos seguían en la cárceles"],
      ["informe, más", "informe, demás", "demás de 12.000 presos seguían en la cárcel"],
    ] as const) {
      const edited = SPANISH.replace(from, to);
      const anchor = anchorClaim(edited, selectors);
      expect(anchor.status).toBe("fuzzy");
      expect(placed(edited, anchor)).toBe(words);
    }
    const figure = claimOn(SPANISH, "unos 1,500 esperaban juicio");
    const retyped = SPANISH.replace("unos 1,500 esperaban juicio", "unos 1,500 esperaban el juicio");
    expect(placed(retyped, anchorClaim(retyped, figure))).toBe("unos 1,500 esperaban el juicio");
  });

  it("still follows a claim a reviewer made on part of a word, which may keep cutting that word", () => {
    const text = "Officials said over 200 deportees had been processed at the airfield before dawn.";
    // Ends inside "deportees": that edge is free; the start stays on a word edge.
    const selectors = claimOn(text, "over 200 deport");
    const edited = text.replace("Officials said over 200 deportees", "Officials said ovr 200 deportees");
    expect(placed(edited, anchorClaim(edited, selectors))).toBe("ovr 200 deport");
    // "200" of "200-strong" is a word of its own, so the hyphen is a word edge.
    const strong = "A 200-strong unit escorted the deportees to the airfield on Tuesday.";
    const figure = claimOn(strong, "A 200");
    expect(anchorClaim(strong, figure)).toMatchObject({ status: "exact" });
  });
});
