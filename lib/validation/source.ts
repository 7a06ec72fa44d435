import { z } from "zod";
import { utf8ByteLength } from "../canonical-text";
import { optionalCalendarDate, optionalHttpUrl, optionalText, requiredText } from "./fields";

/** Largest source text accepted, in UTF-8 bytes (2 MiB): about 300,000 words of English. */
export const sourceTextMaxBytes = 2 * 1024 * 1024;

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export const sourceText = z.string({ error: "Paste the text of the source." }).superRefine((text, context) => {
  if (!text.trim()) {
    context.addIssue({ code: "custom", message: "Paste the text of the source." });
    return;
  }
  const bytes = utf8ByteLength(text);
  if (bytes > sourceTextMaxBytes) {
    context.addIssue({ code: "custom", message: `The text is ${formatBytes(bytes)}; the limit is ${formatBytes(sourceTextMaxBytes)}. Split it into several sources.` });
  }
});

export const CreateSourceInput = z.object({
  title: requiredText(300, "The title"),
  outlet: optionalText(200, "The outlet"),
  url: optionalHttpUrl,
  publishedAt: optionalCalendarDate,
  text: sourceText,
});
export type CreateSourceInput = z.infer<typeof CreateSourceInput>;
