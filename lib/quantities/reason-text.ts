/**
 * A conflict or comparison reason written out in `locale` through the "Facts" catalogue:
 * the fact page's words, and, in English, the API's `reason`. Apart from `render-reason.ts`
 * so that client components, which have the catalogue from next-intl, do not bundle it twice.
 */
import type { Locale } from "../i18n/locales";
import { translator } from "../i18n/translator";
import type { ComparisonReasonData } from "./comparison-reason";
import { renderReason, type FactsTranslate } from "./render-reason";

/** One translator per locale, made once: making one costs far more than a message (200 claims make 19,900 pairs). */
const translators = new Map<Locale, FactsTranslate>();

function factsTranslator(locale: Locale): FactsTranslate {
  let translate = translators.get(locale);
  if (!translate) {
    const t = translator(locale, "Facts");
    translate = (key, values) => t(key as never, values as never);
    translators.set(locale, translate);
  }
  return translate;
}

/**
 * Texts already written, by locale and reason: the pairs of a large fact repeat a few reasons
 * (the same two units), and a fact's API answer writes one per pair. Emptied past 5,000.
 */
const written = new Map<string, string>();

export function reasonText(why: ComparisonReasonData, locale: Locale): string {
  const key = `${locale}\u0000${JSON.stringify(why)}`;
  let text = written.get(key);
  if (text === undefined) {
    text = renderReason(why, locale, factsTranslator(locale));
    if (written.size >= 5000) written.clear();
    written.set(key, text);
  }
  return text;
}
