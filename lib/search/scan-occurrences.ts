/**
 * Where a query's clauses occur in a long text, without reading every word: the snippet's path
 * (a result's body may be a whole captured page). Same answer as find-clauses.ts over
 * `termsOfTokens(tokensOf(text))`, which scan-occurrences.test.ts checks on any text.
 *
 * Why it is faster: a word's term always starts with the word's folded first character (Snowball
 * only changes endings; folding keeps a leading ASCII letter or digit), so a token starting with
 * an ASCII character no query term starts with cannot match, and its word and term are never
 * computed. Terms spelt "zz…" (other scripts) break that rule: a query holding one reads every word.
 */
import type { ClauseOccurrence } from "./find-clauses";
import type { QueryClause } from "./parse-query";
import { stemmingLanguageOf, termOfWord } from "./terms";
import { tokenSpansOf, wordOf } from "./tokenize";

export interface ScannedText {
  /** Token offsets (UTF-16, half-open) and count, as tokenSpansOf gives them. */
  starts: Int32Array;
  ends: Int32Array;
  count: number;
  /** Ordered by first token, then clause. */
  occurrences: ClauseOccurrence[];
}

/** Whether an ASCII code is a letter or digit; upper case read as lower. */
function asciiAlphanumericLower(code: number): number | null {
  if (code >= 65 && code <= 90) return code + 32;
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) ? code : null;
}

export function scanOccurrences(text: string, clauses: readonly QueryClause[], language: string | null | undefined): ScannedText {
  const { starts, ends, count } = tokenSpansOf(text);
  const stemming = stemmingLanguageOf(language);
  const wanted = clauses.map((clause) => clause.words.map((word) => new Set(word.alternatives)));
  const allTerms = wanted.flatMap((words) => words.flatMap((alternatives) => [...alternatives]));
  const readsEveryWord = allTerms.some((term) => term.startsWith("zz"));
  const isFirstCode = new Uint8Array(128);
  for (const term of allTerms) isFirstCode[term.charCodeAt(0)] = 1;
  const terms: (string | null | undefined)[] = new Array(count);
  /** The term of token i, or null when its first character rules every query term out. */
  const termAt = (i: number): string | null => {
    let term = terms[i];
    if (term !== undefined) return term;
    const first = asciiAlphanumericLower(text.charCodeAt(starts[i]!));
    const ruledOut = !readsEveryWord && first !== null && isFirstCode[first] === 0;
    term = ruledOut ? null : termOfWord(wordOf(text.slice(starts[i]!, ends[i]!)), stemming);
    terms[i] = term;
    return term;
  };
  const occurrences: ClauseOccurrence[] = [];
  for (let first = 0; first < count; first++) {
    wanted.forEach((words, clause) => {
      if (words.length === 0 || first + words.length > count) return;
      if (
        words.every((alternatives, k) => {
          const term = termAt(first + k);
          return term !== null && alternatives.has(term);
        })
      ) {
        occurrences.push({ clause, first, end: first + words.length });
      }
    });
  }
  return { starts, ends, count, occurrences };
}
