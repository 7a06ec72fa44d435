/**
 * The renderers' last guard: only [a-z0-9] terms reach a query expression. parseSearchQuery
 * never produces anything else; a ParsedSearchQuery built by other code might.
 */
const SAFE_TERM = /^[a-z0-9]{1,64}$/;

export function safeAlternatives(alternatives: readonly string[]): string[] {
  return alternatives.filter((term) => SAFE_TERM.test(term));
}
