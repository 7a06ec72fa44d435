/**
 * Reads the figure of a claim as a Quantity: an interval with its hedge.
 */
import { findQuantities } from "./find-quantities";
import type { Quantity, ReadQuantityOptions } from "./types";

/**
 * The most prominent figure in `text` (a claim's words) as an interval with its hedge, or null
 * when the text has none: the first figure that is not minor (unhedged number words below ten,
 * ages), else the first. Every hedge, number form, unit and not-a-count rule is in
 * lib/quantities/README.md ("What the words read as"); all figures with offsets:
 * `findQuantities`. `high` is `Infinity` when unbounded: send it through `quantityToJson`.
 * Never throws on any `text`; throws RangeError when `approximateTolerance` is not a finite
 * number >= 0 or `nearlyBand` not a finite number > 0.
 */
export function readQuantity(text: string, options?: ReadQuantityOptions): Quantity | null {
  const found = findQuantities(text, options);
  const chosen = found.find((match) => !match.minor) ?? found[0];
  return chosen ? chosen.quantity : null;
}
