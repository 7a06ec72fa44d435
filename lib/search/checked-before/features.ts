/**
 * The features of a claim that carry across English and Spanish: its figure as an interval with
 * the thing it counts (lib/quantities: "about 40,000 inmates" and "unos 40.000 reclusos" are
 * [36000, 44000] of the counted thing "inmate"), the names it mentions, the years and months
 * it names, and its words as stems or bilingual concepts. Computed from the claim's words, its
 * source's language and (when the caller has it) the figure already read; never throws.
 */
import { countedThing, findQuantities, readingLanguage, readQuantity, type Quantity, type QuantityJson } from "../../quantities";
import type { CountedThing } from "../../quantities/units";
import { datesOf } from "./dates";
import { namesOf } from "./names";
import { wordsOf } from "./words";

/** What the matcher is given of a claim. */
export interface MatchableClaim {
  /** The claim's words (its `exact`, or its statement when it has one). */
  text: string;
  /** The claim's source's language, ISO 639-1 ("es" reads Spanish, anything else English). */
  language?: string | null;
  /**
   * The claim's figure when the caller has it (a reviewer's correction, or the stored reading:
   * `quantityOfClaim`); null when the claim has none; undefined: read from `text` here.
   */
  reading?: Quantity | QuantityJson | null;
}

export interface ClaimFeatures {
  language: "en" | "es";
  figure: Quantity | null;
  /** What the figure counts, when it names something. */
  thing: CountedThing | null;
  names: string[];
  years: number[];
  months: string[];
  /** Distinct stems and concept keys ("=deport"). */
  words: string[];
}

function figureOf(claim: MatchableClaim, language: "en" | "es"): Quantity | null {
  if (claim.reading === null) return null;
  if (claim.reading === undefined) return readQuantity(claim.text, { language });
  // The caller's reading is lib/quantities' own (stored JSON has `high: null` for "no upper end").
  return { ...claim.reading, high: claim.reading.high ?? Infinity };
}

export function featuresOf(claim: MatchableClaim): ClaimFeatures {
  const language = readingLanguage(claim.language);
  const figure = figureOf(claim, language);
  const countSpans = findQuantities(claim.text, { language }).map((match) => [match.start, match.end] as const);
  const { years, months } = datesOf(claim.text, countSpans);
  const { names, nameWords } = namesOf(claim.text);
  return {
    language,
    figure,
    thing: figure ? countedThing(figure.unit, language) : null,
    names,
    years,
    months,
    words: [...new Set(wordsOf(claim.text, language, nameWords))],
  };
}
