/**
 * True for a plain four-digit numeral between 1000 and 2100 ("2025"): the one rule, shared by
 * the figure reader and the reader's suggestions, for a number that may name a year. Whether
 * it does is the caller's call from context (a hedge or a plural noun makes it a count).
 */
export function isYearNumeral(text: string): boolean {
  if (!/^\d{4}$/.test(text)) return false;
  const value = Number(text);
  return value >= 1000 && value <= 2100;
}
