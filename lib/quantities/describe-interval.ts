/**
 * A Quantity's interval in words, for the comparison table and conflict reasons.
 */
import { formatAmount } from "./format-amount";
import type { Quantity } from "./types";

/**
 * Describes the interval of `q` from its bounds alone (not its hedge), so two Quantities
 * with the same interval read the same:
 *
 * | interval  | description              |
 * |-----------|--------------------------|
 * | [X, X]    | "exactly 238"            |
 * | (X, ∞)    | "more than 200"          |
 * | [X, ∞)    | "at least 137"           |
 * | [0, X]    | "at most 40,000"         |
 * | [0, X)    | "fewer than 100"         |
 * | [A, B]    | "225–275"                |
 * | [A, B)    | "270 to under 300"       |
 * | (A, B]    | "more than 200, at most 220" |
 * | (A, B)    | "more than 200, fewer than 220" |
 *
 * Numbers are formatted by `formatAmount` (at most two decimals, "1.5 million", "40%",
 * "$6 million"); a counted noun is not repeated. Never throws.
 */
export function describeInterval(q: Quantity): string {
  const f = (x: number) => formatAmount(x, q.unit);
  const { low, high, lowInclusive, highInclusive } = q;
  if (low === high) return `exactly ${f(low)}`;
  if (high === Infinity) return `${lowInclusive ? "at least" : "more than"} ${f(low)}`;
  if (low === 0 && lowInclusive) return `${highInclusive ? "at most" : "fewer than"} ${f(high)}`;
  if (lowInclusive && highInclusive) return `${f(low)}–${f(high)}`;
  if (lowInclusive) return `${f(low)} to under ${f(high)}`;
  return `more than ${f(low)}, ${highInclusive ? "at most" : "fewer than"} ${f(high)}`;
}
