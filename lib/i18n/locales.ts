/** The languages the interface speaks. User-written text is never translated. */
export const locales = ["en", "es"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "en";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

/** Each language named in itself, for the language switches. */
export const localeNames: Record<Locale, string> = { en: "English", es: "Español" };
