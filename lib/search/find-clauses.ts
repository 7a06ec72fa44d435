/**
 * Where a parsed query's clauses occur among a text's terms: the same rule as the
 * engines (a word where its term is one of the alternatives, a phrase where its words follow
 * each other), so snippets and ranking agree with what was found.
 */
import type { QueryClause } from "./parse-query";

export interface ClauseOccurrence {
  /** Index of the clause in `clauses`. */
  clause: number;
  /** Token indexes, half-open. */
  first: number;
  end: number;
}

/** Every occurrence, ordered by first token (then by clause). Linear in terms × clause words. */
export function occurrencesOf(terms: readonly string[], clauses: readonly QueryClause[]): ClauseOccurrence[] {
  const occurrences: ClauseOccurrence[] = [];
  const wanted = clauses.map((clause) => clause.words.map((word) => new Set(word.alternatives)));
  for (let first = 0; first < terms.length; first++) {
    wanted.forEach((words, clause) => {
      if (words.length === 0 || first + words.length > terms.length) return;
      if (words.every((alternatives, k) => alternatives.has(terms[first + k]!))) occurrences.push({ clause, first, end: first + words.length });
    });
  }
  return occurrences;
}
