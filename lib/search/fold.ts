/**
 * Folding: the form in which case and accents no longer count ("Cárcel" → "carcel").
 *
 * Contract: compatibility-decomposed (NFKD: "ﬁ" → "fi", "²" → "2", full-width → ASCII), lower-cased,
 * combining marks removed ("ñ" → "n", as PostgreSQL's `unaccent` does: people type "nino" for
 * "niño"), and the Latin letters that do not decompose spelt out ("ß" → "ss", "æ" → "ae").
 * Letters of other scripts stay as they are (terms.ts makes them safe for the engines).
 */
const LETTERS_THAT_DO_NOT_DECOMPOSE: Record<string, string> = {
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ø: "o",
  đ: "d",
  ð: "d",
  ł: "l",
  þ: "th",
  ı: "i",
  ħ: "h",
  ŀ: "l",
};
const SPECIAL = /[ßæœøđðłþıħŀ]/g;
const MARKS = /\p{M}+/gu;

/** `word` folded: no case, no accents. Lower-casing happens between two decompositions because
 * some capitals lower-case into a letter plus a mark ("İ" → "i̇"). */
export function foldWord(word: string): string {
  return word
    .normalize("NFKD")
    .toLowerCase()
    .normalize("NFKD")
    .replace(MARKS, "")
    .replace(SPECIAL, (letter) => LETTERS_THAT_DO_NOT_DECOMPOSE[letter] ?? letter);
}
