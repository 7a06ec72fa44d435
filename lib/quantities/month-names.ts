/** The usual abbreviations of English month names, lower case, without a full stop. */
export const englishMonthAbbreviations = ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"] as const;

/** English month names and their usual abbreviations, lower case: how a figure next to one is read as a date. */
const monthNames = new Set<string>([
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
  ...englishMonthAbbreviations,
]);

/** True when `lowerCaseWord` names a month ("march", "sept"); the caller checks capitalisation. */
export function isEnglishMonthName(lowerCaseWord: string): boolean {
  return monthNames.has(lowerCaseWord);
}

/** Spanish month names, lower case (written in lower case in Spanish: "16 de marzo"). */
const spanishMonthNames = new Set<string>([
  "enero",
  "febrero",
  "marzo",
  "abril",
  "mayo",
  "junio",
  "julio",
  "agosto",
  "septiembre",
  "setiembre",
  "octubre",
  "noviembre",
  "diciembre",
]);
/** Their abbreviations, read as months only when capitalised ("Mar." is not the sea). */
export const spanishMonthAbbreviations = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "sept", "set", "oct", "nov", "dic"] as const;
const spanishMonthAbbreviationSet = new Set<string>(spanishMonthAbbreviations);

/** True when `lowerCaseWord` is a Spanish month name written in full ("marzo"), in any case. */
export function isSpanishMonthName(lowerCaseWord: string): boolean {
  return spanishMonthNames.has(lowerCaseWord);
}

/** True when `lowerCaseWord` abbreviates a Spanish month ("mar", "dic"); the caller checks capitalisation. */
export function isSpanishMonthAbbreviation(lowerCaseWord: string): boolean {
  return spanishMonthAbbreviationSet.has(lowerCaseWord);
}

/** Spanish weekday names, lower case, with and without accents. */
const spanishWeekdays = new Set<string>(["lunes", "martes", "miércoles", "miercoles", "jueves", "viernes", "sábado", "sabado", "domingo"]);

/** True when `lowerCaseWord` names a weekday in Spanish ("domingo"). */
export function isSpanishWeekday(lowerCaseWord: string): boolean {
  return spanishWeekdays.has(lowerCaseWord);
}
