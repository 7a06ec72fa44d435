/**
 * Index terms: the one term each word of a text is stored as, so both engines (SQLite FTS5 and
 * PostgreSQL's 'simple' configuration) see the same tokens and agree on every match and phrase.
 *
 * Contract: a term is 1–64 characters of [a-z0-9] and nothing else, so no tokenizer splits it and
 * no query syntax can live in it. A word's term depends on its text's language:
 * - "en": the Porter2 stem of the folded word ("Inmates" → "inmat");
 * - "es": the Spanish Snowball stem of the word with its accents, then folded ("deportación",
 *   "deportados" → "deport"; "cárcel", "carcel" → "carcel");
 * - any other language, or none: the folded word.
 * A folded word left with characters outside [a-z0-9] (other scripts) is spelt as "zz" and four
 * base-36 digits per code point, so it is still found, exactly.
 */
import { foldWord } from "./fold";
import { stemEnglish, stemSpanish } from "./stem";
import { tokensOf, type WordToken } from "./tokenize";

export const MAX_TERM_LENGTH = 64;
/** The languages whose words are stemmed; every other text is matched on folded words. */
export type StemmingLanguage = "en" | "es";

const SAFE_TERM = /^[a-z0-9]+$/;

/** "en" or "es" for an ISO 639-1 code (a region or script subtag is ignored: "es-AR"), else null. */
export function stemmingLanguageOf(language: string | null | undefined): StemmingLanguage | null {
  const primary = (language ?? "").trim().toLowerCase().split(/[-_]/)[0];
  return primary === "en" || primary === "es" ? primary : null;
}

/** `folded` as a term: itself when it is [a-z0-9], else spelt out in base 36 (see above); cut at 64. */
export function safeTerm(folded: string): string {
  if (SAFE_TERM.test(folded)) return folded.slice(0, MAX_TERM_LENGTH);
  let spelt = "zz";
  for (const character of folded) spelt += (character.codePointAt(0) ?? 0).toString(36).padStart(4, "0");
  return spelt.slice(0, MAX_TERM_LENGTH);
}

function computedTermOfWord(word: string, language: StemmingLanguage | null): string {
  if (language === "es") return safeTerm(foldWord(stemSpanish(word)));
  const folded = foldWord(word);
  if (language === "en" && SAFE_TERM.test(folded)) return safeTerm(stemEnglish(folded));
  return safeTerm(folded);
}

/** Past this many remembered words per language the memory starts again (bounded, not an LRU). */
const REMEMBERED_WORDS = 100_000;
const rememberedTerms = { en: new Map<string, string>(), es: new Map<string, string>(), none: new Map<string, string>() };

/**
 * The term of one word (`word` as tokensOf gives it: lower case, NFC) in a text of `language`.
 * Remembered: texts repeat their words, and folding and stemming cost microseconds a word.
 */
export function termOfWord(word: string, language: StemmingLanguage | null): string {
  const key = language ?? "none";
  const known = rememberedTerms[key].get(word);
  if (known !== undefined) return known;
  if (rememberedTerms[key].size >= REMEMBERED_WORDS) rememberedTerms[key] = new Map();
  const term = computedTermOfWord(word, language);
  rememberedTerms[key].set(word, term);
  return term;
}

/** The term of every token of a text, in order (one term per word keeps phrase positions). */
export function termsOfTokens(tokens: readonly WordToken[], language: string | null | undefined): string[] {
  const stemming = stemmingLanguageOf(language);
  return tokens.map((token) => termOfWord(token.word, stemming));
}

/**
 * The space-separated terms stored for full-text search of `text`, written in `language`
 * (ISO 639-1; a claim, evidence or comment passes its source's). Empty for a text without words.
 */
export function indexTermsOf(text: string, language: string | null | undefined): string {
  return termsOfTokens(tokensOf(text), language).join(" ");
}
