/**
 * A claim's figure as read from its words, kept beside the claim when the words are saved,
 * so that exports and fact pages need not run the reader again for every claim.
 *
 * A reading depends on the words, on the investigation's tolerance for "about N", on the
 * source's language and on the reader's rules. The stored form records the tolerance, the
 * reader's version and, for a Spanish reading, `language: "es"` (a reading without it was
 * read as English, as every reading was before languages), and {@link quantityOfClaim} uses
 * it only when they all still hold; otherwise it reads the words again, so a stale reading is
 * never used (only slower to replace). Bump
 * {@link quantityReaderVersion} whenever a rule change alters what some words read as
 * (`stored-reading.test.ts` notices many such changes and says so).
 */
import { readingLanguage, type ReadingLanguage } from "./language";
import { quantityFromJson, quantityToJson, type QuantityJson } from "./quantity-json";
import { readQuantity } from "./read-quantity";
import type { Quantity } from "./types";

export const quantityReaderVersion = 1;

export interface StoredReading {
  reader: number;
  tolerance: number;
  /** The figure in JSON form; null when the words hold none. */
  quantity: QuantityJson | null;
  /** "es" for words read as Spanish; absent for English (the form every reading had before languages). */
  language?: "es";
}

/** The language a stored reading was read in: "es" when it says so, else English. */
function languageOfReading(stored: Partial<StoredReading>): ReadingLanguage {
  return stored.language === "es" ? "es" : "en";
}

/**
 * Reads `exact` with `tolerance` (a share: 0.1 for ±10%), in the source's `language` (ISO
 * 639-1; "es" reads Spanish, anything else English), into the form that is stored.
 */
export function storedReadingOf(exact: string, tolerance: number, language?: string | null): StoredReading {
  const readIn = readingLanguage(language);
  const quantity = readQuantity(exact, { approximateTolerance: tolerance, language: readIn });
  const reading: StoredReading = { reader: quantityReaderVersion, tolerance, quantity: quantity ? quantityToJson(quantity) : null };
  if (readIn === "es") reading.language = "es";
  return reading;
}

/**
 * The stored reading's figure in JSON form when it was made by this reader with `tolerance`
 * (and in `language`, when one is given); undefined when it is missing, from another reader,
 * tolerance or language, or not of the stored shape.
 */
export function usableReading(stored: unknown, tolerance: number, language?: string | null): QuantityJson | null | undefined {
  if (typeof stored !== "object" || stored === null) return undefined;
  const { reader, tolerance: readWith, quantity } = stored as Partial<StoredReading>;
  if (reader !== quantityReaderVersion || readWith !== tolerance) return undefined;
  if (language !== undefined && readingLanguage(language) !== languageOfReading(stored as Partial<StoredReading>)) return undefined;
  if (quantity === null) return null;
  if (typeof quantity !== "object" || quantity === undefined || typeof quantity.low !== "number" || typeof quantity.text !== "string") return undefined;
  return quantity;
}

/**
 * The figure of a claim: a reviewer's correction when there is one, else the stored reading
 * when usable, else what its words read as now. Whenever the stored reading is usable this
 * equals `readQuantity(exact, { approximateTolerance: tolerance, language })`. Without a
 * `language` (callers that do not load the source's), the stored reading's own language is
 * trusted, and the words are read again in it when the tolerance has changed.
 */
export function quantityOfClaim(
  claim: { exact: string; quantityOverride: unknown; quantityReading: unknown },
  tolerance: number,
  language?: string | null,
): Quantity | null {
  if (claim.quantityOverride) return quantityFromJson(claim.quantityOverride);
  const stored = usableReading(claim.quantityReading, tolerance, language);
  if (stored === null) return null;
  if (stored !== undefined) return { ...stored, high: stored.high ?? Infinity };
  const readIn =
    language ??
    (typeof claim.quantityReading === "object" && claim.quantityReading !== null ? languageOfReading(claim.quantityReading as Partial<StoredReading>) : "en");
  return readQuantity(claim.exact, { approximateTolerance: tolerance, language: readIn });
}
