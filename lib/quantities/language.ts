/**
 * The language a figure is read in. A source's language is an ISO 639-1 code ("es", "en",
 * "fr", …); "es" reads Spanish hedges, number words and number formats, and every other code
 * (or none) reads as English, as before languages existed.
 */
export type ReadingLanguage = "en" | "es";

/** The reading language for a source's ISO 639-1 code (case-insensitive; region tags such as "es-MX" read as "es"). */
export function readingLanguage(language: string | null | undefined): ReadingLanguage {
  if (typeof language !== "string") return "en";
  const primary = language.trim().toLowerCase().split(/[-_]/)[0];
  return primary === "es" ? "es" : "en";
}
