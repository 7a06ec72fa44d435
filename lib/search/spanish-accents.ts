/**
 * Spellings a Spanish word typed without its accents may have had, for the Spanish stemmer.
 *
 * Why: Snowball's Spanish suffixes carry accents ("ación", "ía", "ió"), so "deportación" stems to
 * "deport" but "deportacion" (typed on an English keyboard) stays whole. Documents are written
 * with their accents; queries often are not. A query word ending in the unaccented form of one of
 * these suffixes is also stemmed with the accent put back; the word's alternatives (query-terms.ts)
 * gain the stems that differ. Of the final single vowels only "í" is put back ("aqui" → "aquí"):
 * the stemmer removes "a", "e", "o" as it removes "á", "é", "ó", but not "i".
 */
import { foldWord } from "./fold";

/** The suffixes with accents in Snowball's Spanish steps 1, 2a and 2b, and the residual "í" (snowballstem.org/algorithms/spanish). */
const ACCENTED_SUFFIXES = (
  "logía logías ación ución yó ía ían ías aría ería iría arían erían irían arías erías irías áis éis aréis eréis iréis íais aríais eríais iríais " +
  "ábamos áramos iéramos íamos aríamos eríamos iríamos ásemos iésemos arás erás irás ís ará erá irá aré eré iré ió arán erán irán í"
)
  .split(" ")
  .map((accented) => ({ accented, folded: foldWord(accented) }));

/** The word's possible accented spellings (not the word itself), each once, each differing only in its suffix. */
export function accentedSpellingsOf(foldedWord: string): string[] {
  const spellings: string[] = [];
  for (const { accented, folded } of ACCENTED_SUFFIXES) {
    if (foldedWord.length > folded.length + 1 && foldedWord.endsWith(folded)) {
      spellings.push(foldedWord.slice(0, -folded.length) + accented);
    }
  }
  return [...new Set(spellings)];
}
