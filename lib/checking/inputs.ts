import { z } from "zod";
import { requiredText } from "../validation/fields";

/** Inputs of the checking panel other than evidence (see `evidence.ts`). */

export const commentMaxLength = 10_000;
export const rationaleMaxLength = 20_000;

/** A comment on a claim: Markdown, 1–10,000 characters after trimming; leaves trimmed. */
export const CommentInput = z.object({
  body: requiredText(commentMaxLength, "comment"),
});
export type CommentInput = z.infer<typeof CommentInput>;

/**
 * A verdict: the key of a rating and a Markdown rationale (up to 20,000 characters, may
 * be empty or missing, kept exactly as typed). Whether `verdictKey` is on the
 * investigation's scale is for the caller to check with `findRating`; this only asks that
 * one was chosen.
 */
export const VerdictInput = z.object({
  verdictKey: z.string({ error: "verdictRequired" }).trim().min(1, "verdictRequired").max(40, "verdictNotListed"),
  rationale: z
    .string({ error: "rationaleNotText" })
    .max(rationaleMaxLength, "rationaleTooLong")
    .optional()
    .transform((value) => value ?? ""),
});
export type VerdictInput = z.infer<typeof VerdictInput>;
