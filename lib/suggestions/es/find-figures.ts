/**
 * Figures in a Spanish source: each figure the quantity reader finds in Spanish ("unos 250
 * venezolanos", "más de 200 deportados", "40.000 reclusos", "un centenar de detenidos"),
 * with its hedge and the counted noun after it.
 *
 * Contract: one suggestion per figure of `findQuantities(text, { language: "es" })`, from its
 * first word (hedge included) to the end of its counted noun; so everything the reader does
 * not count (years, dates, times, ordinals, labels such as "MS-13" or "vuelo 123") is not
 * suggested either. A bare number word with neither hedge nor counted noun ("dos") is left
 * out, as in English. Linear in the length of the text; offsets into `text`.
 */
import { findQuantities } from "../../quantities/find-quantities";
import type { Suggestion } from "../types";

export function findSpanishFigures(text: string): Suggestion[] {
  const out: Suggestion[] = [];
  for (const { quantity, start, unitEnd } of findQuantities(text, { language: "es" })) {
    if (quantity.hedge === "exact" && quantity.unit === null && !/\d/.test(quantity.text)) continue;
    out.push({ start, end: unitEnd, kind: "figure", text: text.slice(start, unitEnd) });
  }
  return out;
}
