/**
 * The words of a claim reduced to forms that meet across inflections and, for the common words
 * of fact-checks, across English and Spanish.
 *
 * Contract: `wordsOf(text, language)` lower-cases, folds accents ("cárcel" = "carcel"), drops
 * stop words of both languages and numbers, and returns each remaining word as its
 * {@link stemOf} form; a word of the bilingual lexicon (`concepts.ts`) is returned as its
 * concept key prefixed with "=" ("=deport" for "deported" and "deportados"), so that an
 * English and a Spanish claim share it. Never throws.
 */
import { foldAccents } from "../../quantities";
import { conceptOf } from "./concepts";
import { countedThingOfWord } from "./known-words";

/** Function words of English and Spanish, folded: they say nothing about what a claim states. */
const STOP_WORDS = new Set(
  (
    "a an the and or but of to in on at by for with from as is are was were be been being has have had do does did " +
    "that this these those it its their there than then which who whom whose what when where while into over under " +
    "about around some roughly nearly almost more less most least up down out not no so such also only just very " +
    "he she they we you i his her our them him said says say according " +
    "el la los las un una unos unas y o u pero de del al en con por para sin sobre entre hasta desde segun que quien " +
    "cuyo cual cuales como cuando donde mientras es son era eran fue fueron ser sido estar esta estan estaba este esta " +
    "estos estas ese esa esos esas lo le les se su sus mas menos casi cerca alrededor aproximadamente ha han habia " +
    "hay no ni ya tambien solo muy dijo dice afirmo asegura aseguro " +
    "one two three four five six seven eight nine ten uno dos tres cuatro cinco seis siete ocho nueve diez total " +
    "january february march april june july august september october november december " +
    "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre"
  ).split(" "),
);

/** True for a function word of English or Spanish (folded, lower case): "the", "said", "segun". */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

/** Lower case, accents folded. */
export function fold(text: string): string {
  return foldAccents(text.toLowerCase());
}

/**
 * A light suffix-stripping stem for English and Spanish: plurals, gender and the common verb
 * endings ("deported", "deporting", "deportados", "deportadas" → "deport"). Folded input.
 */
export function stemOf(word: string, language: "en" | "es"): string {
  let w = word;
  if (language === "es") {
    for (const suffix of [
      "aciones",
      "acion",
      "amiento",
      "amientos",
      "ados",
      "adas",
      "ado",
      "ada",
      "idos",
      "idas",
      "ido",
      "ida",
      "aron",
      "ieron",
      "ando",
      "iendo",
      "ar",
      "er",
      "ir",
      "es",
      "os",
      "as",
      "s",
      "o",
      "a",
      "e",
    ]) {
      if (w.length - suffix.length >= 4 && w.endsWith(suffix)) return w.slice(0, -suffix.length);
    }
    return w;
  }
  if (w.length > 4 && w.endsWith("ies")) w = `${w.slice(0, -3)}y`;
  for (const suffix of ["ations", "ation", "ings", "ing", "ed", "es", "s"]) {
    if (w.length - suffix.length >= 4 && w.endsWith(suffix)) return w.slice(0, -suffix.length);
  }
  return w;
}

/** The counted thing of lib/quantities' bilingual lexicon a word names ("venezolanos" → "venezuelan"), or null. */
function lexiconThingOf(word: string, language: "en" | "es"): string | null {
  const thing = countedThingOfWord(word, language);
  return thing?.kind === "lexicon" && !thing.measure ? thing.thing.replace(/\s+/g, "") : null;
}

/**
 * The words of a text as stems or concept keys ("=deport"), in order, stop words, numbers and
 * the words in `skip` (folded: the words of names, counted apart) dropped.
 */
export function wordsOf(text: string, language: "en" | "es", skip: ReadonlySet<string> = new Set()): string[] {
  const out: string[] = [];
  for (const raw of fold(text).match(/[\p{L}]+/gu) ?? []) {
    if (raw.length < 3 || STOP_WORDS.has(raw) || skip.has(raw)) continue;
    const concept = conceptOf(raw) ?? lexiconThingOf(raw, language);
    out.push(concept === null ? stemOf(raw, language) : `=${concept}`);
  }
  return out;
}
