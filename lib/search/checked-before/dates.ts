/**
 * The years and months a claim names, in English or Spanish: "in March 2025", "el 16 de marzo
 * de 2025", "in 2024", "desde 2020". A four-digit number from 1900 to 2099 is a year unless
 * lib/quantities read it as a count ("2000 people"): the caller says which (`isCount`, given
 * the offset and the digits). A month is kept with its year when one follows within a few words ("March
 * 2025", "marzo de 2025") as "2025-03", else alone as "-03". Never throws.
 */
import { fold } from "./words";

const MONTHS: Readonly<Record<string, number>> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  enero: 1,
  febrero: 2,
  marzo: 3,
  abril: 4,
  mayo: 5,
  junio: 6,
  julio: 7,
  agosto: 8,
  septiembre: 9,
  setiembre: 9,
  octubre: 10,
  noviembre: 11,
  diciembre: 12,
};

export interface DatesOf {
  years: number[];
  /** "2025-03" for a month with its year, "-03" for a month alone. */
  months: string[];
}

export function datesOf(text: string, isCount: (at: number, digits: string) => boolean = () => false): DatesOf {
  const years = new Set<number>();
  const months = new Set<string>();
  for (const match of text.matchAll(/(?<![\d.,])(19|20)\d{2}(?![\d]|[.,]\d)/g)) {
    if (isCount(match.index, match[0])) continue;
    years.add(Number(match[0]));
  }
  const folded = fold(text);
  for (const match of folded.matchAll(/\p{L}+/gu)) {
    const month = MONTHS[match[0]];
    if (month === undefined) continue;
    // "may" is a verb in English; a month only when capitalised in the original text.
    if (match[0] === "may" && text[match.index] !== "M") continue;
    const after = folded.slice(match.index + match[0].length, match.index + match[0].length + 24);
    const year = /^(?:\s+\d{1,2},?)?\s*(?:,|de|del|of)?\s*((?:19|20)\d{2})\b/.exec(after)?.[1];
    months.add(`${year ?? ""}-${String(month).padStart(2, "0")}`);
  }
  return { years: [...years].sort(), months: [...months].sort() };
}
