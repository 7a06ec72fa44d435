/**
 * A parsed query as a PostgreSQL tsquery, for `to_tsquery('simple', $1)` over a tsvector of
 * index terms (`to_tsvector('simple', terms)`): 'simple' only lower-cases, and terms are already
 * lower-case [a-z0-9], so each term is one lexeme, exactly as in SQLite's FTS5.
 *
 * Contract: every term single-quoted ('deport'), a word's alternatives ORed ('deport' |
 * 'deportado'), a phrase's words joined by `<->` with each word's alternatives grouped, clauses
 * ANDed, exclusions as `!(…)`: `('a' | 'b') & ('c' <-> 'd') & !('e')`. Same matches as
 * toFts5Match. Returns null when the query is not searchable (like FTS5, nothing to search).
 * Bind the result as a parameter.
 */
import type { ParsedSearchQuery, QueryClause } from "./parse-query";
import { safeAlternatives } from "./safe-alternatives";

/** A lexeme quoted for tsquery: quotes and backslashes doubled (none occur in a safe term). */
function tsqueryLexeme(term: string): string {
  return `'${term.replace(/['\\]/g, "$&$&")}'`;
}

function tsqueryClause(clause: QueryClause): string | null {
  const words = clause.words.map((word) => safeAlternatives(word.alternatives));
  if (words.length === 0 || words.some((list) => list.length === 0)) return null;
  const rendered = words.map((list) => (list.length === 1 ? tsqueryLexeme(list[0]!) : `(${list.map(tsqueryLexeme).join(" | ")})`));
  return rendered.length === 1 ? rendered[0]! : `(${rendered.join(" <-> ")})`;
}

export function toTsquery(parsed: ParsedSearchQuery): string | null {
  const include = parsed.include.map(tsqueryClause);
  if (include.length === 0 || include.some((clause) => clause === null)) return null;
  const exclude = parsed.exclude.map(tsqueryClause).filter((clause): clause is string => clause !== null);
  return [...include, ...exclude.map((clause) => `!${clause}`)].join(" & ");
}
