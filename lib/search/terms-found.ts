/**
 * What a text holds of a query, read the way the index reads it: the reference the engines'
 * results are tested against (db/search-syntax.test.ts), and the facts ranking can use.
 */
import { occurrencesOf } from "./find-clauses";
import type { ParsedSearchQuery, QueryClause } from "./parse-query";
import { termsOfTokens } from "./terms";
import { tokensOf } from "./tokenize";

type Language = string | null | undefined;

/** The alternatives of the query's positive words that occur among `text`'s index terms, in query order, each once. */
export function queryTermsFoundIn(text: string, parsed: ParsedSearchQuery, language: Language): string[] {
  const terms = new Set(termsOfTokens(tokensOf(text), language));
  const wanted = parsed.include.flatMap((clause) => clause.words.flatMap((word) => word.alternatives));
  return [...new Set(wanted)].filter((term) => terms.has(term));
}

function foundClauses(terms: readonly string[], clauses: readonly QueryClause[]): boolean[] {
  const found = new Set(occurrencesOf(terms, clauses).map((occurrence) => occurrence.clause));
  return clauses.map((_, index) => found.has(index));
}

/** For each positive clause of the query, whether `text` contains it (a phrase: its words in a row). */
export function clausesFoundIn(text: string, parsed: ParsedSearchQuery, language: Language): boolean[] {
  return foundClauses(termsOfTokens(tokensOf(text), language), parsed.include);
}

/**
 * Whether a text of `language` is a result of the query: every positive clause found and no
 * excluded one. False for a query that is not searchable. toFts5Match and toTsquery select
 * exactly these texts from their index terms.
 */
export function matchesSearchQuery(text: string, parsed: ParsedSearchQuery, language: Language): boolean {
  if (!parsed.isSearchable) return false;
  const terms = termsOfTokens(tokensOf(text), language);
  return foundClauses(terms, parsed.include).every(Boolean) && !foundClauses(terms, parsed.exclude).some(Boolean);
}
