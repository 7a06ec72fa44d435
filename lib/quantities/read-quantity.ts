/**
 * Reads the figure of a claim as a Quantity: an interval with its hedge.
 */
import { findQuantities } from "./find-quantities";
import type { Quantity, ReadQuantityOptions } from "./types";

/**
 * The most prominent figure in `text` (a claim's words) as an interval, or null when the
 * text has none.
 *
 * Which figure: the first one that is not minor; when every figure is minor, the first.
 * Minor figures are unhedged number words below ten ("two flights carried 238 Venezuelans"
 * reads 238) and ages. All figures, in order and with offsets: `findQuantities`.
 *
 * Semantics. X is the number as written, t = `approximateTolerance` (default 0.10), b =
 * `nearlyBand` (default 0.10); "(" ")" are open ends, "[" "]" closed:
 *
 * | hedge               | written                                                             | interval               |
 * |---------------------|---------------------------------------------------------------------|------------------------|
 * | exact               | "238", "exactly 238", "a dozen" (12), "half a dozen" (6)            | [X, X]                 |
 * | more-than           | "over / more than / above / in excess of / exceeding / upwards of / well over / >" X | (X, ∞)  |
 * | more-than           | "just over / slightly more than / a little over / just above" X     | (X, X + b·X]           |
 * | at-least            | "at least / no fewer than / no less than / a minimum of / ≥" X; "X or more", "X+", "X-plus" | [X, ∞) |
 * | nearly              | "nearly / almost / just under / close to / not quite / just shy of" X | [X − b·X, X)         |
 * | approximately       | "roughly / about / around / some / approximately / an estimated / circa / ~" X; "X or so", "X-odd" | [X − t·X, X + t·X] |
 * | at-most             | "up to / as many as / at most / no more than / a maximum of / ≤" X; "X or fewer" | [0, X]     |
 * | fewer-than          | "fewer than / less than / under / below / well under / <" X         | [0, X)                 |
 * | range               | "between X and Y", "X-Y", "X–Y", "X to Y", "from X to Y", "X or Y"   | [X, Y]; "about X-Y": [X − t·X, Y + t·Y] |
 * | order-of-magnitude  | "tens of" [20, 99]; "dozens of" [24, 143]; "scores of" [40, 199]; "hundreds of", "a few / several hundred" [200, 999]; "thousands of" [2000, 9999]; "tens of thousands" [20000, 99999]; "hundreds of thousands" [200000, 999999]; "millions" [2e6, 1e7 − 1]; "a handful" [3, 6] | as listed |
 *
 * - Zero and the upper bounds: every upper-bounded hedge includes 0 ("up to 40,000" is
 *   [0, 40000], "fewer than 100" is [0, 100)). These phrases do not promise that any were
 *   counted, and a conflict must mean that two figures cannot both hold.
 * - `value` is X; for a range the lower figure, for an order of magnitude the lower end.
 *   `low` never goes below 0. `high` is `Infinity` for "more than" and "at least"; JSON has
 *   no Infinity, so store and send Quantities through `quantityToJson` (writes `high: null`)
 *   and `quantityFromJson`.
 * - Combinations: a hedge before the number wins over one after it ("some 200-odd" is
 *   approximately 200, "about 250 or more" approximately 250); hedge words before an
 *   order-of-magnitude phrase are not read ("at least hundreds" is [200, 999]); before a
 *   range only an "about"-like hedge is kept (it widens the range). "from X to Y" is read as
 *   a range even when it describes a change, and ratios ("1 in 5") as two figures.
 * - A figure ends at a line break: "over" at the end of one line does not hedge a number
 *   on the next.
 * - Numbers: ASCII digits with comma thousands separators and a decimal point ("40,000",
 *   "1.5", "1,500.5"; not "40.000", "40 000" or non-ASCII digits); words ("two hundred and fifty", "twenty-three", "a hundred", "a
 *   dozen", "half a million"); scales ("1.5 million", "3 billion", "2.5k", "1.5bn", and "m"/"b"
 *   after a currency sign: "€2m"). Percentages ("40%", "40 percent", "40 per cent") have unit
 *   "%"; money ("$6 million", "US$6m", "€2m", "£5", "6 million dollars", "USD 6 million")
 *   has the currency's ISO 4217 code as its unit, "$" being USD.
 * - Unit: the short noun phrase after the number, as written ("roughly 250 Venezuelans" →
 *   "Venezuelans"; "more than 250 alleged gang members" → "alleged gang members"; "14 days" →
 *   "days"), up to four adjectives and nouns, stopping at verbs, prepositions and
 *   punctuation and after the first plural. Comparing units is the caller's job
 *   (`unitsComparable`). null when nothing is named ("137 removed under…").
 * - Ages are read, with unit "years old" ("a 23-year-old", "23 years old", "aged 23"), and
 *   are minor.
 * - Not counts, never read: years ("in 2025", "March 2025", "2019-2025", "the 2025
 *   flights"; a plain four-digit number 1000–2100 unless hedged or followed by a plural
 *   noun without a year word such as "in"/"the"/"since" before it: "2000 people" is a
 *   count); calendar dates ("16 March", "March 16, 2025", "3/16/2025", "2025-03-16"); times
 *   ("3 p.m.", "3pm", "15:00", "three o'clock"); ordinals and decades ("the second flight",
 *   "16th", "1990s"); fractions ("two thirds", "1/2"); identifiers ("Flight 123", "Section
 *   212(f)", "Title 8", "No. 5", "MS-13", "COVID-19", and an unhedged number counting
 *   nothing right after a capitalised word inside a sentence: "Boeing 737"); signed numbers
 *   ("-5", "+3%"); "one" used as a pronoun ("one of them", "no one").
 *
 * Never throws on any `text`.
 *
 * @throws RangeError when `approximateTolerance` is not a finite number `>= 0` or
 *   `nearlyBand` not a finite number `> 0`.
 */
export function readQuantity(text: string, options?: ReadQuantityOptions): Quantity | null {
  const found = findQuantities(text, options);
  const chosen = found.find((match) => !match.minor) ?? found[0];
  return chosen ? chosen.quantity : null;
}
