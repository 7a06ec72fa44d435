/**
 * The OR of some index terms, for callers that build terms themselves rather than parse what a
 * person typed: the "checked before" matcher's signature terms find candidate claims this way.
 *
 * Contract: only terms of 1–64 [a-z0-9] are kept (build them with `safeTerm`), each once; null
 * when none is left. FTS5: `"a" OR "b"` (optionally `column : (…)`); tsquery: `'a' | 'b'`.
 * Bind the result as a parameter.
 */
import { safeAlternatives } from "./safe-alternatives";

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function toFts5AnyTerm(terms: readonly string[], options: { column?: string } = {}): string | null {
  if (options.column !== undefined && !IDENTIFIER.test(options.column))
    throw new Error(`toFts5AnyTerm: column must be an identifier, got ${JSON.stringify(options.column)}`);
  const kept = [...new Set(safeAlternatives(terms))];
  if (kept.length === 0) return null;
  const expression = kept.map((term) => `"${term}"`).join(" OR ");
  return options.column === undefined ? expression : `${options.column} : (${expression})`;
}

export function toTsqueryAnyTerm(terms: readonly string[]): string | null {
  const kept = [...new Set(safeAlternatives(terms))];
  return kept.length === 0 ? null : kept.map((term) => `'${term}'`).join(" | ");
}
