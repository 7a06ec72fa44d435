import { defaultLocale, isLocale, type Locale } from "./locales";

/**
 * The interface language for a request: the person's own choice, else the `locale` cookie
 * (the sign-in page's switch), else the best match of the browser's `Accept-Language`, else
 * English. Unknown or malformed values are skipped, never trusted.
 */
export function chooseLocale({ chosen, cookie, acceptLanguage }: { chosen?: string | null; cookie?: string | null; acceptLanguage?: string | null }): Locale {
  if (isLocale(chosen)) return chosen;
  if (isLocale(cookie)) return cookie;
  return fromAcceptLanguage(acceptLanguage ?? "") ?? defaultLocale;
}

/**
 * The supported language the `Accept-Language` header ranks highest ("es-MX,es;q=0.9,en;q=0.8"
 * → es), matching on the primary subtag; null when it names none. Entries with q=0 are refusals.
 */
export function fromAcceptLanguage(header: string): Locale | null {
  const ranked = header
    .slice(0, 1_000)
    .split(",")
    .map((entry, index) => {
      const [tag = "", ...parameters] = entry.trim().split(";");
      const q = parameters.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const quality = q === undefined ? 1 : Number(q.slice(2));
      return { language: tag.trim().toLowerCase().split("-")[0]!, quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((entry) => entry.quality > 0 && isLocale(entry.language))
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  return (ranked[0]?.language as Locale | undefined) ?? null;
}
