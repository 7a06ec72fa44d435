/**
 * A parsed query as an SQLite FTS5 MATCH expression over index terms (terms.ts).
 *
 * Contract: every term is an FTS5 string ("deport", any `"` doubled), a phrase is one string of
 * its terms ("los deport"); a word's alternatives are ORed, a phrase's alternatives become the
 * OR of its spellings (FTS5 has no OR inside a phrase; parse-query.ts keeps them ≤ 32); the
 * clauses are ANDed and the exclusions subtracted: `(A AND B) NOT (C OR D)`. Returns null when
 * the query is not searchable (FTS5 cannot start with NOT). `column` restricts the match to one
 * column of the FTS5 table (`terms : (…)`); it must be a plain identifier (code, not user input).
 * Bind the result as a parameter: `… WHERE search MATCH ?`.
 */
import type { ParsedSearchQuery, QueryClause } from "./parse-query";
import { safeAlternatives } from "./safe-alternatives";

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

function fts5String(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

/** Every spelling of a phrase: one alternative per word, in order. */
function spellingsOf(alternatives: readonly (readonly string[])[]): string[] {
  return alternatives.reduce<string[]>((spellings, list) => spellings.flatMap((start) => list.map((term) => (start ? `${start} ${term}` : term))), [""]);
}

function fts5Clause(clause: QueryClause): string | null {
  const alternatives = clause.words.map((word) => safeAlternatives(word.alternatives));
  if (alternatives.length === 0 || alternatives.some((list) => list.length === 0)) return null;
  const spellings = spellingsOf(alternatives).map(fts5String);
  return spellings.length === 1 ? spellings[0]! : `(${spellings.join(" OR ")})`;
}

export function toFts5Match(parsed: ParsedSearchQuery, options: { column?: string } = {}): string | null {
  if (options.column !== undefined && !IDENTIFIER.test(options.column))
    throw new Error(`toFts5Match: column must be an identifier, got ${JSON.stringify(options.column)}`);
  const include = parsed.include.map(fts5Clause);
  if (include.length === 0 || include.some((clause) => clause === null)) return null;
  const exclude = parsed.exclude.map(fts5Clause).filter((clause): clause is string => clause !== null);
  let expression = include.join(" AND ");
  if (exclude.length > 0) expression = `(${expression}) NOT (${exclude.join(" OR ")})`;
  return options.column === undefined ? expression : `${options.column} : (${expression})`;
}
