/**
 * A conflict or comparison reason written out in `locale` through the "Facts" catalogue:
 * the fact page's words, and, in English, the API's `reason`. Apart from `render-reason.ts`
 * so that client components, which have the catalogue from next-intl, do not bundle it twice.
 */
import type { Locale } from "../i18n/locales";
import { translator } from "../i18n/translator";
import type { ComparisonReasonData } from "./comparison-reason";
import { renderReason } from "./render-reason";

export function reasonText(why: ComparisonReasonData, locale: Locale): string {
  const t = translator(locale, "Facts");
  return renderReason(why, locale, (key, values) => t(key as never, values as never));
}
