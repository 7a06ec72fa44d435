import type { z } from "zod";

/**
 * First message per field, keyed by the field's dotted path ("title", "selector.exact"):
 * the shape forms and the API report errors in. Issues about the whole input use "body".
 */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.map(String).join(".") : "body";
    fields[key] ??= issue.message;
  }
  return fields;
}
