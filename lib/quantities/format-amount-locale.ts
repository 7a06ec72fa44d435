/**
 * Numbers in the reader's language, for conflict and comparison reasons.
 *
 * Contract of {@link formatAmountIn}: in English, exactly `formatAmount` ("40,000", "1.5
 * million", "$6 million", "40%"). In Spanish (and any other locale), the locale's own
 * grouping and decimal mark with at most two decimals ("40.000", "214,25"; CLDR leaves four
 * digits ungrouped in Spanish: "4000"), whole millions and larger in words ("1,5 millones",
 * "6 mil millones"), "%" after a space ("40 %", as the RAE writes it), USD/EUR/GBP/JPY as
 * their signs after the number ("6 millones US$", "20 €"), another ISO 4217 code after it
 * ("5 CHF"); `Infinity` as "∞". Any other unit is left out. Never throws.
 */
import { formatAmount } from "./format-amount";

const SIGNS: Readonly<Record<string, string>> = { USD: "US$", EUR: "€", GBP: "£", JPY: "¥" };

function formatNumberIn(locale: string, x: number): string {
  if (!Number.isFinite(x)) return x > 0 ? "∞" : Number.isNaN(x) ? "NaN" : "−∞";
  const scaled = x / 1e6;
  const wholeMillions = Math.abs(x) >= 1e6 && Math.abs(scaled * 100 - Math.round(scaled * 100)) < 1e-6;
  const options: Intl.NumberFormatOptions = wholeMillions
    ? { notation: "compact", compactDisplay: "long", maximumFractionDigits: 2 }
    : { maximumFractionDigits: 2 };
  return new Intl.NumberFormat(locale, options).format(x);
}

/** See the module comment. */
export function formatAmountIn(locale: string, x: number, unit: string | null): string {
  if (locale === "en") return formatAmount(x, unit);
  const n = formatNumberIn(locale, x);
  if (unit === "%") return `${n} %`;
  if (unit !== null && Object.hasOwn(SIGNS, unit)) return `${n} ${SIGNS[unit]}`;
  if (unit !== null && /^[A-Z]{3}$/.test(unit)) return `${n} ${unit}`;
  return n;
}
