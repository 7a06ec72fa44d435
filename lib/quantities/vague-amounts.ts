/**
 * Amounts written as an order of magnitude rather than a number, each with a conventional
 * closed interval (hedge "order-of-magnitude"):
 *
 * | written                                      | interval            |
 * |----------------------------------------------|---------------------|
 * | "tens of" (needs "of")                       | [20, 99]            |
 * | "dozens", "several dozen", "a few dozen"     | [24, 143]           |
 * | "scores of" (needs "of")                     | [40, 199]           |
 * | "hundreds", "several/a few hundred"          | [200, 999]          |
 * | "thousands", "several/a few thousand"        | [2000, 9999]        |
 * | "tens of thousands"                          | [20000, 99999]      |
 * | "hundreds of thousands"                      | [200000, 999999]    |
 * | "millions", "tens of millions", …            | same rule           |
 * | "a handful"                                  | [3, 6]              |
 *
 * The rule: a plural amount word of size S (tens 10, scores 20, hundreds 100, thousands
 * 1000, …, chained with "of": "tens of thousands" is S = 10 × 1000) means at least two of
 * them and fewer than ten: [2S, 10S − 1]. Dozens use twelve instead of ten: [24, 143], at
 * least two dozen and fewer than a dozen dozen. "several"/"a few" + a singular scale word
 * reads like the plural. The value of such a Quantity is its lower end.
 *
 * In Spanish (`language` "es") the same rule reads "decenas" (10), "docenas" (12),
 * "cientos"/"centenares" (100), "miles"/"millares" (1000), "millones", "billones", chained
 * with "de" ("decenas de miles de personas", "miles de millones"), "varios"/"varias" before
 * them ("varios cientos de"), and "un puñado" [3, 6].
 *
 * Contract of {@link readVagueAmount}: returns the interval, the token index one past the
 * last amount word (`textEnd`) and one past a trailing "of"/"de" (`end`, where the counted
 * noun starts), or null. Never throws.
 */
import type { ReadingLanguage } from "./language";
import { lookupTable } from "./lookup-table";
import { isInline, isWord, type Token } from "./tokenize";

export interface VagueAmount {
  low: number;
  high: number;
  start: number;
  /** One past the last word of the amount ("tens of thousands"). */
  textEnd: number;
  /** One past a trailing "of", else `textEnd`. */
  end: number;
}

const PLURALS: Readonly<Record<string, number>> = lookupTable({
  tens: 10,
  dozens: 12,
  scores: 20,
  hundreds: 100,
  thousands: 1e3,
  millions: 1e6,
  billions: 1e9,
  trillions: 1e12,
});
const SINGULARS: Readonly<Record<string, number>> = lookupTable({
  dozen: 12,
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
});
const SPANISH_PLURALS: Readonly<Record<string, number>> = lookupTable({
  decenas: 10,
  docenas: 12,
  cientos: 100,
  centenares: 100,
  miles: 1e3,
  millares: 1e3,
  millones: 1e6,
  billones: 1e12,
});
/** Spanish words before a plural amount that read like the plural alone: "varios cientos". */
const SPANISH_SEVERAL = new Set(["varios", "varias"]);

/** Plural words that are amounts only when "of" follows ("tens of", "scores of"). */
const NEED_OF = new Set(["tens", "scores"]);

/** True when token `j` is the word `word`, spaced from the previous token on the same line. */
function followedInline(tokens: readonly Token[], j: number, word: string): boolean {
  return isWord(tokens[j], word) && isInline(tokens[j]) && tokens[j]!.gapBefore !== "";
}

/** The size of token `j` in `table` when it is a spaced word on the same line, else undefined. */
function sizeAt(tokens: readonly Token[], j: number, table: Readonly<Record<string, number>>): number | undefined {
  const token = tokens[j];
  if (!token || token.kind !== "word" || !Object.hasOwn(table, token.lower)) return undefined;
  return followedInline(tokens, j, token.lower) ? table[token.lower] : undefined;
}

/** See the module comment. */
export function readVagueAmount(tokens: readonly Token[], i: number, language: ReadingLanguage = "en"): VagueAmount | null {
  const first = tokens[i];
  if (!first || first.kind !== "word") return null;
  if (language === "es") return readSpanishVagueAmount(tokens, i, first);

  if (first.lower === "a" && followedInline(tokens, i + 1, "handful")) {
    const end = followedInline(tokens, i + 2, "of") ? i + 3 : i + 2;
    return { low: 3, high: 6, start: i, textEnd: i + 2, end };
  }

  let size: number | undefined;
  let j: number;
  if (first.lower === "several" || first.lower === "few") {
    size = sizeAt(tokens, i + 1, SINGULARS);
    j = i + 2;
  } else if (first.lower === "a" && followedInline(tokens, i + 1, "few")) {
    size = sizeAt(tokens, i + 2, SINGULARS);
    j = i + 3;
  } else {
    size = Object.hasOwn(PLURALS, first.lower) ? PLURALS[first.lower] : undefined;
    j = i + 1;
    if (NEED_OF.has(first.lower) && !followedInline(tokens, j, "of")) return null;
  }
  if (size === undefined) return null;
  const firstSize = size;

  // Chain with growing sizes: "tens of thousands", "hundreds of millions".
  let last = size;
  for (;;) {
    if (!followedInline(tokens, j, "of")) break;
    const next = sizeAt(tokens, j + 1, PLURALS);
    if (next === undefined || next <= last || next === 12 || next === 20) break;
    size *= next;
    last = next;
    j += 2;
  }
  const textEnd = j;
  const end = followedInline(tokens, j, "of") ? j + 1 : j;
  const upper = firstSize === 12 ? 12 : 10;
  return { low: 2 * size, high: upper * size - 1, start: i, textEnd, end };
}

function readSpanishVagueAmount(tokens: readonly Token[], i: number, first: Token): VagueAmount | null {
  if (first.lower === "un" && followedInline(tokens, i + 1, "puñado")) {
    const end = followedInline(tokens, i + 2, "de") ? i + 3 : i + 2;
    return { low: 3, high: 6, start: i, textEnd: i + 2, end };
  }
  let j = i + 1;
  let size = Object.hasOwn(SPANISH_PLURALS, first.lower) ? SPANISH_PLURALS[first.lower] : undefined;
  if (size === undefined && SPANISH_SEVERAL.has(first.lower)) {
    size = sizeAt(tokens, i + 1, SPANISH_PLURALS);
    j = i + 2;
  }
  if (size === undefined) return null;
  const firstSize = size;
  let last = size;
  for (;;) {
    if (!followedInline(tokens, j, "de")) break;
    const next = sizeAt(tokens, j + 1, SPANISH_PLURALS);
    if (next === undefined || next <= last || next === 12) break;
    size *= next;
    last = next;
    j += 2;
  }
  const end = followedInline(tokens, j, "de") ? j + 1 : j;
  const upper = firstSize === 12 ? 12 : 10;
  return { low: 2 * size, high: upper * size - 1, start: i, textEnd: j, end };
}
