/**
 * The Quantity of the glossary: a figure read from a claim's words, with its hedge, as
 * an interval of the real line.
 *
 * Invariants every Quantity produced by this module keeps (and `quantityFromJson`
 * checks):
 * - `low` is finite and `low >= 0` (negative and signed numbers are not read as counts);
 * - `high` is a number `>= low`, or `Infinity` for an unbounded figure ("over 200");
 *   `highInclusive` is false when `high` is `Infinity`;
 * - the interval is never empty: when `low === high` both ends are inclusive;
 * - `value` (the number as written) lies in the interval or on one of its ends.
 */

/** How a figure was hedged; see `readQuantity` for the interval each one gives. */
export const hedges = ["exact", "more-than", "at-least", "nearly", "approximately", "at-most", "fewer-than", "range", "order-of-magnitude"] as const;
export type Hedge = (typeof hedges)[number];

export function isHedge(value: unknown): value is Hedge {
  return typeof value === "string" && (hedges as readonly string[]).includes(value);
}

export interface Quantity {
  /** Lower end of the interval; finite, `>= 0`. */
  low: number;
  /** Upper end of the interval; `Infinity` when unbounded ("more than 200"). */
  high: number;
  lowInclusive: boolean;
  /** Always false when `high` is `Infinity`. */
  highInclusive: boolean;
  hedge: Hedge;
  /**
   * The number as written, scaled ("1.5 million" → 1500000). For a range it is the
   * first (lower) figure; for an order-of-magnitude phrase ("hundreds of") the lower end.
   */
  value: number;
  /**
   * What is counted, as written: the short noun phrase after the number
   * ("alleged gang members"), "%" for percentages, an ISO 4217 code for money ("USD",
   * "EUR", "GBP", "JPY"), "years old" for ages; null when nothing is named.
   */
  unit: string | null;
  /** The figure as written, hedge included, counted noun excluded: "roughly 250", "$6 million". */
  text: string;
}

/** Options of `readQuantity` and `findQuantities`. */
export interface ReadQuantityOptions {
  /**
   * Half-width of the "approximately" band as a share of the value: "roughly 250" with
   * 0.10 is [225, 275]. Default {@link DEFAULT_APPROXIMATE_TOLERANCE}; must be finite and `>= 0`
   * (above 1 the lower end is 0).
   */
  approximateTolerance?: number;
  /**
   * Width of the band just below a "nearly" figure ("nearly 300" with 0.10 is [270, 300)),
   * and just above a "just over" figure ("just over 200" is (200, 220]), as a share of the
   * value. Default {@link DEFAULT_NEARLY_BAND}; must be finite and `> 0`.
   */
  nearlyBand?: number;
  /**
   * The language of the words, ISO 639-1 (a source's `language`): "es" reads Spanish hedges,
   * number words and number formats ("más de 200", "doscientos", "40.000", "1,5"); any other
   * code, or none, reads English.
   */
  language?: string;
}

export const DEFAULT_APPROXIMATE_TOLERANCE = 0.1;
export const DEFAULT_NEARLY_BAND = 0.1;

/** One figure found in a text, with where it is. */
export interface QuantityMatch {
  quantity: Quantity;
  /** Offsets of `quantity.text` in the text read: UTF-16 code units, half-open. */
  start: number;
  end: number;
  /**
   * True for figures that rarely carry a claim and are passed over by `readQuantity` when
   * another figure is present: an unhedged number word below ten ("two flights") and ages.
   */
  minor: boolean;
  /** One past the counted noun read after the figure ("Venezuelans" of "roughly 250 Venezuelans"), else `end`. */
  unitEnd: number;
}
