import type { Locale } from "@/lib/i18n/locales";
import { timeZone } from "@/lib/i18n/translator";

/**
 * Dates as the reader and the claim panel show them, in the interface language and in UTC
 * (which the time says). English keeps the workspace's day-first form ("16 Mar 2025, 14:05
 * UTC"), which next-intl's formatter cannot give for "en" (it writes "Mar 16, 2025, 2:05 PM");
 * Spanish reads "16 mar 2025, 14:05 UTC".
 */
function intlLocale(locale: Locale): string {
  return locale === "en" ? "en-GB" : locale;
}

/** A timestamp (ISO) with its time, e.g. "16 Mar 2025, 14:05 UTC". */
export function dateTimeIn(locale: Locale, iso: string): string {
  return `${new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "medium", timeStyle: "short", timeZone }).format(new Date(iso))} UTC`;
}

/** A calendar day (YYYY-MM-DD), e.g. "16 Mar 2025" or "16 mar 2025". */
export function calendarDateIn(locale: Locale, day: string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "medium", timeZone }).format(new Date(`${day}T00:00:00Z`));
}
