import { z } from "zod";
import { utf8ByteLength } from "../canonical-text";
import { isLanguageCode } from "../languages";
import { optionalCalendarDate, optionalHttpUrl, optionalText, requiredText } from "./fields";

/** Largest source text accepted, in UTF-8 bytes (2 MiB): about 300,000 words of English. */
export const sourceTextMaxBytes = 2 * 1024 * 1024;

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

const megabytes = (bytes: number) => bytes / (1024 * 1024);

/** A source's text; one over the limit is always megabytes long, so the message speaks in MB. */
export const sourceText = z.string({ error: "sourceTextRequired" }).superRefine((text, context) => {
  if (!text.trim()) {
    context.addIssue({ code: "custom", message: "sourceTextRequired" });
    return;
  }
  const bytes = utf8ByteLength(text);
  if (bytes > sourceTextMaxBytes) {
    context.addIssue({ code: "custom", message: "sourceTextTooLarge", params: { megabytes: megabytes(bytes), limitMegabytes: megabytes(sourceTextMaxBytes) } });
  }
});

/**
 * A source's language: an ISO 639-1 code ("es", "en"), trimmed and lower-cased; blank or
 * missing is undefined (then it is detected from the text, or kept when editing).
 */
export const optionalLanguage = z
  .string()
  .trim()
  .max(16, "languageInvalid")
  .transform((value) => (value ? value.toLowerCase() : undefined))
  .refine((value) => value === undefined || isLanguageCode(value), "languageInvalid")
  .optional()
  .describe("The text's language, an ISO 639-1 code (es, en, pt…). Left out when adding a source, it is detected from the text.");

export const CreateSourceInput = z.object({
  title: requiredText(300, "title"),
  outlet: optionalText(200, "outlet"),
  url: optionalHttpUrl,
  publishedAt: optionalCalendarDate,
  /** Given, it wins over the language detected from the text. */
  language: optionalLanguage,
  text: sourceText,
});
export type CreateSourceInput = z.infer<typeof CreateSourceInput>;

/**
 * A source's details (not its text, which is versioned separately). Blank outlet, address
 * or date clear them. `version` is the one the editor saw; a save over a newer one is refused.
 */
export const SourceDetailsInput = z.object({
  title: requiredText(300, "title"),
  outlet: optionalText(200, "outlet"),
  url: optionalHttpUrl,
  publishedAt: optionalCalendarDate,
  /** Left out (or blank), the language stays as it is. */
  language: optionalLanguage,
  version: z.coerce.number({ error: "versionLost" }).int().min(1),
});
export type SourceDetailsInput = z.infer<typeof SourceDetailsInput>;

/**
 * `PATCH /api/v1/sources/{id}`: any of the details; a field left out stays as it is, null
 * (or a blank string) clears an optional one. The version comes from `If-Match`.
 */
export const UpdateSourceDetailsInput = z
  .object({
    title: requiredText(300, "title").optional(),
    outlet: optionalText(200, "outlet").nullable(),
    url: optionalHttpUrl.nullable(),
    publishedAt: optionalCalendarDate.nullable(),
    language: optionalLanguage,
  })
  .strict()
  .refine((input) => Object.keys(input).length > 0, { message: "sourceChangeMissing" });
export type UpdateSourceDetailsInput = z.infer<typeof UpdateSourceDetailsInput>;

/** The details after applying `changes` to `current` (left-out fields kept), ready for SourceDetailsInput. */
export function mergeSourceDetails(
  current: { title: string; outlet: string | null; url: string | null; publishedAt: string | null },
  changes: UpdateSourceDetailsInput,
  version: number,
): SourceDetailsInput {
  const pick = (field: "outlet" | "url" | "publishedAt") => (field in changes ? (changes[field] ?? undefined) : (current[field] ?? undefined));
  return {
    title: changes.title ?? current.title,
    outlet: pick("outlet"),
    url: pick("url"),
    publishedAt: pick("publishedAt"),
    language: changes.language,
    version,
  };
}
