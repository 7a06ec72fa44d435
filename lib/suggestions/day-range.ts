/**
 * Day ranges next to a month name — "15–16 March", "15-16 March 2025", "15 and 16 March",
 * "March 15–16", "March 15–16, 2025", "from 3 to 4 Apr." — which are dates, not counts.
 * compromise tags "15–16" as a NumberRange and often leaves "March" without its #Month tag
 * (at a sentence end, after a range), so the rule reads the words themselves.
 *
 * Contract: `findDayRanges(terms)` returns the term ranges [start, end) of one compromise
 * sentence that are such dates, in order, each from the first day (or the month when it
 * comes first) to the month or the last day, plus a year right after ("2025" after a space
 * or ", "). Days are 1–31 in digits (ordinal suffixes allowed); the month is a capitalised
 * English month name or its abbreviation ("may" as a verb is not a month). Linear in the
 * number of terms; never throws.
 */
import type { Term } from "./parse";
import { hasText, isInlineSpace } from "./terms";
import { isEnglishMonthName } from "../quantities/month-names";

const DAY = /^(\d{1,2})(?:st|nd|rd|th)?$/i;
const DAY_RANGE = /^(\d{1,2})(?:st|nd|rd|th)?[–—-](\d{1,2})(?:st|nd|rd|th)?$/i;
/** Words between two days of one range: "15 and 16", "15 to 16", "15 or 16", "15 through 16". */
const JOINERS = new Set(["and", "to", "or", "through", "thru", "until", "till"]);
const YEAR = /^\d{4}$/;

const isDay = (value: string | undefined) => value !== undefined && Number(value) >= 1 && Number(value) <= 31;

function isMonthName(term: Term | undefined): boolean {
  if (!term) return false;
  const word = term.text.replace(/\.$/, "");
  return /^\p{Lu}/u.test(word) && isEnglishMonthName(word.toLowerCase());
}

function isYear(term: Term | undefined): boolean {
  return term !== undefined && YEAR.test(term.text) && Number(term.text) >= 1000 && Number(term.text) <= 2100;
}

export function findDayRanges(terms: readonly Term[]): Array<[number, number]> {
  const at: number[] = [];
  for (let t = 0; t < terms.length; t++) if (hasText(terms[t])) at.push(t);
  const term = (k: number) => (k >= 0 && k < at.length ? terms[at[k]!] : undefined);
  /** What separates text index k from the next text term (compromise's empty terms carry some of it). */
  const gap = (k: number): string => {
    if (k + 1 >= at.length) return "\n";
    let between = "";
    for (let t = at[k]!; t < at[k + 1]!; t++) between += terms[t]!.post + (t > at[k]! ? terms[t]!.pre : "");
    return between + terms[at[k + 1]!]!.pre;
  };
  const linked = (k: number) => isInlineSpace(gap(k));
  /** One past the last text term (as a text index) of the days starting at text index k, or -1. */
  const daysEnd = (k: number): number => {
    const first = term(k);
    if (!first) return -1;
    const range = DAY_RANGE.exec(first.text);
    if (range) return isDay(range[1]) && isDay(range[2]) ? k + 1 : -1;
    const day = DAY.exec(first.text);
    if (!day || !isDay(day[1]) || !JOINERS.has(term(k + 1)?.normal ?? "") || !linked(k) || !linked(k + 1)) return -1;
    const second = DAY.exec(term(k + 2)?.text ?? "");
    return second && isDay(second[1]) ? k + 3 : -1;
  };
  /** Text index one past a year that follows text index k after a space or ", ", else k + 1. */
  const withYear = (k: number) => (isYear(term(k + 1)) && /^,?[^\S\n]+$/.test(gap(k)) ? k + 2 : k + 1);

  const found: Array<[number, number]> = [];
  for (let k = 0; k < at.length; k++) {
    const end = daysEnd(k);
    if (end === -1) continue;
    let span: [number, number] | null = null;
    if (isMonthName(term(end)) && linked(end - 1)) span = [k, withYear(end)];
    else if (isMonthName(term(k - 1)) && linked(k - 1)) span = [k - 1, withYear(end - 1)];
    if (!span) continue;
    found.push([at[span[0]]!, at[span[1] - 1]! + 1]);
    k = span[1] - 1;
  }
  return found;
}
