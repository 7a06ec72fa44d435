/**
 * Which of a query's terms a text contains, read the way the index reads it (ranking, tests).
 */
import { occurrencesOf } from "./find-clauses";
import type { ParsedSearchQuery } from "./parse-query";
import { termsOfTokens } from "./terms";
import { tokensOf } from "./tokenize";

/** The alternatives of the query's positive words that occur among `text`'s index terms, in query order, each once. */
export function queryTermsFoundIn(text: string, parsed: ParsedSearchQuery, language: string | null | undefined): string[] {
  const terms = new Set(termsOfTokens(tokensOf(text), language));
  const wanted = parsed.include.flatMap((clause) => clause.words.flatMap((word) => word.alternatives));
  return [...new Set(wanted)].filter((term) => terms.has(term));
}

/** For each positive clause of the query, whether `text` contains it (a phrase: its words in a row). */
export function clausesFoundIn(text: string, parsed: ParsedSearchQuery, language: string | null | undefined): boolean[] {
  const found = new Set(occurrencesOf(termsOfTokens(tokensOf(text), language), parsed).map((occurrence) => occurrence.clause));
  return parsed.include.map((_, index) => found.has(index));
}
