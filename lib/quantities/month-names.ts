/** English month names and their usual abbreviations, lower case: how a figure next to one is read as a date. */
const monthNames = new Set([
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
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
]);

/** True when `lowerCaseWord` names a month ("march", "sept"); the caller checks capitalisation. */
export function isEnglishMonthName(lowerCaseWord: string): boolean {
  return monthNames.has(lowerCaseWord);
}
