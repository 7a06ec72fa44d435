/**
 * What a figure counts, in this order of precedence:
 * 1. money: the ISO 4217 code of its currency ("$6 million" → "USD");
 * 2. a percentage: "%";
 * 3. letters touching the digits: "10km" → "km";
 * 4. an age: "23-year-old", "23-year-olds", "23 years old", "aged 23", "ages 18 to 25" →
 *    "years old" (likewise "-month-old" → "months old", "-week-old", "-day-old");
 * 5. a hyphenated compound: "40,000-inmate prison" → "inmate", "14-day" → "day";
 * 6. the counted noun phrase after it (see `readCountedNoun`): "alleged gang members";
 *    "dollars" and "euros" alone become "USD" and "EUR" ("millions of dollars").
 *
 * In Spanish (`language` "es"): ages are "de 23 años" (unless "de prisión/cárcel/condena…"
 * follows: a term, not an age), "23 años de edad", "tiene 23 años", "de entre 18 y 25
 * años" → "years old" (the unit English ages have, so ages compare across the two
 * languages); "dólares"/"euros" → "USD"/"EUR"; after a scale or collective word the "de"
 * before the noun is passed over ("un millón de personas" → "personas").
 *
 * Contract of {@link readFigureUnit}: `end` is the token index right after the figure's
 * text; returns the unit (or null) and the index one past everything read. Never throws.
 */
import { readCountedNoun } from "./counted-noun";
import { SPANISH_AGE_VERBS } from "./es-words";
import type { ReadingLanguage } from "./language";
import { lookupTable } from "./lookup-table";
import { isAttached, isInline, isPunct, isWord, type Token } from "./tokenize";

export interface FigureUnit {
  unit: string | null;
  /** One past the last token of the unit (== `end` when nothing was read after the figure). */
  end: number;
  /** The unit is the counted noun phrase after the figure (used to tell years from counts). */
  fromNoun: boolean;
}

export interface UnitHints {
  currency: string | null;
  percent: boolean;
  attachedUnit: string | null;
  /** Index of the figure's first token (hedge included), to look for "aged" before it. */
  start: number;
  /** Spanish: the figure ends on a scale or collective word, so "de" may come before the noun ("un millón de personas"). */
  deBeforeNoun?: boolean;
}

const CURRENCY_NOUNS: Readonly<Record<string, string>> = lookupTable({ dollars: "USD", "us dollars": "USD", euros: "EUR" });
const SPANISH_CURRENCY_NOUNS: Readonly<Record<string, string>> = lookupTable({ dólares: "USD", dolares: "USD", euros: "EUR" });
const SPANISH_AGE_SPANS: Readonly<Record<string, string>> = lookupTable({
  años: "years old",
  meses: "months old",
  semanas: "weeks old",
  días: "days old",
  año: "years old",
  mes: "months old",
});
/** Nouns after "de N años de …" that make the years a term, not an age. */
const SPANISH_TERMS = new Set([
  "prisión",
  "cárcel",
  "condena",
  "reclusión",
  "servicio",
  "edad",
  "antigüedad",
  "experiencia",
  "historia",
  "guerra",
  "trabajo",
  "vigencia",
  "duración",
  "matrimonio",
  "mandato",
  "gobierno",
  "exilio",
  "pena",
  "plazo",
  "periodo",
  "período",
  "lapso",
  "espera",
  "estancia",
  "detención",
  "aislamiento",
  "sentencia",
]);
const AGE_UNITS = new Set(["year", "years", "month", "months", "week", "weeks", "day", "days"]);
const HEDGE_SUFFIXES = new Set(["odd", "plus"]);
const AGE_PREFIXES = new Set(["aged", "age", "ages"]);

function ageUnit(word: string): string {
  const singular = word.endsWith("s") ? word.slice(0, -1) : word;
  return `${singular}s old`;
}

/** "-year-old(s)" or "-years-old" touching the number: index one past it, and its unit. */
function hyphenatedAge(tokens: readonly Token[], end: number): { unit: string; end: number } | null {
  const [dash1, span, dash2, old] = [tokens[end], tokens[end + 1], tokens[end + 2], tokens[end + 3]];
  if (!isPunct(dash1, "-") || !isAttached(dash1) || !span || span.kind !== "word" || !isAttached(span) || !AGE_UNITS.has(span.lower)) return null;
  if (!isPunct(dash2, "-") || !isAttached(dash2) || !old || !isAttached(old) || !(old.lower === "old" || old.lower === "olds")) return null;
  return { unit: ageUnit(span.lower), end: end + 4 };
}

/** "years old" after the number. */
function spacedAge(tokens: readonly Token[], end: number): { unit: string; end: number } | null {
  const [span, old] = [tokens[end], tokens[end + 1]];
  if (!span || span.kind !== "word" || !isInline(span) || span.gapBefore === "" || !AGE_UNITS.has(span.lower)) return null;
  if (!isWord(old, "old") || !isInline(old)) return null;
  return { unit: ageUnit(span.lower), end: end + 2 };
}

/** "-inmate", "-day": a hyphenated compound touching the number (not "-odd", "-plus", handled as hedges). */
function hyphenatedCompound(tokens: readonly Token[], end: number): { unit: string; end: number } | null {
  const words: string[] = [];
  let k = end;
  while (
    isPunct(tokens[k], "-") &&
    isAttached(tokens[k]) &&
    tokens[k + 1]?.kind === "word" &&
    isAttached(tokens[k + 1]) &&
    !HEDGE_SUFFIXES.has(tokens[k + 1]!.lower)
  ) {
    words.push(tokens[k + 1]!.text);
    k += 2;
  }
  if (words.length === 0) return null;
  return { unit: words.join("-"), end: k };
}

/** See the module comment. */
export function readFigureUnit(tokens: readonly Token[], end: number, hints: UnitHints, language: ReadingLanguage = "en"): FigureUnit {
  if (hints.currency) return { unit: hints.currency, end, fromNoun: false };
  if (hints.percent) return { unit: "%", end, fromNoun: false };
  if (hints.attachedUnit) return { unit: hints.attachedUnit, end, fromNoun: false };
  if (language === "es") return readSpanishFigureUnit(tokens, end, hints);
  const age = hyphenatedAge(tokens, end) ?? spacedAge(tokens, end);
  if (age) return { unit: age.unit, end: age.end, fromNoun: false };
  const before = tokens[hints.start - 1];
  if (before && before.kind === "word" && AGE_PREFIXES.has(before.lower) && isInline(tokens[hints.start])) {
    return { unit: "years old", end, fromNoun: false };
  }
  const compound = hyphenatedCompound(tokens, end);
  if (compound) return { unit: compound.unit, end: compound.end, fromNoun: false };
  const noun = readCountedNoun(tokens, end);
  if (noun) {
    // "millions of dollars": money named by a word after an order of magnitude.
    const currency = CURRENCY_NOUNS[noun.unit.toLowerCase()];
    return { unit: currency ?? noun.unit, end: noun.end, fromNoun: currency === undefined };
  }
  return { unit: null, end, fromNoun: false };
}

/**
 * "años" after the figure when it is an age: "de 23 años", "23 años de edad", "tiene 23
 * años", "con 23 años", "a los 23 años"; not a term ("30 años de prisión", "una condena de 30
 * años").
 */
function spanishAge(tokens: readonly Token[], end: number, start: number): { unit: string; end: number } | null {
  const span = tokens[end];
  if (!span || span.kind !== "word" || !isInline(span) || span.gapBefore === "" || !(span.lower in SPANISH_AGE_SPANS)) return null;
  const unit = SPANISH_AGE_SPANS[span.lower]!;
  const after = tokens[end + 1];
  const ofAfter = isWord(after, "de") && isInline(after) ? (tokens[end + 2]?.lower ?? "") : "";
  if (ofAfter === "edad") return { unit, end: end + 3 };
  if (SPANISH_TERMS.has(ofAfter)) return null;
  const before = tokens[start - 1];
  if (!before || before.kind !== "word" || !isInline(tokens[start])) return null;
  if (SPANISH_AGE_VERBS.has(before.lower)) return { unit, end: end + 1 };
  if (before.lower === "los" && isWord(tokens[start - 2], "a")) return { unit, end: end + 1 };
  if (before.lower !== "de" || span.lower === "día" || span.lower === "días") return null;
  const beforeDe = tokens[start - 2];
  if (beforeDe && beforeDe.kind === "word" && SPANISH_TERMS.has(beforeDe.lower)) return null;
  return { unit, end: end + 1 };
}

function readSpanishFigureUnit(tokens: readonly Token[], end: number, hints: UnitHints): FigureUnit {
  const age = spanishAge(tokens, end, hints.start);
  if (age) return { unit: age.unit, end: age.end, fromNoun: false };
  const compound = hyphenatedCompound(tokens, end);
  if (compound) return { unit: compound.unit, end: compound.end, fromNoun: false };
  const from = hints.deBeforeNoun && isWord(tokens[end], "de") && isInline(tokens[end]) ? end + 1 : end;
  const noun = readCountedNoun(tokens, from, "es");
  if (noun) {
    const currency = SPANISH_CURRENCY_NOUNS[noun.unit.toLowerCase()];
    return { unit: currency ?? noun.unit, end: noun.end, fromNoun: currency === undefined };
  }
  return { unit: null, end, fromNoun: false };
}
