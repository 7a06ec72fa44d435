/**
 * What a figure counts, as keys that meet across English and Spanish.
 *
 * Contract of {@link countedKeysOf}: lib/quantities' counted thing of the unit (its bilingual
 * lexicon: "inmates" = "reclusos" → ["inmate"], `known`); else the head noun's concept in this
 * folder's lexicon ("doctors" = "médicos" → ["doctor"], `known`); else the head noun's stems
 * in the claim's language ("Cubans" → "cuban", "cubanos" → "cuban": cognates meet), not known.
 * Two claims count the same thing when their keys share one; see {@link compareCounted} for
 * when they certainly count different things.
 */
import { countedThing } from "../../quantities";
import { conceptOf } from "./concepts";
import { fold, stemOf } from "./words";

export interface CountedKeys {
  keys: string[];
  known: boolean;
  /** A unit of measure (%, money, age): says how a figure is measured, not what it is about. */
  measure: boolean;
  /** The unit as written, for reasons. */
  label: string;
}

export function countedKeysOf(unit: string | null, language: "en" | "es"): CountedKeys | null {
  const thing = countedThing(unit, language);
  if (thing === null || unit === null) return null;
  // An acronym read as the unit ("90 million COVID-19 vaccine doses" → "COVID") names no counted thing.
  if (thing.kind === "word" && /^[A-Z]{2,}$/.test(unit.trim())) return null;
  const measure = thing.measure;
  if (thing.kind === "lexicon") return { keys: [thing.thing], known: true, measure, label: unit };
  const forms = [...thing.forms];
  for (const form of forms) {
    const concept = conceptOf(fold(form));
    if (concept !== null) return { keys: [concept], known: true, measure, label: unit };
  }
  return { keys: [...new Set(forms.map((form) => stemOf(fold(form), language)))], known: false, measure, label: unit };
}

/** Counted things that include every group of people: "people" may be the Venezuelans of another claim. */
const GENERIC = new Set(["person"]);

/**
 * What a percentage or an amount of money measures, when the claim says it with a word of these
 * concepts ("turnout … 61%" is not "60% of the vote").
 */
const MEASURED = new Set([
  "turnout",
  "vote",
  "approval",
  "unemployment",
  "inflation",
  "poverty",
  "tariff",
  "growth",
  "debt",
  "tax",
  "budget",
  "wage",
  "remittance",
  "capacity",
  "cost",
  "pay",
]);

interface Counted {
  thing: CountedKeys | null;
  language: string;
  words: readonly string[];
}

export function measuredOf(words: readonly string[]): string[] {
  return words.filter((word) => word.startsWith("=") && MEASURED.has(word.slice(1)));
}

/**
 * "same"; "unknown" for two unknown nouns of two languages that do not meet; "broader" when one
 * counts "people" and the other a group of people; else "different" (a known thing's words are
 * all in the lexicons, so an unknown noun is not it). Two percentages (or amounts) are
 * "different" when each says what it measures with a word of {@link MEASURED} and none is shared.
 */
export function compareCounted(a: Counted, b: Counted): "same" | "different" | "broader" | "unknown" {
  const [x, y] = [a.thing!, b.thing!];
  if (x.keys.some((key) => y.keys.includes(key))) {
    if (!x.measure) return "same";
    const [ma, mb] = [measuredOf(a.words), measuredOf(b.words)];
    return ma.length > 0 && mb.length > 0 && !ma.some((word) => mb.includes(word)) ? "different" : "same";
  }
  if (x.keys.some((key) => GENERIC.has(key)) || y.keys.some((key) => GENERIC.has(key))) return x.measure || y.measure ? "different" : "broader";
  if (x.known || y.known || a.language === b.language) return "different";
  return "unknown";
}
