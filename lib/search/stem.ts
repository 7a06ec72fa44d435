/**
 * Snowball stemmers for English (Porter2) and Spanish, from `snowball-stemmers` (README.md says
 * why this library). Pure functions of the word; remembered per language because the library is
 * a few microseconds a word and the query side stems each word several ways.
 *
 * Contract: `stemEnglish` reads a folded ASCII word; `stemSpanish` reads a lower-case word with its
 * accents (Snowball's Spanish suffixes carry them: "deportación" → "deport"), and folds the
 * vowels' accents itself. Both return the word unchanged when it holds a digit (figures and codes
 * such as "covid19" are not words to stem).
 */
import { newStemmer, type Stemmer } from "snowball-stemmers";

/** Past this many remembered words per language the memory starts again (bounded, not an LRU). */
const REMEMBERED_WORDS = 50_000;
const DIGIT = /\p{Nd}/u;

function rememberingStemmer(stemmer: Stemmer): (word: string) => string {
  let remembered = new Map<string, string>();
  return (word) => {
    if (DIGIT.test(word)) return word;
    const known = remembered.get(word);
    if (known !== undefined) return known;
    if (remembered.size >= REMEMBERED_WORDS) remembered = new Map();
    const stem = stemmer.stem(word);
    remembered.set(word, stem);
    return stem;
  };
}

export const stemEnglish = rememberingStemmer(newStemmer("english"));
export const stemSpanish = rememberingStemmer(newStemmer("spanish"));
