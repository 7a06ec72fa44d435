/**
 * The index terms a query word may match. The language of a query is unknown, so a word matches
 * any of: its Spanish term (accents as typed, and as the accents may have been: spanish-accents.ts),
 * its Spanish term typed without accents, its English term and its folded form (texts in other
 * languages). Each is a term exactly as terms.ts stores a word, so one of them equals the stored
 * term of the same word, accented or not, in a text of any language.
 *
 * Contract: 1 to MAX_ALTERNATIVES distinct safe terms, most likely first.
 */
import { foldWord } from "./fold";
import { accentedSpellingsOf } from "./spanish-accents";
import { termOfWord } from "./terms";

export const MAX_ALTERNATIVES = 6;

/** `word` as tokensOf gives it (lower case, NFC). */
export function queryAlternativesOf(word: string): string[] {
  const folded = foldWord(word);
  const candidates = [
    termOfWord(word, "es"),
    termOfWord(word, "en"),
    termOfWord(word, null),
    termOfWord(folded, "es"),
    ...accentedSpellingsOf(folded).map((spelling) => termOfWord(spelling, "es")),
  ];
  return [...new Set(candidates)].slice(0, MAX_ALTERNATIVES);
}
