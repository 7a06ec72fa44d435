/**
 * Search text: folding, tokens, Spanish and English stems, index terms, the query language and
 * its FTS5 and tsquery renderings, snippets (README.md beside this file). No I/O.
 */
export { foldWord } from "./fold";
export { tokensOf, type WordToken } from "./tokenize";
export { stemEnglish, stemSpanish } from "./stem";
export { indexTermsOf, termOfWord, termsOfTokens, safeTerm, stemmingLanguageOf, MAX_TERM_LENGTH, type StemmingLanguage } from "./terms";
export { queryAlternativesOf, MAX_ALTERNATIVES } from "./query-terms";
export {
  parseSearchQuery,
  MAX_QUERY_LENGTH,
  MAX_QUERY_WORDS,
  MAX_PHRASE_SPELLINGS,
  type ParsedSearchQuery,
  type QueryClause,
  type QueryWord,
} from "./parse-query";
export { toFts5Match } from "./render-fts5";
export { toTsquery } from "./render-tsquery";
export { toFts5AnyTerm, toTsqueryAnyTerm } from "./render-any-term";
export { snippetOf, snippetWithHighlights, type SnippetSegment, type SnippetOptions } from "./snippet";
export { queryTermsFoundIn, clausesFoundIn, matchesSearchQuery } from "./terms-found";
export { occurrencesOf, type ClauseOccurrence } from "./find-clauses";
