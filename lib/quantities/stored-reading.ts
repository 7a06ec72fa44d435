/**
 * A claim's figure as read from its words, kept beside the claim when the words are saved,
 * so that exports and fact pages need not run the reader again for every claim.
 *
 * A reading depends on the words, on the investigation's tolerance for "about N" and on the
 * reader's rules. The stored form records the tolerance and the reader's version, and
 * {@link quantityOfClaim} uses it only when both still hold; otherwise it reads the words
 * again, so a stale reading is never used (only slower to replace). Bump
 * {@link quantityReaderVersion} whenever a rule change alters what some words read as
 * (`stored-reading.test.ts` notices many such changes and says so).
 */
import { quantityFromJson, quantityToJson, type QuantityJson } from "./quantity-json";
import { readQuantity } from "./read-quantity";
import type { Quantity } from "./types";

export const quantityReaderVersion = 1;

export interface StoredReading {
  reader: number;
  tolerance: number;
  /** The figure in JSON form; null when the words hold none. */
  quantity: QuantityJson | null;
}

/** Reads `exact` with `tolerance` (a share: 0.1 for ±10%) into the form that is stored. */
export function storedReadingOf(exact: string, tolerance: number): StoredReading {
  const quantity = readQuantity(exact, { approximateTolerance: tolerance });
  return { reader: quantityReaderVersion, tolerance, quantity: quantity ? quantityToJson(quantity) : null };
}

/**
 * The stored reading's figure in JSON form when it was made by this reader with `tolerance`;
 * undefined when it is missing, from another reader or tolerance, or not of the stored shape.
 */
export function usableReading(stored: unknown, tolerance: number): QuantityJson | null | undefined {
  if (typeof stored !== "object" || stored === null) return undefined;
  const { reader, tolerance: readWith, quantity } = stored as Partial<StoredReading>;
  if (reader !== quantityReaderVersion || readWith !== tolerance) return undefined;
  if (quantity === null) return null;
  if (typeof quantity !== "object" || quantity === undefined || typeof quantity.low !== "number" || typeof quantity.text !== "string") return undefined;
  return quantity;
}

/**
 * The figure of a claim: a reviewer's correction when there is one, else the stored reading
 * when usable, else what its words read as now. Whenever the stored reading is usable this
 * equals `readQuantity(exact, { approximateTolerance: tolerance })`.
 */
export function quantityOfClaim(claim: { exact: string; quantityOverride: unknown; quantityReading: unknown }, tolerance: number): Quantity | null {
  if (claim.quantityOverride) return quantityFromJson(claim.quantityOverride);
  const stored = usableReading(claim.quantityReading, tolerance);
  if (stored === null) return null;
  if (stored !== undefined) return { ...stored, high: stored.high ?? Infinity };
  return readQuantity(claim.exact, { approximateTolerance: tolerance });
}
