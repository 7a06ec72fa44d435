/**
 * The words and number formats of the charts in one locale. `t` is the "Charts" catalogue
 * namespace (lib/i18n/messages/<locale>/Charts.json) as a translator; numbers and dates go
 * through `Intl` with the locale. User text (outlets, wordings, units) is never translated.
 */
import type { Quantity } from "../quantities";

export type ChartTranslate = (key: string, values?: Record<string, string | number>) => string;

export interface ChartText {
  locale: string;
  t: ChartTranslate;
}

const numberFormats = new Map<string, Intl.NumberFormat>();
const compactFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function cached<T>(cache: Map<string, T>, locale: string, make: () => T): T {
  let format = cache.get(locale);
  if (!format) cache.set(locale, (format = make()));
  return format;
}

/** A figure as the locale writes it: "40,000" (en), "40.000" (es); at most two decimals. */
export function formatFigure(locale: string, x: number): string {
  return cached(numberFormats, locale, () => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 })).format(x);
}

/** An axis label: as `formatFigure`, but compact from 100,000 on ("1M", "1 M"). */
export function formatTick(locale: string, x: number): string {
  if (Math.abs(x) < 100_000) return formatFigure(locale, x);
  return cached(compactFormats, locale, () => new Intl.NumberFormat(locale, { notation: "compact", maximumFractionDigits: 1 })).format(x);
}

/** A calendar date (milliseconds of its UTC midnight) in the locale's medium style: "Mar 16, 2025", "16 mar 2025". */
export function formatDate(locale: string, time: number): string {
  return cached(dateFormats, locale, () => new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" })).format(time);
}

/** The reading of a figure in words: "exactly 238", "more than 200", "from 270 (included) to 300 (excluded)". */
export function readingOf({ t, locale }: ChartText, q: Quantity): string {
  const low = formatFigure(locale, q.low);
  if (q.low === q.high) return t("reading.exact", { value: low });
  if (!Number.isFinite(q.high)) return t(q.lowInclusive ? "reading.atLeast" : "reading.moreThan", { low });
  const words = { t, locale };
  return t("reading.between", { low: endText(words, q.low, q.lowInclusive), high: endText(words, q.high, q.highInclusive) });
}

/** The end of a placed interval for the data table: "270 (included)", "no upper end". */
export function endText({ t, locale }: ChartText, value: number, inclusive: boolean): string {
  if (!Number.isFinite(value)) return t("table.noUpperEnd");
  return t(inclusive ? "table.included" : "table.excluded", { value: formatFigure(locale, value) });
}
