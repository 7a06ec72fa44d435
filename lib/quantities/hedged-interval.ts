/**
 * The interval a hedged figure stands for. These are the semantics `readQuantity`
 * documents; X is the value as written, t the approximate tolerance, b the nearly band
 * (both shares of X, default 0.10):
 *
 * | meaning         | written                                   | interval         |
 * |-----------------|-------------------------------------------|------------------|
 * | exact           | "238", "exactly 238"                      | [X, X]           |
 * | more-than       | "over / more than / above / in excess of" | (X, ∞)           |
 * | just-over       | "just over / slightly more than"          | (X, X + b·X]     |
 * | at-least        | "at least / no fewer than / X or more"    | [X, ∞)           |
 * | nearly          | "nearly / almost / just under / close to" | [X − b·X, X)     |
 * | approximately   | "roughly / about / around / some / ~"     | [X − t·X, X + t·X] |
 * | at-most         | "up to / as many as / at most / no more than" | [0, X]       |
 * | fewer-than      | "fewer than / less than / under / below"  | [0, X)           |
 *
 * Zero is included by every upper-bounded hedge: "up to 40,000" and "fewer than 100" do
 * not promise that any were counted, and a conflict is flagged only when both figures
 * cannot hold. Returns null when the interval would be empty ("fewer than 0", "nearly 0").
 * X must be finite and `>= 0`.
 */
import type { HedgeMeaning } from "./hedge-phrases";
import { isEmptyInterval, type Interval } from "./interval";

export interface Bands {
  approximateTolerance: number;
  nearlyBand: number;
}

export function hedgedInterval(meaning: HedgeMeaning, x: number, bands: Bands): Interval | null {
  let interval: Interval;
  switch (meaning) {
    case "exact":
      interval = { low: x, high: x, lowInclusive: true, highInclusive: true };
      break;
    case "more-than":
      interval = { low: x, high: Infinity, lowInclusive: false, highInclusive: false };
      break;
    case "just-over":
      interval = { low: x, high: x + bands.nearlyBand * x, lowInclusive: false, highInclusive: true };
      break;
    case "at-least":
      interval = { low: x, high: Infinity, lowInclusive: true, highInclusive: false };
      break;
    case "nearly":
      interval = { low: Math.max(0, x - bands.nearlyBand * x), high: x, lowInclusive: true, highInclusive: false };
      break;
    case "approximately":
      interval = { low: Math.max(0, x - bands.approximateTolerance * x), high: x + bands.approximateTolerance * x, lowInclusive: true, highInclusive: true };
      break;
    case "at-most":
      interval = { low: 0, high: x, lowInclusive: true, highInclusive: true };
      break;
    case "fewer-than":
      interval = { low: 0, high: x, lowInclusive: true, highInclusive: false };
      break;
  }
  // A huge X times (1 + band) can overflow; infinity is never a member.
  if (interval.high === Infinity) interval.highInclusive = false;
  return isEmptyInterval(interval) ? null : interval;
}
