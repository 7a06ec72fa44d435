/**
 * Conflict and comparison reasons (`comparison-reason.ts`) written out in a language, through
 * the "Facts" catalogue (`comparison.reason.*`, `comparison.figure.*`,
 * `comparison.interval.*`), numbers formatted for the locale (`formatAmountIn`).
 *
 * Contract of {@link renderReason}: `t` translates keys of the "Facts" namespace in
 * `locale`. Figures are quoted as written ("‘roughly 250’", «unos 250»), with their interval
 * when the words leave it implicit; units as written. In English the text is the one
 * `conflictReason` has always given ("238 is not more than 250"). Never throws on reasons
 * built by this module.
 */
import type { Amount, ComparisonReasonData, IntervalWords, QuotedFigure } from "./comparison-reason";
import { formatAmountIn } from "./format-amount-locale";

/** A translator of the "Facts" namespace: key and ICU values in, text out. */
export type FactsTranslate = (key: string, values?: Record<string, string | number>) => string;

function amountText(locale: string, amount: Amount): string {
  return formatAmountIn(locale, amount.value, amount.unit);
}

function intervalText(locale: string, t: FactsTranslate, interval: IntervalWords): string {
  const low = formatAmountIn(locale, interval.low, interval.unit);
  const high = formatAmountIn(locale, interval.high, interval.unit);
  return t(`comparison.interval.${interval.shape}`, { low, high });
}

function figureText(locale: string, t: FactsTranslate, figure: QuotedFigure): string {
  return figure.interval
    ? t("comparison.figure.withInterval", { text: figure.text, interval: intervalText(locale, t, figure.interval) })
    : t("comparison.figure.quoted", { text: figure.text });
}

/** See the module comment. */
export function renderReason(why: ComparisonReasonData, locale: string, t: FactsTranslate): string {
  const key = `comparison.reason.${why.code}`;
  switch (why.code) {
    case "notEqual":
      return t(key, { a: amountText(locale, why.a), b: amountText(locale, why.b) });
    case "notMoreThan":
    case "notLessThan":
      return t(key, { point: amountText(locale, why.point), bound: amountText(locale, why.bound) });
    case "moreThanFigure":
    case "lessThanFigure":
      return t(key, { point: amountText(locale, why.point), figure: figureText(locale, t, why.figure) });
    case "cannotBothHold":
    case "canBothHold":
      return t(key, { a: figureText(locale, t, why.a), b: figureText(locale, t, why.b) });
    case "differentThings":
    case "differentUnits":
      return t(key, { a: why.a, b: why.b });
    case "noFigure":
      return t(key, { missing: why.missing });
  }
}
