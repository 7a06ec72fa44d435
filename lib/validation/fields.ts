import { z } from "zod";

/**
 * Field schemas shared by several inputs. Messages are written for the person at the
 * form: they say what is wrong and what would be right. Every message is a key of the
 * `Validation` catalogue (fieldErrorsOf writes it out, with the limit it names).
 */

/**
 * The text fields whose messages name them: each has `<name>Required` ("The title is
 * required.") and `<name>TooLong` ("The title can be at most {maximum} characters.") in the
 * `Validation` catalogue.
 */
export const textFieldNames = ["title", "outlet", "url", "date", "name", "organisationName", "address", "comment", "outletOrDocument", "quote"] as const;
export type TextFieldName = (typeof textFieldNames)[number];

/** Optional text: blank (or missing) becomes undefined, otherwise trimmed. */
export function optionalText(max: number, field: TextFieldName) {
  return z
    .string()
    .trim()
    .max(max, `${field}TooLong`)
    .transform((value) => (value ? value : undefined))
    .optional();
}

export function requiredText(max: number, field: TextFieldName) {
  return z
    .string({ error: `${field}Required` })
    .trim()
    .min(1, `${field}Required`)
    .max(max, `${field}TooLong`);
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

export const optionalHttpUrl = optionalText(2000, "url").refine((value) => value === undefined || isHttpUrl(value), "urlNotHttp");

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

export const optionalCalendarDate = optionalText(64, "date")
  .refine((value) => value === undefined || /^\d{4}-\d{2}-\d{2}$/.test(value), "dateFormat")
  .refine((value) => value === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(value) || isCalendarDate(value), "dateNotInCalendar");
