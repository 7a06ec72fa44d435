/**
 * Reads one amount — a single number with its scale, currency and percent sign, no hedge
 * and no counted noun — starting at a token.
 *
 * Contract of {@link readAmount}:
 * - Digits: "238", "40,000", "1,500.5", with an attached multiplier suffix ("2.5k", "1.5bn",
 *   "6mn", "3tn"; "m"/"M" and "b"/"B" only after a currency sign: "€2m", "$6B"), or
 *   followed by scale words ("1.5 million", "3 billion", "2 dozen", "2 hundred thousand").
 *   Other letters touching the digits, one to three of them, are kept as `attachedUnit`
 *   ("10km" → "km"), except the suffixes that make the number a date, time or ordinal
 *   ("16th", "1990s", "3pm"), which are left for the not-a-count checks; a longer word glued
 *   to the digits ("200people") makes it no amount.
 * - Words: everything `readNumberWords` reads ("two hundred and fifty", "a dozen").
 * - Money: a currency sign or code before ("$", "US$", "€", "£", "¥", "USD 6 million"),
 *   or a currency word after ("6 million dollars", "2m euros", "5 USD"). "$" is read as USD.
 * - Percent: "40%", "40 %", "40 percent", "40 per cent", "40 pct".
 * - Digits with broken grouping ("1,50", "1.2.3") or a leading zero ("007", the "000" of a
 *   space-grouped "40 000") are read but marked `malformed`, for the caller to skip.
 * - Values are computed from the decimal string, so "2.3 million" is exactly 2300000.
 * - Spanish (`language` "es"): numbers as `tokenize` reads them in Spanish ("40.000", "1,5"),
 *   words as `readSpanishNumberWords` reads them, scale words after digits ("2 mil", "1,5
 *   millones", "2,3 mil millones"), "por ciento", "dólares"/"euros" after the number or after
 *   "de" following a scale ("6 millones de dólares"); ordinal letters touching the digits
 *   ("1º", "3ª", "1er") are left for the not-a-count checks. A collective word ("un
 *   centenar") marks the amount `approximate`.
 * - Returns null when no amount starts at token `i`. Never throws.
 */
import { readSpanishNumberWords, SPANISH_SCALES_AFTER_DIGITS } from "./es-number-words";
import { SPANISH_ORDINAL_SUFFIXES } from "./es-words";
import type { ReadingLanguage } from "./language";
import { lookupTable } from "./lookup-table";
import { readNumberWords, SCALES } from "./number-words";
import { isAttached, isInline, isPunct, isWord, type Token } from "./tokenize";
import { isYearNumeral } from "./year-numeral";

export interface Amount {
  value: number;
  /** The number before any scale word or multiplier ("1.5" of "1.5 million"). */
  base: number;
  /** True when a scale word or multiplier suffix was applied. */
  scaled: boolean;
  /** The scale applied: 1e6 for "1.5 million", 1 when none. */
  multiplier: number;
  kind: "digits" | "words";
  /** ISO 4217 code, or null. */
  currency: string | null;
  percent: boolean;
  /** Letters touching the digits that are not a multiplier: "km" of "10km". */
  attachedUnit: string | null;
  /** First token (the currency sign when there is one). */
  start: number;
  /** Index of the digits token or first number word. */
  numberIndex: number;
  /** One past the last token of the number itself (scale words and multiplier included). */
  numberEnd: number;
  /** One past the last token read (currency word or percent sign included). */
  end: number;
  /** A plain four-digit integer in digits between 1000 and 2100 without separators, scale, currency or percent. */
  yearLike: boolean;
  /** The digits token was malformed ("1,50", "1.2.3") or has a leading zero ("007"). */
  malformed: boolean;
  /** Spanish collective words ("un centenar", "dos millares"): about so many. */
  approximate: boolean;
}

const CURRENCY_SIGNS: Readonly<Record<string, string>> = lookupTable({ $: "USD", "€": "EUR", "£": "GBP", "¥": "JPY" });
const CURRENCY_CODES = new Set(["usd", "eur", "gbp", "jpy", "chf", "cad", "aud", "mxn"]);
const CURRENCY_WORDS: Readonly<Record<string, string>> = lookupTable({
  dollar: "USD",
  dollars: "USD",
  euro: "EUR",
  euros: "EUR",
  yen: "JPY",
  usd: "USD",
  eur: "EUR",
  gbp: "GBP",
  jpy: "JPY",
  chf: "CHF",
  cad: "CAD",
  aud: "AUD",
  mxn: "MXN",
});
const ALWAYS_MULTIPLIERS: Readonly<Record<string, number>> = lookupTable({ k: 1e3, mn: 1e6, bn: 1e9, tn: 1e12 });
const MONEY_MULTIPLIERS: Readonly<Record<string, number>> = lookupTable({ m: 1e6, b: 1e9 });
/** Suffixes the not-a-count checks look at; never read as units. */
export const DATE_TIME_SUFFIXES = new Set(["st", "nd", "rd", "th", "s", "am", "pm", "h"]);
const SCALE_AFTER_DIGITS: Readonly<Record<string, number>> = lookupTable({ ...SCALES, hundred: 100, dozen: 12 });
const SPANISH_CURRENCY_WORDS: Readonly<Record<string, string>> = lookupTable({ dólares: "USD", dolares: "USD", euros: "EUR", usd: "USD", eur: "EUR" });

interface CurrencyPrefix {
  code: string;
  /** Index of the token after the prefix. */
  next: number;
}

function readCurrencyPrefix(tokens: readonly Token[], i: number): CurrencyPrefix | null {
  const t = tokens[i];
  if (!t) return null;
  if (t.kind === "punct" && t.text in CURRENCY_SIGNS) return { code: CURRENCY_SIGNS[t.text]!, next: i + 1 };
  if (t.kind === "word" && t.text === "US" && isPunct(tokens[i + 1], "$") && isAttached(tokens[i + 1])) return { code: "USD", next: i + 2 };
  if (t.kind === "word" && CURRENCY_CODES.has(t.lower) && t.text === t.text.toUpperCase()) return { code: t.text, next: i + 1 };
  return null;
}

/**
 * `digits` (as written, commas allowed) times `multiplier`. Powers of ten are applied to the
 * decimal string, so "2.3" × 10^6 is exactly 2300000 rather than 2299999.9999999995.
 */
export function scaledValue(digits: string, multiplier: number): number {
  // `digits` is a token's plain `value` ("40000", "1.5") or English text with commas.
  const plain = digits.replace(/,/g, "");
  let exponent = 0;
  let rest = multiplier;
  while (rest >= 10 && rest % 10 === 0) {
    rest /= 10;
    exponent++;
  }
  return Number(`${plain}e${exponent}`) * rest;
}

/** See the module comment. */
export function readAmount(tokens: readonly Token[], i: number, language: ReadingLanguage = "en"): Amount | null {
  const spanish = language === "es";
  let currency: string | null = null;
  let at = i;
  const prefix = readCurrencyPrefix(tokens, i);
  if (prefix) {
    const number = tokens[prefix.next];
    if (!number || !isInline(number)) return null;
    // "$6" touches; "USD 6" and "$ 6" are spaced.
    currency = prefix.code;
    at = prefix.next;
  }
  const first = tokens[at];
  if (!first) return null;

  let value: number;
  let base: number;
  let scaled = false;
  let multiplier = 1;
  let kind: Amount["kind"];
  let attachedUnit: string | null = null;
  let numberEnd: number;
  let malformed = false;
  let approximate = false;

  if (first.kind === "number") {
    kind = "digits";
    // "007", "000" (as in a space-grouped "40 000"): labels or fragments, not amounts.
    malformed = first.malformed === true || /^0\d/.test(first.text);
    const digits = first.value ?? first.text.replace(/,/g, "");
    base = Number(digits);
    numberEnd = at + 1;
    const suffix = tokens[at + 1];
    if (suffix && suffix.kind === "word" && isAttached(suffix)) {
      const lower = suffix.lower;
      if (lower in ALWAYS_MULTIPLIERS) multiplier = ALWAYS_MULTIPLIERS[lower]!;
      else if (currency && lower in MONEY_MULTIPLIERS) multiplier = MONEY_MULTIPLIERS[lower]!;
      else if (!DATE_TIME_SUFFIXES.has(lower) && !(spanish && SPANISH_ORDINAL_SUFFIXES.has(lower))) {
        // "10km", "5kg", "3D"; a longer word glued to the digits ("0.0over") is not a unit.
        if (!/^\p{L}{1,3}$/u.test(suffix.text)) return null;
        attachedUnit = suffix.text;
      }
      if (multiplier !== 1 || attachedUnit !== null) numberEnd = at + 2;
    } else {
      // "1.5 million", "2 hundred thousand", "2 dozen": at most two scale words.
      const scales = spanish ? SPANISH_SCALES_AFTER_DIGITS : SCALE_AFTER_DIGITS;
      for (let k = 0; k < 2; k++) {
        const word = tokens[numberEnd];
        if (!word || word.kind !== "word" || !word.gapBefore || !isInline(word) || !(word.lower in scales)) break;
        multiplier *= scales[word.lower]!;
        numberEnd++;
      }
    }
    scaled = multiplier !== 1;
    value = scaledValue(digits, multiplier);
  } else {
    const spanishWords = spanish ? readSpanishNumberWords(tokens, at) : null;
    const words = spanish ? spanishWords : readNumberWords(tokens, at);
    if (!words) return null;
    approximate = spanishWords?.approximate ?? false;
    kind = "words";
    value = words.value;
    multiplier = words.multiplier;
    scaled = multiplier !== 1;
    base = value / multiplier;
    numberEnd = words.end;
  }
  if (!Number.isFinite(value)) return null;

  let end = numberEnd;
  let percent = false;
  const next = tokens[end];
  if (spanish) {
    if (next && isInline(next) && attachedUnit === null) {
      const after = tokens[end + 1];
      if (isPunct(next, "%")) {
        percent = true;
        end++;
      } else if (next.kind === "word" && next.gapBefore) {
        if (next.lower === "por" && (isWord(after, "ciento") || isWord(after, "cien")) && isInline(after)) {
          percent = true;
          end += 2;
        } else if (currency === null && next.lower in SPANISH_CURRENCY_WORDS && (next.lower.length > 3 || next.text === next.text.toUpperCase())) {
          currency = SPANISH_CURRENCY_WORDS[next.lower]!;
          end++;
        } else if (currency === null && next.lower === "de" && multiplier >= 1e6 && after && isInline(after) && after.lower in SPANISH_CURRENCY_WORDS) {
          currency = SPANISH_CURRENCY_WORDS[after.lower]!; // "6 millones de dólares"
          end += 2;
        }
      }
    }
  } else if (next && isInline(next) && attachedUnit === null) {
    if (isPunct(next, "%")) {
      percent = true;
      end++;
    } else if (next.kind === "word" && next.gapBefore) {
      if (next.lower === "percent" || next.lower === "pct" || next.lower === "per-cent") {
        percent = true;
        end++;
      } else if (next.lower === "per" && isWord(tokens[end + 1], "cent") && isInline(tokens[end + 1])) {
        percent = true;
        end += 2;
      } else if (currency === null) {
        if (next.text === "US" && isWord(tokens[end + 1], "dollars") && isInline(tokens[end + 1])) {
          currency = "USD";
          end += 2;
        } else if (next.lower in CURRENCY_WORDS && (next.lower.length > 3 || next.text === next.text.toUpperCase())) {
          currency = CURRENCY_WORDS[next.lower]!;
          end++;
        }
      }
    }
  }
  if (percent && currency !== null) return null; // "$40%" is not a figure we can read

  const yearLike = kind === "digits" && !scaled && !currency && !percent && attachedUnit === null && isYearNumeral(first.text);
  return {
    value,
    base,
    scaled,
    multiplier,
    kind,
    currency,
    percent,
    attachedUnit,
    start: i,
    numberIndex: at,
    numberEnd,
    end,
    yearLike,
    malformed,
    approximate,
  };
}
