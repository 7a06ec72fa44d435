import { z } from "zod";

/**
 * Field schemas shared by several inputs. Messages are written for the person at the
 * form: they say what is wrong and what would be right.
 */

/** Optional text: blank (or missing) becomes undefined, otherwise trimmed. */
export function optionalText(max: number, label: string) {
  return z
    .string()
    .trim()
    .max(max, `${label} can be at most ${max} characters.`)
    .transform((value) => (value ? value : undefined))
    .optional();
}

export function requiredText(max: number, label: string) {
  return z
    .string({ error: `${label} is required.` })
    .trim()
    .min(1, `${label} is required.`)
    .max(max, `${label} can be at most ${max} characters.`);
}

/** True when the string parses as an absolute http: or https: URL. */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}

export const optionalHttpUrl = optionalText(2000, "The URL").refine(
  (value) => value === undefined || isHttpUrl(value),
  "Enter a full web address starting with http:// or https://.",
);

/**
 * True when `value` is YYYY-MM-DD and names a real calendar day (2025-02-30 is not).
 */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export const optionalCalendarDate = optionalText(64, "The date")
  .refine((value) => value === undefined || /^\d{4}-\d{2}-\d{2}$/.test(value), "Enter the date as YYYY-MM-DD, for example 2025-03-16.")
  .refine((value) => value === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(value) || isCalendarDate(value), "That day does not exist in the calendar.");
