import type { z } from "zod";
import type { Locale } from "../i18n/locales";
import { localizeFieldMessage } from "../i18n/translator";

/**
 * First message per field, keyed by the field's dotted path ("title", "selector.exact"):
 * the shape forms and the API report errors in. Issues about the whole input use "body".
 * Messages are keys of the `Validation` catalogue, written out in `locale` (English for the
 * API) with the issue's `minimum` and `maximum` (or a custom issue's `params`); a message
 * that is no key is kept as written.
 */
export function fieldErrorsOf(error: z.ZodError, locale: Locale = "en"): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.map(String).join(".") : "body";
    fields[key] ??= localizeFieldMessage(issue.message, locale, limitsOf(issue));
  }
  return fields;
}

/** The values a message may name: a limit's `minimum` / `maximum`, or a custom issue's numeric `params`. */
function limitsOf(issue: z.core.$ZodIssue): Record<string, number> {
  const limits: Record<string, number> = {};
  if ("minimum" in issue) limits.minimum = Number(issue.minimum);
  if ("maximum" in issue) limits.maximum = Number(issue.maximum);
  if (issue.code === "custom" && issue.params) {
    for (const [name, value] of Object.entries(issue.params)) if (typeof value === "number") limits[name] = value;
  }
  return limits;
}
