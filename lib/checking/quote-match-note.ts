import type { Locale } from "../i18n/locales";
import { translator } from "../i18n/translator";

/** What the evidence quote check found, as stored with the evidence (see `QuoteMatchRecord`). */
export interface QuoteMatchSummary {
  sourceTitle: string;
  status: string;
  score: number;
  versionNumber?: number;
  versionCount?: number;
}

/**
 * The line shown under an evidence quote that links to one of the investigation's sources:
 * found (exactly, or approximately with its likeness), found only in an earlier version
 * (which one, and that the current text lacks it), or not found. `isWarning` is true
 * whenever the current text does not hold the quote. In `locale` (English when omitted).
 */
export function describeQuoteMatch(match: QuoteMatchSummary, locale: Locale = "en"): { text: string; isWarning: boolean } {
  const t = translator(locale, "Checking");
  const title = match.sourceTitle;
  if (match.status === "exact") return { text: t("quoteMatch.exact", { title }), isWarning: false };
  if (match.status === "fuzzy") return { text: t("quoteMatch.fuzzy", { title, likeness: Math.round(match.score * 100) / 100 }), isWarning: false };
  if (match.status === "earlier-version") {
    return {
      text: t("quoteMatch.earlierVersion", { title, version: match.versionNumber ?? 0, count: match.versionCount ?? 0 }),
      isWarning: true,
    };
  }
  return { text: t("quoteMatch.notFound", { title }), isWarning: true };
}
