/**
 * The search box's query language, parsed into data that never holds query syntax.
 *
 * Grammar (everything else is text):
 * - a word: a run of non-space characters ("covid-19" and "40.000" are read by tokenize.ts,
 *   so a run of several tokens is a phrase of them);
 * - a "quoted phrase": words that must follow each other; quotes are " “ ” „ « », any of which
 *   closes any other, and an unclosed quote runs to the end of the input;
 * - `-word` and `-"phrase"`: the results must not contain it (a "-" starting a run; inside a run
 *   it separates words).
 * Every positive item must match (AND); no OR, no operators: "NEAR", "OR", "*", "^", ":" and
 * parentheses are plain text, and punctuation separates words. At most MAX_QUERY_LENGTH
 * characters are read and MAX_QUERY_WORDS words kept (`truncated` then says so).
 *
 * Contract: never throws, for any input. `isSearchable` is false when no positive word is left
 * (`emptyReason` says why: "no-words" for empty or punctuation-only input, "only-exclusions"),
 * and then there is nothing to search: the renderers return null and the UI asks for a word.
 */
import { queryAlternativesOf } from "./query-terms";
import { tokensOf } from "./tokenize";

export const MAX_QUERY_LENGTH = 1000;
export const MAX_QUERY_WORDS = 32;
/** A phrase's alternatives are trimmed until its spellings (the product) are at most this many. */
export const MAX_PHRASE_SPELLINGS = 32;

export interface QueryWord {
  /** The word as typed. */
  readonly text: string;
  /** The index terms it matches (query-terms.ts), most likely first; never empty. */
  readonly alternatives: readonly string[];
}

/** One word, or a phrase of several words that must follow each other. */
export interface QueryClause {
  /** The clause as typed, without its quotes or "-". */
  readonly text: string;
  readonly words: readonly QueryWord[];
}

export interface ParsedSearchQuery {
  /** Every one of these must match. */
  readonly include: readonly QueryClause[];
  /** None of these may match. */
  readonly exclude: readonly QueryClause[];
  readonly isSearchable: boolean;
  readonly emptyReason: "no-words" | "only-exclusions" | null;
  /** True when words past MAX_QUERY_WORDS or characters past MAX_QUERY_LENGTH were left out. */
  readonly truncated: boolean;
}

const QUOTES = new Set(['"', "“", "”", "„", "«", "»"]);
/** Control characters (NUL included) read as spaces. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
/** White space separates runs, except the no-break and thin spaces that bind ("40 000", "Sr. Bukele"). */
const SPACE = /[^\S\u00a0\u2009\u202f]/u;

/** The input cut to MAX_QUERY_LENGTH without splitting a surrogate pair, controls made spaces. */
function readableInput(q: unknown): { input: string; cut: boolean } {
  const text = typeof q === "string" ? q : "";
  let input = text.slice(0, MAX_QUERY_LENGTH);
  if (/[\ud800-\udbff]$/.test(input)) input = input.slice(0, -1);
  return { input: input.replace(CONTROL, " "), cut: text.length > MAX_QUERY_LENGTH };
}

/** The runs of the input: each a piece of text, quoted or not, and whether it is excluded. */
function runsOf(input: string): { text: string; isExcluded: boolean }[] {
  const runs: { text: string; isExcluded: boolean }[] = [];
  let i = 0;
  while (i < input.length) {
    if (SPACE.test(input[i]!)) {
      i++;
      continue;
    }
    const isExcluded = input[i] === "-";
    if (isExcluded) i++;
    if (QUOTES.has(input[i] ?? "")) {
      let close = i + 1;
      while (close < input.length && !QUOTES.has(input[close]!)) close++;
      runs.push({ text: input.slice(i + 1, close), isExcluded });
      i = close + 1;
      continue;
    }
    let end = i;
    while (end < input.length && !SPACE.test(input[end]!) && !QUOTES.has(input[end]!)) end++;
    runs.push({ text: input.slice(i, end), isExcluded });
    i = end;
  }
  return runs;
}

/** Trims the alternatives of the words with the most until the phrase has at most MAX_PHRASE_SPELLINGS spellings. */
function withinSpellingLimit(words: QueryWord[]): QueryWord[] {
  const alternatives = words.map((word) => [...word.alternatives]);
  const spellings = () => alternatives.reduce((product, list) => product * list.length, 1);
  while (spellings() > MAX_PHRASE_SPELLINGS) {
    const widest = alternatives.reduce((best, list, index) => (list.length > alternatives[best]!.length ? index : best), 0);
    alternatives[widest]!.pop();
  }
  return words.map((word, index) => ({ text: word.text, alternatives: alternatives[index]! }));
}

export function parseSearchQuery(q: unknown): ParsedSearchQuery {
  const { input, cut } = readableInput(q);
  const include: QueryClause[] = [];
  const exclude: QueryClause[] = [];
  let wordsLeft = MAX_QUERY_WORDS;
  let truncated = cut;
  for (const run of runsOf(input)) {
    const tokens = tokensOf(run.text);
    if (tokens.length === 0) continue;
    if (tokens.length > wordsLeft) truncated = true;
    const kept = tokens.slice(0, wordsLeft);
    if (kept.length === 0) break;
    wordsLeft -= kept.length;
    const words = kept.map((token) => ({ text: run.text.slice(token.start, token.end), alternatives: queryAlternativesOf(token.word) }));
    const clause = { text: run.text.slice(kept[0]!.start, kept.at(-1)!.end), words: withinSpellingLimit(words) };
    (run.isExcluded ? exclude : include).push(clause);
  }
  const isSearchable = include.length > 0;
  const emptyReason = isSearchable ? null : exclude.length > 0 ? "only-exclusions" : "no-words";
  return { include, exclude, isSearchable, emptyReason, truncated };
}
