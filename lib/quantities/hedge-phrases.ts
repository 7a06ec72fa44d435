/**
 * The hedge words written before or after a number, and what each one means.
 *
 * Contract:
 * - {@link matchPrefixHedge} finds the longest known phrase ending right before token `i`
 *   (words separated by whitespace on one line; symbols such as "~" and ">" may touch the
 *   number) and returns its meaning and the index of its first token.
 * - {@link matchPostfixHedge} finds "or more", "or so", "-odd", "+" and the like right after
 *   the number ending at `end` (exclusive), returning its meaning and one past its last token.
 * - Matching is case-insensitive. Meanings are {@link HedgeMeaning}s, which map onto
 *   `Hedge`s; "just-over" is "more-than" with an upper band (see `hedgedInterval`).
 * - `language` "es" reads the Spanish tables of `es-hedge-phrases.ts` instead ("más de",
 *   "unos", "200 o más"). Phrases are looked up by the word right before (or after) the
 *   number, so the cost per number does not grow with the tables.
 */
import { SPANISH_POSTFIXES, SPANISH_PREFIXES } from "./es-hedge-phrases";
import type { ReadingLanguage } from "./language";
import { lookupTable } from "./lookup-table";
import { isAttached, isInline, type Token } from "./tokenize";

export type HedgeMeaning = "exact" | "more-than" | "just-over" | "at-least" | "nearly" | "approximately" | "at-most" | "fewer-than";

export interface HedgeMatch {
  meaning: HedgeMeaning;
  /** For a prefix: index of its first token. For a postfix: one past its last token. */
  index: number;
}

const PREFIXES: ReadonlyArray<readonly [string, HedgeMeaning]> = [
  // more than
  ["more than", "more-than"],
  ["over", "more-than"],
  ["above", "more-than"],
  ["in excess of", "more-than"],
  ["exceeding", "more-than"],
  ["upwards of", "more-than"],
  ["greater than", "more-than"],
  ["north of", "more-than"],
  ["upward of", "more-than"],
  ["well over", "more-than"],
  ["well above", "more-than"],
  ["well in excess of", "more-than"],
  ["far more than", "more-than"],
  ["many more than", "more-than"],
  ["well more than", "more-than"],
  [">", "more-than"],
  // just over: a band above
  ["just over", "just-over"],
  ["just above", "just-over"],
  ["just more than", "just-over"],
  ["slightly more than", "just-over"],
  ["slightly over", "just-over"],
  ["slightly above", "just-over"],
  ["a little over", "just-over"],
  ["a little more than", "just-over"],
  ["just in excess of", "just-over"],
  // at least
  ["at least", "at-least"],
  ["no fewer than", "at-least"],
  ["no less than", "at-least"],
  ["not fewer than", "at-least"],
  ["not less than", "at-least"],
  ["a minimum of", "at-least"],
  ["minimum of", "at-least"],
  ["at minimum", "at-least"],
  ["≥", "at-least"],
  [">=", "at-least"],
  // nearly: a band below
  ["nearly", "nearly"],
  ["almost", "nearly"],
  ["close to", "nearly"],
  ["just under", "nearly"],
  ["just below", "nearly"],
  ["just shy of", "nearly"],
  ["shy of", "nearly"],
  ["not quite", "nearly"],
  ["just less than", "nearly"],
  ["just fewer than", "nearly"],
  ["slightly less than", "nearly"],
  ["slightly fewer than", "nearly"],
  ["slightly under", "nearly"],
  ["a little under", "nearly"],
  ["a little less than", "nearly"],
  ["very nearly", "nearly"],
  // approximately
  ["roughly", "approximately"],
  ["about", "approximately"],
  ["around", "approximately"],
  ["some", "approximately"],
  ["approximately", "approximately"],
  ["approx", "approximately"],
  ["approx .", "approximately"],
  ["an estimated", "approximately"],
  ["estimated", "approximately"],
  ["an approximate", "approximately"],
  ["circa", "approximately"],
  ["c .", "approximately"],
  ["ca .", "approximately"],
  ["~", "approximately"],
  ["≈", "approximately"],
  ["in the region of", "approximately"],
  ["on the order of", "approximately"],
  ["something like", "approximately"],
  ["more or less", "approximately"],
  ["just about", "approximately"],
  ["an estimate of", "approximately"],
  ["around about", "approximately"],
  ["roughly about", "approximately"],
  // at most
  ["up to", "at-most"],
  ["as many as", "at-most"],
  ["as much as", "at-most"],
  ["at most", "at-most"],
  ["no more than", "at-most"],
  ["not more than", "at-most"],
  ["a maximum of", "at-most"],
  ["maximum of", "at-most"],
  ["at the most", "at-most"],
  ["no greater than", "at-most"],
  ["as high as", "at-most"],
  ["≤", "at-most"],
  ["<=", "at-most"],
  // fewer than
  ["fewer than", "fewer-than"],
  ["less than", "fewer-than"],
  ["under", "fewer-than"],
  ["below", "fewer-than"],
  ["well under", "fewer-than"],
  ["well below", "fewer-than"],
  ["far fewer than", "fewer-than"],
  ["far less than", "fewer-than"],
  ["well short of", "fewer-than"],
  ["<", "fewer-than"],
  // exact
  ["exactly", "exact"],
  ["precisely", "exact"],
];

type Phrases = ReadonlyArray<readonly [readonly string[], HedgeMeaning]>;

/**
 * Phrases as token texts, grouped by the word next to the number (the last of a prefix, the
 * first of a postfix), longest first within a group so "well over" beats "over".
 */
function byEdgeWord(phrases: ReadonlyArray<readonly [string, HedgeMeaning]>, edge: "last" | "first"): Readonly<Record<string, Phrases>> {
  const groups: Record<string, Array<readonly [readonly string[], HedgeMeaning]>> = {};
  const split = phrases.map(([phrase, meaning]) => [phrase.split(" "), meaning] as const).sort((x, y) => y[0].length - x[0].length);
  for (const entry of split) {
    const word = edge === "last" ? entry[0].at(-1)! : entry[0][0]!;
    (groups[word] ??= []).push(entry);
  }
  return lookupTable(groups);
}

const PREFIX_TOKENS: Readonly<Record<ReadingLanguage, Readonly<Record<string, Phrases>>>> = {
  en: byEdgeWord(PREFIXES, "last"),
  es: byEdgeWord(SPANISH_PREFIXES, "last"),
};
const SPANISH_POSTFIX_TOKENS = byEdgeWord(SPANISH_POSTFIXES, "first");

const SYMBOLS = new Set(["~", "≈", ">", "<", "≥", "≤", "=", "."]);

/** Spanish articles a hedge may take before the number: "más del 40 %", "casi el 50 %", "más de un 40 %", "rozando los 300". */
const SPANISH_ARTICLES = new Set(["el", "la", "los", "las", "un", "una"]);
/** Contractions ending a Spanish hedge: "más del 40 %" is "más de" + "el". */
const SPANISH_CONTRACTIONS: Readonly<Record<string, string>> = lookupTable({ del: "de", al: "a" });

/** See the module comment. Never throws. */
export function matchPrefixHedge(tokens: readonly Token[], i: number, language: ReadingLanguage = "en"): HedgeMatch | null {
  if (!isInline(tokens[i]) || i === 0) return null;
  const last = tokens[i - 1]!;
  if (language === "es") {
    const contracted = SPANISH_CONTRACTIONS[last.lower];
    if (contracted !== undefined) return matchPhraseBefore(tokens, i, PREFIX_TOKENS.es[contracted], contracted);
    if (SPANISH_ARTICLES.has(last.lower) && last.gapBefore !== "") {
      const withArticle = matchPhraseBefore(tokens, i - 1, PREFIX_TOKENS.es[tokens[i - 2]?.lower ?? ""]);
      if (withArticle) return withArticle;
    }
  }
  return matchPhraseBefore(tokens, i, PREFIX_TOKENS[language][last.lower]);
}

/**
 * The first of `candidates` (all ending with the word before token `i`) written right before
 * token `i`; `lastAs` stands for the last word when it is a contraction ("del" for "de").
 */
function matchPhraseBefore(tokens: readonly Token[], i: number, candidates: Phrases | undefined, lastAs?: string): HedgeMatch | null {
  if (!candidates || !isInline(tokens[i])) return null;
  for (const [phrase, meaning] of candidates) {
    const from = i - phrase.length;
    if (from < 0) continue;
    let ok = true;
    for (let k = 0; k < phrase.length && ok; k++) {
      const token = tokens[from + k]!;
      ok = (k === phrase.length - 1 && lastAs !== undefined ? lastAs : token.lower) === phrase[k];
      if (ok && k > 0) {
        // Words are separated by whitespace; a symbol or "." may touch what precedes it.
        ok = isInline(token) && (token.gapBefore !== "" || SYMBOLS.has(token.text) || SYMBOLS.has(tokens[from + k - 1]!.text));
      }
    }
    if (ok) return { meaning, index: from };
  }
  return null;
}

/**
 * Postfix hedges: "or more", "or above", "or over" (at least); "or fewer", "or less",
 * "or under", "or below" (at most); "or so", "or thereabouts", "-odd", "odd" (approximately);
 * "+", "-plus" (at least).
 */
export function matchPostfixHedge(tokens: readonly Token[], end: number, language: ReadingLanguage = "en"): HedgeMatch | null {
  const a = tokens[end];
  const b = tokens[end + 1];
  if (!a || !isInline(a)) return null;
  if (a.lower === "+" && isAttached(a)) return { meaning: "at-least", index: end + 1 };
  if (language === "es") return matchSpanishPostfix(tokens, end);
  if (a.text === "-" && isAttached(a) && b && isAttached(b) && b.kind === "word") {
    if (b.lower === "odd") return { meaning: "approximately", index: end + 2 };
    if (b.lower === "plus") return { meaning: "at-least", index: end + 2 };
    return null;
  }
  if (a.kind !== "word" || a.gapBefore === "") return null;
  if (a.lower === "odd") return { meaning: "approximately", index: end + 1 };
  if (a.lower !== "or" || !b || b.kind !== "word" || !isInline(b)) return null;
  switch (b.lower) {
    case "more":
    case "above":
    case "over":
      return { meaning: "at-least", index: end + 2 };
    case "fewer":
    case "less":
    case "under":
    case "below":
      return { meaning: "at-most", index: end + 2 };
    case "so":
    case "thereabouts":
      return { meaning: "approximately", index: end + 2 };
    default:
      return null;
  }
}

/** "200 o más", "200 y pico", "200 aproximadamente": words spaced on the number's line. */
function matchSpanishPostfix(tokens: readonly Token[], end: number): HedgeMatch | null {
  const first = tokens[end]!;
  if (first.kind !== "word" || first.gapBefore === "") return null;
  for (const [phrase, meaning] of SPANISH_POSTFIX_TOKENS[first.lower] ?? []) {
    let ok = true;
    for (let k = 1; k < phrase.length && ok; k++) {
      const token = tokens[end + k];
      ok = token !== undefined && token.kind === "word" && token.lower === phrase[k] && isInline(token) && token.gapBefore !== "";
    }
    if (ok) return { meaning, index: end + phrase.length };
  }
  return null;
}
