/**
 * Dates in a Spanish source: calendar dates ("16 de marzo de 2025", "el domingo 16 de marzo",
 * "del 15 al 16 de marzo", "marzo de 2025"), months ("en marzo" → "marzo"), weekdays with
 * their article or a "pasado"/"próximo" ("el domingo", "el pasado martes", "el martes
 * pasado", "este lunes") and specific relative dates ("ayer", "anoche", "la semana pasada",
 * "el mes pasado", "la próxima semana", "el año que viene").
 *
 * Contract: one pass over the tokens of `tokenize(text, "es")`, looking at a few tokens around
 * each month, weekday or relative word (table lookups, no regular expression per token);
 * spans stay on one line, overlapping candidates are merged, offsets are into `text`. Month
 * names are read in any case (Spanish writes them in lower case); their abbreviations only
 * capitalised. Linear in the length of the text; never throws.
 */
import { lookupTable } from "../../quantities/lookup-table";
import { isSpanishMonthAbbreviation, isSpanishMonthName, isSpanishWeekday } from "../../quantities/month-names";
import { isCapitalised, isInline, isWord, tokenize, type Token } from "../../quantities/tokenize";
import { isYearNumeral } from "../../quantities/year-numeral";
import type { Suggestion } from "../types";

/** Words that may stand before a weekday and belong to the date: "el domingo", "este lunes". */
const WEEKDAY_DETERMINERS = new Set(["el", "este", "ese", "aquel", "del", "al", "próximo", "pasado"]);
/** Words after a weekday that belong to it: "el martes pasado", "el viernes próximo". */
const WEEKDAY_AFTER = new Set(["pasado", "próximo", "siguiente", "anterior"]);
/** Words joining two days of one range: "16 y 17 de marzo", "del 15 al 16 de marzo". */
const DAY_JOINERS = new Set(["y", "al", "a", "o"]);

/** Relative dates, as token texts, grouped by their first word. */
const RELATIVE: Readonly<Record<string, ReadonlyArray<readonly string[]>>> = lookupTable(
  [
    "ayer",
    "anteayer",
    "antier",
    "anoche",
    "pasado mañana",
    "la semana pasada",
    "el mes pasado",
    "el año pasado",
    "el fin de semana pasado",
    "la próxima semana",
    "el próximo mes",
    "el próximo año",
    "el próximo fin de semana",
    "la semana que viene",
    "el mes que viene",
    "el año que viene",
    "esta semana",
    "este mes",
    "este año",
    "este fin de semana",
  ]
    .map((phrase) => phrase.split(" "))
    .sort((a, b) => b.length - a.length)
    .reduce<Record<string, string[][]>>((groups, words) => {
      (groups[words[0]!] ??= []).push(words);
      return groups;
    }, {}),
);

function isMonthToken(token: Token | undefined): boolean {
  if (!token || token.kind !== "word") return false;
  return isSpanishMonthName(token.lower) || (isCapitalised(token) && isSpanishMonthAbbreviation(token.lower));
}

function isDay(token: Token | undefined): boolean {
  return token !== undefined && token.kind === "number" && /^\d{1,2}$/.test(token.text) && Number(token.text) >= 1 && Number(token.text) <= 31;
}

/** Token `k` is on the same line as the one before it. */
const onLine = (tokens: readonly Token[], k: number): boolean => isInline(tokens[k]);

/** One past "de 2025" / "del 2025" / ", 2025" after token `k - 1`, else `k`. */
function withYear(tokens: readonly Token[], k: number): number {
  const joiner = tokens[k];
  const year = tokens[k + 1];
  if ((isWord(joiner, "de") || isWord(joiner, "del")) && onLine(tokens, k) && onLine(tokens, k + 1) && year?.kind === "number" && isYearNumeral(year.text))
    return k + 2;
  return k;
}

/** The date around the month at token `m`: [first token, one past the last]. */
function aroundMonth(tokens: readonly Token[], m: number): [number, number] {
  let from = m;
  // "16 de marzo", "16 y 17 de marzo", "del 15 al 16 de marzo", "el domingo 16 de marzo"
  if (isWord(tokens[m - 1], "de") && onLine(tokens, m) && isDay(tokens[m - 2]) && onLine(tokens, m - 1)) {
    from = m - 2;
    if (DAY_JOINERS.has(tokens[from - 1]?.lower ?? "") && isDay(tokens[from - 2]) && onLine(tokens, from) && onLine(tokens, from - 1)) from -= 2;
    if (isWord(tokens[from - 1], "del") && onLine(tokens, from)) from -= 1;
    else {
      // "el domingo 16 de marzo", "el domingo, 16 de marzo"
      const comma = tokens[from - 1]?.text === "," && onLine(tokens, from) ? 1 : 0;
      const weekday = tokens[from - 1 - comma];
      if (weekday?.kind !== "word" || !isSpanishWeekday(weekday.lower) || !onLine(tokens, from - comma)) return [from, withYear(tokens, m + 1)];
      from -= 1 + comma;
      if (WEEKDAY_DETERMINERS.has(tokens[from - 1]?.lower ?? "") && onLine(tokens, from)) from -= 1;
    }
  }
  return [from, withYear(tokens, m + 1)];
}

/** The date around the weekday at token `w`, or null when it stands alone ("los domingos" is plural, "lunes" alone is vague). */
function aroundWeekday(tokens: readonly Token[], w: number): [number, number] | null {
  let from = w;
  let to = w + 1;
  const before = tokens[w - 1];
  if (before && WEEKDAY_DETERMINERS.has(before.lower) && onLine(tokens, w)) {
    from = w - 1;
    // "el pasado martes", "el próximo viernes"
    if ((before.lower === "pasado" || before.lower === "próximo") && (isWord(tokens[w - 2], "el") || isWord(tokens[w - 2], "este")) && onLine(tokens, w - 1))
      from = w - 2;
  }
  if (WEEKDAY_AFTER.has(tokens[w + 1]?.lower ?? "") && onLine(tokens, w + 1)) to = w + 2;
  // "el domingo 16", "el domingo, 16 de marzo" is taken by the month.
  if (isDay(tokens[w + 1]) && onLine(tokens, w + 1)) to = w + 2;
  return from === w && to === w + 1 ? null : [from, to];
}

/** A relative date starting at token `k`, or null. */
function relativeAt(tokens: readonly Token[], k: number): [number, number] | null {
  for (const words of RELATIVE[tokens[k]!.lower] ?? []) {
    let ok = true;
    for (let j = 1; j < words.length && ok; j++) ok = tokens[k + j]?.lower === words[j] && onLine(tokens, k + j) && tokens[k + j]!.gapBefore !== "";
    if (ok) return [k, k + words.length];
  }
  return null;
}

export function findSpanishDates(text: string): Suggestion[] {
  const tokens = tokenize(text, "es");
  const spans: Array<[number, number]> = [];
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    if (token.kind !== "word") continue;
    let span: [number, number] | null = null;
    if (isMonthToken(token)) span = aroundMonth(tokens, k);
    else if (isSpanishWeekday(token.lower)) span = aroundWeekday(tokens, k);
    else if (token.lower in RELATIVE) span = relativeAt(tokens, k);
    if (span) spans.push(span);
  }
  spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const out: Suggestion[] = [];
  let current: [number, number] | null = null;
  const flush = () => {
    if (!current) return;
    const start = tokens[current[0]]!.start;
    const end = tokens[current[1] - 1]!.end;
    out.push({ start, end, kind: "date", text: text.slice(start, end) });
  };
  for (const span of spans) {
    if (current && span[0] < current[1]) current[1] = Math.max(current[1], span[1]);
    else {
      flush();
      current = [...span];
    }
  }
  flush();
  return out;
}
