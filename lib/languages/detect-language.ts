/**
 * The language a source is written in, detected from its text with eld (Efficient
 * Language Detector, its "small" n-gram database: 60 languages). Why eld, and how it did
 * against tinyld and franc on short news paragraphs, is in this folder's README.
 *
 * Contract of {@link detectLanguage}:
 * - returns an ISO 639-1 code (`isLanguageCode`);
 * - returns `fallback` when the text has no letters (empty, blank, only figures), or when
 *   eld finds no language or calls its guess unreliable (too few n-grams, close scores):
 *   a three-word English phrase can read as Yoruba, and a guess is worse than the
 *   investigation's own language;
 * - reads at most the first 4,000 characters (a paragraph is plenty; eld's own limit is
 *   about 1,000 bytes of n-grams), so a 2 MiB source costs what a page does;
 * - pure and deterministic; never throws.
 */
import { eld } from "eld/small";
import { isLanguageCode, type LanguageCode } from "./iso-639-1";

const readLength = 4000;

/** See the module comment. */
export function detectLanguage(text: string, fallback: LanguageCode): LanguageCode {
  const sample = text.slice(0, readLength);
  if (!/\p{L}/u.test(sample)) return fallback;
  const result = eld.detect(sample);
  if (!result.isReliable() || !isLanguageCode(result.language)) return fallback;
  return result.language;
}
