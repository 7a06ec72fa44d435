/**
 * lib/quantities' counted thing of one folded word, remembered: the matcher asks about the same
 * words of every claim it reads, and a look-up walks the whole bilingual lexicon. The memory is
 * bounded (cleared past {@link MAX_REMEMBERED} words), so hostile text cannot grow it.
 */
import { countedThing } from "../../quantities";
import type { CountedThing } from "../../quantities/units";

const MAX_REMEMBERED = 20_000;
const remembered = new Map<string, CountedThing | null>();

/** `countedThing(word, language)`, remembered. */
export function countedThingOfWord(word: string, language: "en" | "es"): CountedThing | null {
  const key = `${language}:${word}`;
  const known = remembered.get(key);
  if (known !== undefined) return known;
  if (remembered.size >= MAX_REMEMBERED) remembered.clear();
  const thing = countedThing(word, language);
  remembered.set(key, thing);
  return thing;
}
