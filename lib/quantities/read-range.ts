/**
 * The second half of a range: "200-250", "200 – 250", "200 to 250", "between 200 and 250",
 * "two or three".
 *
 * Contract of {@link readRangeEnd}, given the first amount A:
 * - The separator is a dash ("-", "–", "—"), "to", "and" (only when `between` is set), or
 *   "or"; the second amount B follows on the same line.
 * - A scale, currency or percent written only on B is shared with A when that reads
 *   naturally: "between 1 and 2 million" is [1e6, 2e6] (A ≤ B's number before its scale),
 *   "$5-6 million" and "5-6 million dollars" are both USD, "40-50%" is percent. Two
 *   different currencies, or money and a percentage, are not a range.
 * - Result `range`: [low, high] with A ≤ B ("between 250 and 200" is reordered). A dash with
 *   A > B is not a range but is not a count either ("3-2", "24-7", "2025-03"): result
 *   `reject`. "to" or "or" with A ≥ B (for "or") / A > B (for "to") is no range: null.
 * - When B is a time, an ordinal or a calendar day ("2-3pm", "between 2 and 3pm",
 *   "16-18 March"), A is one too: result `reject`.
 * - Spanish (`language` "es"): "a" and "hasta" are "to" ("de 200 a 250", "desde 200 hasta
 *   300"), "y" is "and" (only after "entre"), "o"/"u" are "or" ("dos o tres").
 * - Never throws.
 */
import { hasDateOrTimeAfter, isCalendarDay } from "./not-a-count";
import { readAmount, scaledValue, type Amount } from "./read-amount";
import type { ReadingLanguage } from "./language";
import { isInline, type Token } from "./tokenize";

export type RangeEnd =
  { kind: "range"; low: number; high: number; currency: string | null; percent: boolean; second: Amount; end: number } | { kind: "reject"; end: number };

const DASHES = new Set(["-", "‐", "‑", "–", "—"]);

/** A's value with B's scale applied when only B carries one: the "1" of "1-2 million". */
function sharedScaleValue(tokens: readonly Token[], a: Amount, b: Amount): number {
  if (!b.scaled || a.scaled || a.value > b.base) return a.value;
  if (a.kind === "digits") {
    const digits = tokens[a.numberIndex]!;
    return scaledValue(digits.value ?? digits.text, b.multiplier);
  }
  return a.value * b.multiplier;
}

/** See the module comment. */
/** Range words and what they join as. */
const SEPARATORS: Readonly<Record<ReadingLanguage, Readonly<Record<string, "to" | "or" | "and">>>> = {
  en: { to: "to", or: "or", and: "and" },
  es: { a: "to", al: "to", hasta: "to", o: "or", u: "or", y: "and" },
};
/** Spanish articles between a range word and the second figure: "entre el 30 y el 40 %". */
const SPANISH_ARTICLES = new Set(["el", "la", "los", "las"]);

export function readRangeEnd(tokens: readonly Token[], a: Amount, between: boolean, language: ReadingLanguage = "en"): RangeEnd | null {
  const sep = tokens[a.end];
  if (!sep || !isInline(sep)) return null;
  let kind: "dash" | "to" | "and" | "or";
  const word = sep.kind === "word" && sep.gapBefore !== "" && Object.hasOwn(SEPARATORS[language], sep.lower) ? SEPARATORS[language][sep.lower]! : null;
  if (sep.kind === "punct" && DASHES.has(sep.text)) kind = "dash";
  else if (word && (word !== "and" || between)) kind = word;
  else return null;

  let at = a.end + 1;
  if (language === "es" && kind !== "dash" && tokens[at]?.kind === "word" && SPANISH_ARTICLES.has(tokens[at]!.lower) && isInline(tokens[at])) at++;
  const first = tokens[at];
  if (!first || !isInline(first) || (kind !== "dash" && first.gapBefore === "")) return null;
  const b = readAmount(tokens, at, language);
  if (!b || b.malformed) return null;
  // "2-3pm", "between 2 and 3pm", "16-18 March": A is a time or a day as well.
  if (hasDateOrTimeAfter(tokens, b, language) || isCalendarDay(tokens, b, language)) return { kind: "reject", end: b.end };
  // A word number never pairs with digits across a dash ("one-300"), and words pair with words.
  if (kind === "dash" && a.kind !== b.kind) return null;
  if (a.currency && b.currency && a.currency !== b.currency) return null;
  const currency = a.currency ?? b.currency;
  const percent = a.percent || b.percent;
  if (currency && percent) return null;
  if ((a.attachedUnit ?? b.attachedUnit) !== (b.attachedUnit ?? a.attachedUnit)) return null;

  let low = sharedScaleValue(tokens, a, b);
  let high = b.value;
  if (low > high) {
    if (kind === "dash") return { kind: "reject", end: b.end };
    if (kind !== "and") return null;
    [low, high] = [high, low];
  }
  if (kind === "or" && low === high) return null;
  return { kind: "range", low, high, currency, percent, second: b, end: b.end };
}
