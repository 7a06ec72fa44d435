import { z } from "zod";
import { ratingKeyFor } from "./rating-key";
import { ratingKeyMaxLength, ratingLabelMaxLength, ratingScaleMaxLength, RatingScaleInput } from "./rating-scale";

/**
 * The verdict scale as the settings form sends it: JSON text of rows, where a rating the
 * editor just added has no key yet. Anything that is not that shape — not JSON, not a list,
 * a `null` or a number where a row belongs, a label that is not text — is refused with a
 * message, never read as if it were. New rows get a key from their label, unique among all
 * keys of the scale; the result is then checked as a whole by `RatingScaleInput`.
 */
const unreadable = "The scale could not be read. Reload and try again.";

const FormRow = z.object(
  {
    key: z.string({ error: unreadable }).max(ratingKeyMaxLength).optional(),
    label: z.string({ error: "Give the rating a label." }).max(ratingLabelMaxLength * 4, `A label can be at most ${ratingLabelMaxLength} characters.`),
    ratingValue: z.union([z.number(), z.string().max(8)], { error: "Choose a rating value from 1 (false) to 5 (true)." }),
  },
  { error: "Each rating needs a label and a value." },
);

export const RatingScaleFormInput = z
  .string()
  .max(20_000, unreadable)
  .transform((text, context) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      context.addIssue({ code: "custom", message: unreadable });
      return z.NEVER;
    }
  })
  .pipe(
    z.array(FormRow, { error: "Give the scale as a list of ratings." }).max(ratingScaleMaxLength, `A scale can have at most ${ratingScaleMaxLength} ratings.`),
  )
  .transform((rows): { key: string; label: string; ratingValue: unknown }[] => {
    const taken = new Set(rows.flatMap((row) => (row.key ? [row.key] : [])));
    return rows.map((row) => {
      const key = row.key || ratingKeyFor(row.label, taken);
      taken.add(key);
      return { ...row, key };
    });
  })
  .pipe(RatingScaleInput);
