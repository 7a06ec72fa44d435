/**
 * Plain-words reasons, written for a fact-checker, for why two figures cannot both hold or
 * cannot be compared.
 *
 * Contract of {@link conflictReason} (the intervals of `a` and `b` must not overlap):
 * - two exact figures: "238 is not 261";
 * - an exact figure against a hedged one, with the exact figure first: "238 is not more
 *   than 250" (against "more than"), "100 is not less than 100" (against "fewer than"), or
 *   "261 is more than ‘up to 250’", "300 is more than ‘roughly 250’ (225–275)", "100 is less
 *   than ‘at least 137’";
 * - two hedged figures: "‘roughly 250’ (225–275) and ‘over 300’ cannot both be true".
 * A figure is quoted as written; its interval follows in parentheses when the words do not
 * say it outright (about, nearly, just over, order of magnitude, widened ranges).
 * Never throws.
 */
import { describeInterval } from "./describe-interval";
import { formatAmount } from "./format-amount";
import type { Quantity } from "./types";

/** The figure as written, quoted, with its interval when the words leave it implicit. */
export function quotedFigure(q: Quantity): string {
  const quoted = `‘${q.text}’`;
  const explicit =
    q.hedge === "exact" ||
    q.hedge === "at-least" ||
    q.hedge === "at-most" ||
    q.hedge === "fewer-than" ||
    (q.hedge === "more-than" && q.high === Infinity) ||
    (q.hedge === "range" && q.low === q.value);
  return explicit ? quoted : `${quoted} (${describeInterval(q)})`;
}

/** See the module comment. */
export function conflictReason(a: Quantity, b: Quantity): string {
  const aExact = a.low === a.high;
  const bExact = b.low === b.high;
  if (aExact && bExact) return `${formatAmount(a.low, a.unit)} is not ${formatAmount(b.low, b.unit)}`;
  if (!aExact && !bExact) return `${quotedFigure(a)} and ${quotedFigure(b)} cannot both be true`;
  const [point, other] = aExact ? [a, b] : [b, a];
  const p = formatAmount(point.low, point.unit);
  if (other.hedge === "more-than" && other.high === Infinity) return `${p} is not more than ${formatAmount(other.low, other.unit)}`;
  if (other.hedge === "fewer-than") return `${p} is not less than ${formatAmount(other.high, other.unit)}`;
  return `${p} is ${point.low >= other.high ? "more" : "less"} than ${quotedFigure(other)}`;
}

/** Why two figures are not compared: "they count different things: ‘alleged gang members’ and ‘Venezuelans’". */
export function incomparableReason(a: Quantity, b: Quantity): string {
  return `they count different things: ‘${a.unit ?? ""}’ and ‘${b.unit ?? ""}’`;
}
