/**
 * The features of a claim that carry across English and Spanish: its figure as an interval with
 * the thing it counts (lib/quantities: "about 40,000 inmates" and "unos 40.000 reclusos" are
 * [36000, 44000] of the counted thing "inmate"), the names it mentions, the years and months
 * it names, and its words as stems or bilingual concepts. Computed from the claim's words, its
 * source's language and (when the caller has it) the figure already read; never throws.
 */
import { findQuantities, readingLanguage, type Quantity, type QuantityJson } from "../../quantities";
import { countedKeysOf, type CountedKeys } from "./counted";
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
  /** What the figure counts, when it names something (`counted.ts`). */
  thing: CountedKeys | null;
  names: string[];
  /** Each name as the claim writes it, for reasons. */
  writtenNames: Map<string, string>;
  years: number[];
  months: string[];
  /** Distinct stems and concept keys ("=deport"). */
  words: string[];
}

/**
 * The claim's figure, and where in its words figures were read as counts (their digits are not
 * years). With the caller's reading the words are not read again (the cost of a candidate is
 * then its words only): a year-like number is a count when the reading's own text has it.
 */
function figureAndCounts(claim: MatchableClaim, language: "en" | "es"): { figure: Quantity | null; isCount: (at: number, digits: string) => boolean } {
  if (claim.reading === undefined) {
    const found = findQuantities(claim.text, { language });
    const chosen = found.find((match) => !match.minor) ?? found[0];
    return { figure: chosen?.quantity ?? null, isCount: (at) => found.some((match) => at >= match.start && at < match.end) };
  }
  // The caller's reading is lib/quantities' own (stored JSON has `high: null` for "no upper end").
  const figure = claim.reading === null ? null : { ...claim.reading, high: claim.reading.high ?? Infinity };
  return { figure, isCount: (_at, digits) => figure !== null && figure.text.includes(digits) };
}

export function featuresOf(claim: MatchableClaim): ClaimFeatures {
  const language = readingLanguage(claim.language);
  const { figure, isCount } = figureAndCounts(claim, language);
  const { years, months } = datesOf(claim.text, isCount);
  const { names, nameWords, written } = namesOf(claim.text);
  return {
    language,
    figure,
    thing: figure ? countedKeysOf(figure.unit, language) : null,
    names,
    writtenNames: written,
    years,
    months,
    words: [...new Set(wordsOf(claim.text, language, nameWords))],
  };
}
