/**
 * The two-letter language codes of ISO 639-1 (the codes a source's `language` may hold).
 *
 * Contract of {@link isLanguageCode}: true only for a code in this list, written in lower
 * case ("es", "en", "pt"); "ES", "spa", "es-ES" and "" are not codes. Never throws.
 */
export const iso6391Codes = [
  "aa", "ab", "ae", "af", "ak", "am", "an", "ar", "as", "av", "ay", "az", "ba", "be", "bg", "bi", "bm", "bn", "bo", "br",
  "bs", "ca", "ce", "ch", "co", "cr", "cs", "cu", "cv", "cy", "da", "de", "dv", "dz", "ee", "el", "en", "eo", "es", "et",
  "eu", "fa", "ff", "fi", "fj", "fo", "fr", "fy", "ga", "gd", "gl", "gn", "gu", "gv", "ha", "he", "hi", "ho", "hr", "ht",
  "hu", "hy", "hz", "ia", "id", "ie", "ig", "ii", "ik", "io", "is", "it", "iu", "ja", "jv", "ka", "kg", "ki", "kj", "kk",
  "kl", "km", "kn", "ko", "kr", "ks", "ku", "kv", "kw", "ky", "la", "lb", "lg", "li", "ln", "lo", "lt", "lu", "lv", "mg",
  "mh", "mi", "mk", "ml", "mn", "mr", "ms", "mt", "my", "na", "nb", "nd", "ne", "ng", "nl", "nn", "no", "nr", "nv", "ny",
  "oc", "oj", "om", "or", "os", "pa", "pi", "pl", "ps", "pt", "qu", "rm", "rn", "ro", "ru", "rw", "sa", "sc", "sd", "se",
  "sg", "si", "sk", "sl", "sm", "sn", "so", "sq", "sr", "ss", "st", "su", "sv", "sw", "ta", "te", "tg", "th", "ti", "tk",
  "tl", "tn", "to", "tr", "ts", "tt", "tw", "ty", "ug", "uk", "ur", "uz", "ve", "vi", "vo", "wa", "wo", "xh", "yi", "yo",
  "za", "zh", "zu",
] as const;

export type LanguageCode = (typeof iso6391Codes)[number];

const codes: ReadonlySet<string> = new Set(iso6391Codes);

/** See the module comment. */
export function isLanguageCode(value: unknown): value is LanguageCode {
  return typeof value === "string" && codes.has(value);
}

/**
 * The languages the source form offers first, Spanish and English leading (the desk's two
 * languages), then the languages of the region's and the wires' other news. Any other code
 * of {@link iso6391Codes} is accepted too.
 */
export const commonLanguages = ["es", "en", "pt", "fr", "de", "it", "ca", "gl", "eu", "nl", "ar", "ru", "zh", "ja"] as const satisfies readonly LanguageCode[];
