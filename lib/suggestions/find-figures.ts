/**
 * Finds figures: a quantity together with its hedge and the short noun phrase
 * it counts — "roughly 250 Venezuelans", "more than 250 alleged gang members",
 * "40,000 inmates", "14 days", "1.5 million people", "a dozen flights",
 * "tens of thousands of migrants", "at least 137", "$6 million".
 *
 * Contract:
 * - Quantities come from compromise's tagging: `#Value+` runs, cut into
 *   separate numbers by {@link splitValueRun} ("$6 million, 23 Salvadorans"
 *   and "in 2025 238 Venezuelans" give two numbers each; "two hundred",
 *   "1.5 million", "twenty-five" stay whole), plus `.match()` patterns for
 *   "hundreds of …"/"a dozen" (which compromise tags as nouns) and numeric
 *   compounds like "40,000-inmate". `.numbers()` is not used: its grouping
 *   is superlinear on number-dense sentences (about a second of CPU for a
 *   300 KB run of digits) and it joins numbers across commas.
 * - A hedge (over, more than, roughly, about, around, approximately, some,
 *   nearly, almost, at least, up to, as many as, fewer than, under, less than,
 *   …, optionally "just"/"well") is included only when it directly precedes
 *   the number with nothing but whitespace between.
 * - The counted noun phrase is at most {@link MAX_NOUN_WORDS} words of
 *   adjectives/nouns directly after the number, stopping at punctuation, at a
 *   non-noun and after a plural noun; trailing adjectives are dropped.
 * - Not figures: numbers compromise tags as dates, times or years (the "16" of
 *   "16 March 2025", "2025", "3 p.m."); day ranges by a month name ("15–16
 *   March", "March 15–16", "15 and 16 March": see {@link findDayRanges}); bare four-digit years (1000–2100)
 *   unless hedged or followed by a plural noun; ordinals and ordinal
 *   fractions ("third flight", "a second list"); identifiers after a proper
 *   noun ("Flight 123", "Section 212"); a lone number word ("half", "two")
 *   with neither hedge nor noun; an unhedged "one" ("one detainee").
 * - Spans are term-aligned joined offsets mapped through
 *   {@link ParsedSource.suggestion}, so they are trimmed and exact.
 */
import { findDayRanges } from "./day-range";
import type { ParsedSource, Term, TermRange } from "./parse";
import { hasTag, hasText, isInlineSpace, joined, normal } from "./terms";
import type { Suggestion } from "./types";
import { isYearNumeral } from "../quantities/year-numeral";

/** Longest first, so "more than" wins over a shorter reading. */
const HEDGES: readonly (readonly string[])[] = [
  ["as", "many", "as"],
  ["as", "much", "as"],
  ["as", "few", "as"],
  ["more", "than"],
  ["fewer", "than"],
  ["less", "than"],
  ["at", "least"],
  ["at", "most"],
  ["up", "to"],
  ["close", "to"],
  ["an", "estimated"],
  ["over"],
  ["under"],
  ["roughly"],
  ["about"],
  ["around"],
  ["approximately"],
  ["some"],
  ["nearly"],
  ["almost"],
];
/** Words that may strengthen a hedge: "just over", "well under". */
const INTENSIFIERS = new Set(["just", "well"]);

/** Maximum adjectives+nouns kept after the number. */
export const MAX_NOUN_WORDS = 3;

const MULTIPLIER_PATTERN = "(hundreds|thousands|millions|billions|dozens|tens|scores) of (hundreds|thousands|millions)? of?";
const DOZEN_PATTERNS = ["half a dozen", "(a|several) dozen"];
const NUMERIC_COMPOUND = "/^[$€£]?[0-9][0-9,.]*-/";

/** A core needs one term with one of these tags (and not #Ordinal). */
const CARDINAL_TAGS = ["Cardinal", "NumericValue", "Money", "Percent"];
const HAS_DIGIT = /[0-9]/;

/** Start index of a hedge ending right before term `s`, or `s` if none. */
function hedgeStart(terms: Term[], s: number): number {
  for (const hedge of HEDGES) {
    const from = s - hedge.length;
    if (from < 0) continue;
    let ok = true;
    for (let k = 0; k < hedge.length && ok; k++) {
      const term = terms[from + k]!;
      ok = normal(term) === hedge[k] && joined(term, terms[from + k + 1]);
    }
    if (!ok) continue;
    const before = terms[from - 1];
    if (before && INTENSIFIERS.has(normal(before)) && joined(before, terms[from])) return from - 1;
    return from;
  }
  return s;
}

/** A noun that can be the counted thing (not a pronoun, date name or number). */
function isCountedNoun(term: Term): boolean {
  if (!hasTag(term, "Noun") || hasTag(term, "Pronoun") || hasTag(term, "Value")) return false;
  if (hasTag(term, "Date") && !hasTag(term, "Duration")) return false;
  return true;
}

/**
 * One past the last term of the counted noun phrase starting at `e`, or `e`
 * if there is none.
 */
function nounEnd(terms: Term[], e: number): number {
  let end = e;
  let words = 0;
  for (let i = e; i < terms.length && words < MAX_NOUN_WORDS; i++) {
    const term = terms[i]!;
    if (!joined(terms[i - 1], term, hasTag(term, "Hyphenated"))) break;
    if (!hasText(term)) continue;
    if (isCountedNoun(term)) {
      words++;
      end = i + 1;
      if (hasTag(term, "Plural")) break;
    } else if (hasTag(term, "Adjective") && !hasTag(term, "Comparative") && !hasTag(term, "Superlative")) {
      words++;
    } else break;
  }
  return end;
}

const TENS = new Set(["twenty", "thirty", "forty", "fourty", "fifty", "sixty", "seventy", "eighty", "ninety"]);

function hasDigit(term: Term): boolean {
  return HAS_DIGIT.test(term.text);
}

/** Whether adjacent number words L R read as one number ("two hundred", "twenty one"). */
function continuesNumber(left: Term, right: Term): boolean {
  if (!joined(left, right)) {
    // "twenty-five" is split by compromise at the hyphen.
    return left.post === "-" && !hasDigit(left) && !hasDigit(right) && isInlineSpace(right.pre);
  }
  if (hasDigit(right)) return false; // "50 83", "two 5"
  if (normal(left) === "and") return true; // "two hundred and fifty"
  if (hasTag(right, "Multiple") || hasTag(right, "Fraction")) return true; // "1.5 million", "two thirds"
  if (hasDigit(left)) return false; // "5 two"
  return hasTag(left, "Multiple") || TENS.has(normal(left)); // "hundred five", "twenty one"
}

/**
 * Cuts the `#Value+` run [s, e) into single numbers, linearly. Empty
 * (implicit) terms stay with the number before them ("200-300").
 */
export function splitValueRun(terms: Term[], s: number, e: number): Array<[number, number]> {
  const parts: Array<[number, number]> = [];
  let from = s;
  let prev = -1; // last term with text
  for (let t = s; t < e; t++) {
    const term = terms[t]!;
    if (!hasText(term)) continue;
    if (prev !== -1 && !continuesNumber(terms[prev]!, term)) {
      parts.push([from, t]);
      from = t;
    }
    prev = t;
  }
  parts.push([from, e]);
  // A part never ends on the "and" of "hundred and".
  return parts.map(([a, b]): [number, number] => {
    let last = b - 1;
    while (last > a && !hasText(terms[last])) last--;
    return last > a && normal(terms[last]) === "and" ? [a, last] : [a, b];
  });
}

/** Numbers that are really dates, times, years, ordinals or identifiers. */
function isNotAFigure(terms: Term[], s: number, e: number, hedged: boolean, counted: boolean): boolean {
  const core = terms.slice(s, e).filter(hasText);
  if (core.length === 0) return true;
  if (core.some((t) => hasTag(t, "Date") || hasTag(t, "Time") || hasTag(t, "Year"))) return true;
  // Ordinals and "a third"/"a second": no cardinal amount in the core.
  if (!core.some((t) => CARDINAL_TAGS.some((tag) => hasTag(t, tag)) && !hasTag(t, "Ordinal"))) return true;
  const only = core.length === 1 ? core[0]! : undefined;
  if (only && isYearNumeral(only.text) && !hedged && !(counted && hasTag(terms[e], "Plural"))) return true;
  if (only && !HAS_DIGIT.test(only.text) && !hedged && (!counted || only.normal === "one")) return true;
  const before = terms[s - 1];
  if (!hedged && hasTag(before, "ProperNoun") && !hasTag(before, "Date") && joined(before, terms[s])) return true;
  // Letters joined to the number by a hyphen name a thing, not an amount: "MS-13", "F-16", "COVID-19".
  if (before && /\p{L}$/u.test(before.text) && before.post === "-" && !terms[s]!.pre) return true;
  return false;
}

export function findFigures(parsed: ParsedSource): Suggestion[] {
  const { doc, sentences } = parsed;
  const out: Suggestion[] = [];
  /** Terms already used by a figure, as "n:t". */
  const claimed = new Set<string>();
  const isClaimed = ([n, s, e]: TermRange): boolean => {
    for (let t = s; t < e; t++) if (claimed.has(`${n}:${t}`)) return true;
    return false;
  };

  /** Day ranges by a month name, per sentence, found when a sentence first has a number. */
  const dayRanges = new Map<number, Array<[number, number]>>();
  const isInDayRange = (n: number, s: number, e: number): boolean => {
    let ranges = dayRanges.get(n);
    if (!ranges) dayRanges.set(n, (ranges = findDayRanges(sentences[n] ?? [])));
    return ranges.some(([from, to]) => s < to && e > from);
  };

  const emit = (n: number, s: number, e: number, requireNoun: boolean, filter: boolean): void => {
    const terms = sentences[n];
    if (!terms || isClaimed([n, s, e])) return;
    if (isInDayRange(n, s, e)) return;
    const from = hedgeStart(terms, s);
    const to = nounEnd(terms, e);
    if (requireNoun && to === e) return;
    if (filter && isNotAFigure(terms, s, e, from < s, to > e)) return;
    const span = parsed.span(n, from, to);
    const suggestion = span && parsed.suggestion("figure", span[0], span[1]);
    if (!suggestion) return;
    for (let t = from; t < to; t++) claimed.add(`${n}:${t}`);
    out.push(suggestion);
  };

  // "hundreds of people", "tens of thousands of migrants": needs a noun.
  for (const [n, s, e] of parsed.ranges(doc.match(MULTIPLIER_PATTERN))) emit(n, s, e, true, false);
  // "a dozen flights", "half a dozen guards".
  for (const pattern of DOZEN_PATTERNS) {
    for (const [n, s, e] of parsed.ranges(doc.match(pattern))) emit(n, s, e, false, false);
  }
  // "40,000-inmate prison": compromise keeps these as one noun term.
  for (const [n, s, e] of parsed.ranges(doc.match(NUMERIC_COMPOUND))) emit(n, s, e, false, false);
  // Everything compromise tags as a number.
  for (const [n, s, e] of parsed.ranges(doc.match("#Value+"))) {
    const terms = sentences[n];
    if (!terms) continue;
    for (const [a, b] of splitValueRun(terms, s, e)) emit(n, a, b, false, true);
  }

  return out;
}
