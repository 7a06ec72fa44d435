/**
 * Whether two figures count the same kind of thing, in English, Spanish or across the two.
 *
 * Contract of {@link unitsComparable} (see this folder's README, "Counted things across
 * languages"):
 * - A null or blank unit (nothing named) is comparable with anything.
 * - Units are normalised (`normaliseUnit`: lower case, hyphens and runs of whitespace to
 *   single spaces, "percent"/"per cent"/"por ciento" → "%") and folded (accents dropped:
 *   "dólares" → "dolares", "salvadoreños" → "salvadorenos").
 * - The counted thing of a unit (`countedThing`) is, in this order: a phrase of the
 *   bilingual lexicon (`counted-things.ts`) found in it ("alleged gang members", "miembros
 *   de pandillas"); else its head noun, looked up in the lexicon. The head is the last word
 *   in English ("alleged Venezuelans" → "Venezuelans") and the first in Spanish, after
 *   modifiers that precede nouns ("presuntos pandilleros" → "pandilleros", "deportados
 *   venezolanos" → "deportados"); the unit's language is the claim's source's language, and
 *   when it is not given, Spanish is assumed when the first word is a Spanish word of the
 *   lexicon, English otherwise. Words are looked up by their singular forms (English -s,
 *   -es, -ies → -y and irregular plurals; Spanish -s, -es, -ces → -z).
 * - Two units are comparable when their counted things are the same lexicon entry, or, when
 *   neither is in the lexicon, when their heads share a singular form ("cases" ~ "case").
 * - Different counted things are not comparable, even when one includes the other: "261
 *   people" and "238 Venezuelans" count different groups. Currency codes compare as
 *   things ("USD" vs "EUR": not comparable; no conversion).
 * - Symmetric and reflexive. Never throws.
 */
import { countedThings } from "./counted-things";

const IRREGULAR: Readonly<Record<string, string>> = {
  people: "person",
  persons: "person",
  men: "man",
  women: "woman",
  children: "child",
  feet: "foot",
  teeth: "tooth",
  mice: "mouse",
  geese: "goose",
  folk: "folk",
  folks: "folk",
};

/** Spanish words that come before the noun they qualify (folded, singular and plural, both genders). */
const SPANISH_PRENOUN = new Set(
  ["presunto", "supuesto", "alegado", "otro", "nuevo", "primer", "primero", "ultimo", "demas", "varios", "diversos"].flatMap((word) => [
    word,
    `${word}s`,
    `${word.replace(/o$/, "a")}`,
    `${word.replace(/o$/, "a")}s`,
  ]),
);

/** The unit normalised for comparison: lower case, single spaces, "%" for percent. */
export function normaliseUnit(unit: string): string {
  return unit
    .toLowerCase()
    .replace(/[-‐‑–—_]+/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^(?:percent|per cent|pct|por ciento|porciento)$/, "%");
}

/** Accents and other combining marks dropped: "salvadoreños" → "salvadorenos". */
export function foldAccents(text: string): string {
  return text.normalize("NFD").replace(/\p{M}+/gu, "");
}

/** The last word of the normalised unit: "alleged gang members" → "members". */
export function headNoun(unit: string): string {
  const words = normaliseUnit(unit).split(" ");
  return words[words.length - 1] ?? "";
}

/**
 * The word and what it could be the plural of, in English or Spanish: "cases" → {cases,
 * case, cas}; "people" → {people, person}; "dolares" → {dolares, dolare, dolar}; "veces" →
 * {veces, vece, vec, vez}.
 */
export function singularForms(word: string): Set<string> {
  const forms = new Set([word]);
  if (Object.hasOwn(IRREGULAR, word)) forms.add(IRREGULAR[word]!);
  if (word.length > 3 && word.endsWith("s") && !word.endsWith("ss")) {
    forms.add(word.slice(0, -1));
    if (word.endsWith("es")) forms.add(word.slice(0, -2));
    if (word.endsWith("ies")) forms.add(`${word.slice(0, -3)}y`);
    if (word.endsWith("ces")) forms.add(`${word.slice(0, -3)}z`);
  }
  return forms;
}

type Side = "en" | "es";
interface LexiconHit {
  thing: string;
  side: Side;
  measure: boolean;
}

const singleWords = new Map<string, LexiconHit[]>();
const phrases: { words: string[]; hit: LexiconHit }[] = [];
for (const entry of countedThings) {
  for (const side of ["en", "es"] as const) {
    for (const form of entry[side]) {
      const hit = { thing: entry.thing, side, measure: entry.measure === true };
      const words = form.split(" ");
      if (words.length > 1) phrases.push({ words, hit });
      else singleWords.set(form, [...(singleWords.get(form) ?? []), hit]);
    }
  }
}

/** The lexicon's entries for one word, by any of its singular forms; English first when both sides have it. */
function lookUpWord(word: string): LexiconHit[] {
  const hits: LexiconHit[] = [];
  for (const form of singularForms(word)) hits.push(...(singleWords.get(form) ?? []));
  return hits;
}

/** A lexicon phrase found in `words` (each word matched by its singular forms), longest first. */
function lookUpPhrase(words: readonly string[]): LexiconHit | null {
  let best: { length: number; hit: LexiconHit } | null = null;
  for (const { words: phrase, hit } of phrases) {
    if (best && best.length >= phrase.length) continue;
    for (let start = 0; start + phrase.length <= words.length; start++) {
      if (phrase.every((word, k) => singularForms(words[start + k]!).has(word))) {
        best = { length: phrase.length, hit };
        break;
      }
    }
  }
  return best?.hit ?? null;
}

/** What a unit counts: a lexicon entry, or the singular forms of its head noun. */
export type CountedThing = { kind: "lexicon"; thing: string; measure: boolean } | { kind: "word"; forms: Set<string>; measure: boolean };

function spanishHead(words: readonly string[]): string {
  return words.find((word) => !SPANISH_PRENOUN.has(word)) ?? words[0]!;
}

/** See the module comment; null for a null or blank unit. `language` is the ISO 639-1 code of the claim's source, when known. */
export function countedThing(unit: string | null, language?: string | null): CountedThing | null {
  if (unit === null) return null;
  const raw = unit.trim();
  const folded = foldAccents(normaliseUnit(unit));
  if (folded === "") return null;
  // A three-letter code in capitals is money (ISO 4217), as the reader writes it.
  const isCurrencyCode = /^[A-Z]{3}$/.test(raw);
  const words = folded.split(" ");
  const phrase = words.length > 1 ? lookUpPhrase(words) : null;
  if (phrase) return { kind: "lexicon", thing: phrase.thing, measure: phrase.measure };
  const spanish = language === "es" || (language == null && lookUpWord(spanishHead(words)).some((hit) => hit.side === "es"));
  const head = spanish ? spanishHead(words) : words[words.length - 1]!;
  const [hit] = lookUpWord(head);
  if (hit) return { kind: "lexicon", thing: hit.thing, measure: hit.measure };
  return { kind: "word", forms: singularForms(head), measure: isCurrencyCode || folded === "%" || folded.endsWith(" old") };
}

/** True when the thing is a unit of measure (%, money, age) rather than a counted noun. */
export function isMeasure(thing: CountedThing | null): boolean {
  return thing !== null && thing.measure;
}

/** Whether two counted things are the same (null, nothing named, matches anything). */
export function sameCountedThing(x: CountedThing | null, y: CountedThing | null): boolean {
  if (x === null || y === null) return true;
  if (x.kind === "lexicon" || y.kind === "lexicon") return x.kind === "lexicon" && y.kind === "lexicon" && x.thing === y.thing;
  for (const form of y.forms) if (x.forms.has(form)) return true;
  return false;
}

/** See the module comment. */
export function unitsComparable(a: string | null, b: string | null, languageA?: string | null, languageB?: string | null): boolean {
  return sameCountedThing(countedThing(a, languageA), countedThing(b, languageB));
}
