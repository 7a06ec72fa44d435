import type { Locale } from "@/lib/i18n/locales";

/*
 * Dates as people read them, in their interface language. English keeps the day-month-year
 * order the desk has always read ("16 Mar 2025"); Spanish reads "16 mar 2025". Times are shown
 * in UTC, and say so. Callers pass the request's locale (getLocale() / useLocale()); without one
 * the English form is used, so callers in areas not yet translated keep their text.
 */
const intlLocale: Record<Locale, string> = { en: "en-GB", es: "es-ES" };

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function cached(cache: Map<string, Intl.DateTimeFormat>, locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const existing = cache.get(locale);
  if (existing) return existing;
  const made = new Intl.DateTimeFormat(intlLocale[locale], { ...options, timeZone: "UTC" });
  cache.set(locale, made);
  return made;
}

/** "16 Mar 2025, 14:05 UTC" (es: "16 mar 2025, 14:05 UTC") from an ISO timestamp. */
export function formatDateTime(iso: string, locale: Locale = "en"): string {
  return `${cached(dateTimeFormats, locale, { dateStyle: "medium", timeStyle: "short" }).format(new Date(iso))} UTC`;
}

/** "16 Mar 2025" (es: "16 mar 2025") from a YYYY-MM-DD calendar date. */
export function formatCalendarDate(day: string, locale: Locale = "en"): string {
  return cached(dateFormats, locale, { dateStyle: "medium" }).format(new Date(`${day}T00:00:00Z`));
}

/** A count as the locale writes it ("12,000" / "12.000"). */
export function formatCount(count: number, locale: Locale = "en"): string {
  return new Intl.NumberFormat(intlLocale[locale]).format(count);
}
