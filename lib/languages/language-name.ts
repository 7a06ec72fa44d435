/**
 * A language's name in the reader's interface language, from the runtime's CLDR data
 * (`Intl.DisplayNames`): languageName("es", "en") → "Spanish", languageName("es", "es") →
 * "español", languageName("en", "es") → "inglés". No catalogue holds these names: CLDR has
 * every ISO 639-1 code in both interface languages. An unknown code is returned as it is.
 * Never throws.
 */
export function languageName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: "language", fallback: "code" }).of(code) ?? code;
  } catch {
    return code; // not a well-formed tag (Intl throws RangeError); shown as stored
  }
}
