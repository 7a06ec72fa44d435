/**
 * The counted noun phrase after a number: "Venezuelans", "alleged gang members", "days",
 * "Venezuelan migrants", "people". No part-of-speech tagger: a word list and word shapes.
 *
 * Contract of {@link readCountedNoun}:
 * - Starts at token `j` (right after the number), which must be a word separated from the
 *   number by whitespace on the same line.
 * - Takes up to {@link MAX_NOUN_WORDS} words, each spaced from the last on the same line
 *   (hyphenated compounds such as "gang-related" or "Salvadoran-born" count as one word),
 *   and stops before: punctuation, a number or number word, a month name, or a function word
 *   or common verb from {@link STOP_WORDS} ("of", "in", "were", "said", "more", "who", …).
 * - Stops after the first plural-looking word ("members", "people", "days"): the counted
 *   noun is the head of the phrase and English puts it last.
 * - The phrase never ends on a word shaped like a participle or an adverb (-ed, -ing, -ly,
 *   five letters or more): "250 alleged gang members" keeps "alleged", "137 removed under…"
 *   and "238 deported" give no noun.
 * - Words are returned as written (case kept), joined by single spaces. Returns null when
 *   no word qualifies. Never throws.
 *
 * In Spanish (`language` "es") the noun comes first and its adjectives after it ("238
 * migrantes venezolanos"), so the phrase is the adjectives that Spanish puts before a noun
 * ("presuntos", "nuevos", …) and the first other word, the noun: "presuntos pandilleros",
 * "migrantes", "venezolanos". It stops before Spanish function words and common verbs, and
 * before words shaped like a finite verb (-aron, -ieron, -aban, -ían, -ó: "llegaron").
 * A participle is a noun here ("200 deportados", "30 heridos").
 *
 * Known misses: an unlisted present-tense verb right after the number is taken as a noun
 * ("250 face deportation" → "face deportation"); a singular noun followed by another noun
 * that is not part of the phrase is kept ("5 percent", read earlier, aside).
 */
import { isSpanishNumberWord } from "./es-number-words";
import { SPANISH_PRE_NOMINAL, SPANISH_SINGULAR_IN_S, SPANISH_STOP_WORDS } from "./es-words";
import type { ReadingLanguage } from "./language";
import { isSpanishWeekday } from "./month-names";
import { isNumberWord } from "./number-words";
import { isMonth } from "./not-a-count";
import { isAttached, isInline, isPunct, type Token } from "./tokenize";

export const MAX_NOUN_WORDS = 4;

export const STOP_WORDS = new Set([
  // determiners and pronouns
  "a",
  "an",
  "the",
  "this",
  "that",
  "these",
  "those",
  "his",
  "her",
  "its",
  "their",
  "our",
  "my",
  "your",
  "any",
  "all",
  "each",
  "every",
  "no",
  "it",
  "they",
  "them",
  "he",
  "she",
  "we",
  "you",
  "i",
  "us",
  "him",
  "itself",
  "themselves",
  "one",
  "ones",
  "some",
  "both",
  "either",
  "neither",
  "such",
  "same",
  "other",
  "others",
  "another",
  // prepositions
  "of",
  "in",
  "on",
  "at",
  "to",
  "from",
  "by",
  "with",
  "without",
  "for",
  "into",
  "onto",
  "over",
  "under",
  "above",
  "below",
  "between",
  "among",
  "amongst",
  "across",
  "after",
  "before",
  "during",
  "since",
  "until",
  "till",
  "via",
  "per",
  "through",
  "against",
  "about",
  "around",
  "near",
  "toward",
  "towards",
  "within",
  "outside",
  "inside",
  "including",
  "like",
  "as",
  "than",
  "out",
  "up",
  "down",
  "off",
  "along",
  "behind",
  "beyond",
  "despite",
  "upon",
  "onboard",
  "aboard",
  "amid",
  // conjunctions and relatives
  "and",
  "or",
  "but",
  "nor",
  "so",
  "yet",
  "if",
  "because",
  "while",
  "whereas",
  "although",
  "though",
  "when",
  "where",
  "who",
  "whom",
  "whose",
  "which",
  "what",
  "why",
  "how",
  "whether",
  "plus",
  "versus",
  "vs",
  // auxiliaries and common verbs
  "is",
  "are",
  "was",
  "were",
  "be",
  "been",
  "being",
  "am",
  "has",
  "have",
  "had",
  "do",
  "does",
  "did",
  "will",
  "would",
  "shall",
  "should",
  "can",
  "could",
  "may",
  "might",
  "must",
  "said",
  "say",
  "says",
  "told",
  "tell",
  "tells",
  "sent",
  "held",
  "flown",
  "taken",
  "given",
  "brought",
  "kept",
  "left",
  "put",
  "known",
  "seen",
  "shown",
  "made",
  "done",
  "gone",
  "got",
  "gotten",
  "went",
  "came",
  "come",
  "comes",
  "became",
  "become",
  "becomes",
  "remain",
  "remains",
  "face",
  "faces",
  "include",
  "includes",
  "arrive",
  "arrives",
  "live",
  "lives",
  "die",
  "dies",
  "get",
  "gets",
  "go",
  "goes",
  "take",
  "takes",
  "make",
  "makes",
  "need",
  "needs",
  "want",
  "wants",
  "stay",
  "stays",
  "wait",
  "waits",
  "according",
  "saw",
  "took",
  "gave",
  "fled",
  "flew",
  "paid",
  "won",
  "lost",
  "spent",
  "fought",
  "caught",
  "ran",
  "run",
  "hit",
  "cut",
  "set",
  "let",
  "hurt",
  "begin",
  "began",
  "begun",
  "stand",
  "stood",
  "sit",
  "sat",
  "lie",
  "lay",
  "lain",
  "rose",
  "risen",
  "fell",
  "fallen",
  // adverbs, quantifiers and comparison words
  "more",
  "less",
  "fewer",
  "most",
  "least",
  "only",
  "just",
  "also",
  "even",
  "still",
  "already",
  "again",
  "then",
  "now",
  "here",
  "there",
  "ago",
  "later",
  "earlier",
  "too",
  "very",
  "much",
  "many",
  "several",
  "few",
  "not",
  "never",
  "ever",
  "nearly",
  "almost",
  "approximately",
  "roughly",
  "altogether",
  "total",
  "respectively",
  "apiece",
  "combined",
  "alone",
  "each",
  "instead",
  "away",
  "back",
  "else",
  "whatsoever",
  "overall",
  "odd",
  "or",
  "percent",
  "pct",
]);

/** Plurals that do not end in "s". */
const IRREGULAR_PLURALS = new Set(["people", "men", "women", "children", "feet", "teeth", "mice", "geese", "folk"]);
const NON_FINAL_SHAPE = /^\p{L}{2,}(?:ed|ing|ly)$/u;

export interface CountedNoun {
  unit: string;
  /** One past the last token of the phrase. */
  end: number;
}

/** Spanish finite verb endings (3rd person past and imperfect, future, conditional). */
const SPANISH_VERB_SHAPE = /^\p{L}{2,}(?:aron|ieron|eron|aban|ían|ió|rán|rían)$|^\p{L}{3,}ó$/u;

/** True when the lower-cased word looks like a plural noun; in Spanish, ends in "s" and is not a known singular ("mes", "crisis"). */
export function looksPlural(lower: string, language: ReadingLanguage = "en"): boolean {
  if (language === "es") {
    const last = lower.split("-").at(-1) ?? lower;
    return last.length >= 3 && last.endsWith("s") && !SPANISH_SINGULAR_IN_S.has(last);
  }
  if (IRREGULAR_PLURALS.has(lower)) return true;
  const last = lower.split("-").at(-1) ?? lower;
  return last.length >= 3 && last.endsWith("s") && !/(?:ss|us|is|['’]s)$/.test(last);
}

/** A word with its hyphenated continuation: "gang-related", "Salvadoran-born". */
function compoundAt(tokens: readonly Token[], k: number): { text: string; end: number } {
  let text = tokens[k]!.text;
  let end = k + 1;
  while (isPunct(tokens[end], "-") && isAttached(tokens[end]) && tokens[end + 1]?.kind === "word" && isAttached(tokens[end + 1])) {
    text += `-${tokens[end + 1]!.text}`;
    end += 2;
  }
  return { text, end };
}

/** See the module comment. */
export function readCountedNoun(tokens: readonly Token[], j: number, language: ReadingLanguage = "en"): CountedNoun | null {
  if (language === "es") return readSpanishCountedNoun(tokens, j);
  const words: string[] = [];
  let k = j;
  let keep = 0; // words that may end the phrase
  let keepEnd = j;
  while (k < tokens.length && words.length < MAX_NOUN_WORDS) {
    const token = tokens[k]!;
    if (token.kind !== "word" || !isInline(token) || token.gapBefore === "") break;
    const lower = token.lower;
    if (STOP_WORDS.has(lower) || isNumberWord(lower) || isMonth(token)) break;
    const compound = compoundAt(tokens, k);
    const compoundLower = compound.text.toLowerCase();
    words.push(compound.text);
    k = compound.end;
    if (!NON_FINAL_SHAPE.test(compoundLower.split("-").at(-1) ?? compoundLower) || compoundLower.length < 5) {
      keep = words.length;
      keepEnd = k;
    }
    if (looksPlural(compoundLower)) break;
  }
  if (keep === 0) return null;
  return { unit: words.slice(0, keep).join(" "), end: keepEnd };
}

/** The Spanish phrase: adjectives placed before the noun, then the noun. */
function readSpanishCountedNoun(tokens: readonly Token[], j: number): CountedNoun | null {
  const words: string[] = [];
  let k = j;
  while (k < tokens.length && words.length < MAX_NOUN_WORDS) {
    const token = tokens[k]!;
    if (token.kind !== "word" || !isInline(token) || token.gapBefore === "") break;
    const lower = token.lower;
    if (SPANISH_STOP_WORDS.has(lower) || isSpanishNumberWord(lower) || isMonth(token, "es") || isSpanishWeekday(lower) || SPANISH_VERB_SHAPE.test(lower)) break;
    const compound = compoundAt(tokens, k);
    words.push(compound.text);
    k = compound.end;
    if (!SPANISH_PRE_NOMINAL.has(lower)) break; // the noun
  }
  if (words.length === 0) return null;
  return { unit: words.join(" "), end: k };
}
