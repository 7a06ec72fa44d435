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
