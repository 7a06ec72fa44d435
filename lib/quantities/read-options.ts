/**
 * Resolves and checks the options of `readQuantity` / `findQuantities`.
 *
 * Shares above 1 are allowed (the lower end is then 0), so any percentage a settings form
 * accepts reads without error.
 *
 * @throws RangeError when `approximateTolerance` is not a finite number `>= 0` or
 *   `nearlyBand` is not a finite number `> 0`.
 */
import type { Bands } from "./hedged-interval";
import { DEFAULT_APPROXIMATE_TOLERANCE, DEFAULT_NEARLY_BAND, type ReadQuantityOptions } from "./types";

export function resolveBands(options: ReadQuantityOptions | undefined): Bands {
  const approximateTolerance = options?.approximateTolerance ?? DEFAULT_APPROXIMATE_TOLERANCE;
  const nearlyBand = options?.nearlyBand ?? DEFAULT_NEARLY_BAND;
  if (typeof approximateTolerance !== "number" || !Number.isFinite(approximateTolerance) || approximateTolerance < 0) {
    throw new RangeError(`approximateTolerance must be a finite number >= 0, got ${String(approximateTolerance)}`);
  }
  if (typeof nearlyBand !== "number" || !Number.isFinite(nearlyBand) || nearlyBand <= 0) {
    throw new RangeError(`nearlyBand must be a finite number > 0, got ${String(nearlyBand)}`);
  }
  return { approximateTolerance, nearlyBand };
}
