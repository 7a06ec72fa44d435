/**
 * Whether two figures count the same kind of thing.
 *
 * Contract of {@link unitsComparable}:
 * - A null or blank unit (nothing named) is comparable with anything.
 * - Otherwise both units are lower-cased, hyphens and runs of whitespace become single
 *   spaces, "percent"/"per cent" becomes "%", and their head nouns (last words) are
 *   compared after a simple singularisation: "Venezuelans" ~ "alleged Venezuelans" ~
 *   "Venezuelan", "members" ~ "gang members", "days" ~ "day", "people" ~ "person".
 * - Different head nouns are not comparable, even when one kind includes the other:
 *   "261 people" and "238 Venezuelans" count different things and are listed as
 *   incomparable rather than compared. Currency codes compare as words ("USD" vs "EUR":
 *   not comparable; no conversion).
 * - Symmetric and reflexive. Never throws.
 */

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

/** The unit normalised for comparison: lower case, single spaces, "%" for percent. */
export function normaliseUnit(unit: string): string {
  return unit
    .toLowerCase()
    .replace(/[-‐‑–—_]+/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^(?:percent|per cent|pct)$/, "%");
}

/** The last word of the normalised unit: "alleged gang members" → "members". */
export function headNoun(unit: string): string {
  const words = normaliseUnit(unit).split(" ");
  return words[words.length - 1] ?? "";
}

/** The word and what it could be the plural of: "cases" → {cases, case, cas}; "people" → {people, person}. */
export function singularForms(word: string): Set<string> {
  const forms = new Set([word]);
  if (Object.hasOwn(IRREGULAR, word)) forms.add(IRREGULAR[word]!);
  if (word.length > 3 && word.endsWith("s") && !word.endsWith("ss")) {
    forms.add(word.slice(0, -1));
    if (word.endsWith("es")) forms.add(word.slice(0, -2));
    if (word.endsWith("ies")) forms.add(`${word.slice(0, -3)}y`);
  }
  return forms;
}

/** See the module comment. */
export function unitsComparable(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return true;
  const [headA, headB] = [headNoun(a), headNoun(b)];
  if (headA === "" || headB === "") return true; // a blank unit names nothing, like null
  const x = singularForms(headA);
  for (const form of singularForms(headB)) if (x.has(form)) return true;
  return false;
}
