import { z } from "zod";

/**
 * The verdict rating scale of an investigation. Each rating has a stable `key` (stored on
 * claims and in events, never shown), a `label` (shown, editable) and the schema.org
 * ClaimReview `ratingValue` it exports as: 1 is the worst (false), 5 the best (true).
 */
export type RatingValue = 1 | 2 | 3 | 4 | 5;
export type Rating = { key: string; label: string; ratingValue: RatingValue };

/** ClaimReview `worstRating` and `bestRating` for every scale. */
export const worstRatingValue = 1;
export const bestRatingValue = 5;

/**
 * The scale a new investigation starts with. Misleading sits with Mostly false (true
 * words, false impression); Unverifiable sits in the middle because it rates neither way.
 */
export const defaultRatingScale: readonly Rating[] = [
  { key: "true", label: "True", ratingValue: 5 },
  { key: "mostly-true", label: "Mostly true", ratingValue: 4 },
  { key: "mixed", label: "Mixed", ratingValue: 3 },
  { key: "mostly-false", label: "Mostly false", ratingValue: 2 },
  { key: "false", label: "False", ratingValue: 1 },
  { key: "misleading", label: "Misleading", ratingValue: 2 },
  { key: "unverifiable", label: "Unverifiable", ratingValue: 3 },
];

export const ratingScaleMaxLength = 20;
export const ratingLabelMaxLength = 40;
export const ratingKeyMaxLength = 40;
/** A rating's key: lowercase letters, digits and single hyphens (mostly-true). */
export const ratingKeyPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const ratingValueMessage = "Choose a rating value from 1 (false) to 5 (true).";

const RatingInput = z.object({
  key: z
    .string({ error: "Each rating needs a key." })
    .trim()
    .min(1, "Each rating needs a key.")
    .max(ratingKeyMaxLength, `A rating key can be at most ${ratingKeyMaxLength} characters.`)
    .regex(ratingKeyPattern, "A rating key uses lowercase letters, digits and single hyphens, like mostly-true."),
  label: z
    .string({ error: "Give the rating a label." })
    .trim()
    .min(1, "Give the rating a label.")
    .max(ratingLabelMaxLength, `A label can be at most ${ratingLabelMaxLength} characters.`),
  ratingValue: z.coerce
    .number({ error: ratingValueMessage })
    .int(ratingValueMessage)
    .min(worstRatingValue, ratingValueMessage)
    .max(bestRatingValue, ratingValueMessage)
    .transform((value) => value as RatingValue),
});

/**
 * An editor's edited scale: 1–20 ratings whose keys and labels are unique ignoring case
 * (after trimming). A repeated key or label is reported on the later rating
 * (`[index, "key"]` or `[index, "label"]`), naming the value, so the form can show it there.
 * `ratingValue` may arrive as a form string ("3") and leaves as a number.
 */
export const RatingScaleInput = z
  .array(RatingInput, { error: "Give the scale as a list of ratings." })
  .min(1, "Keep at least one rating on the scale.")
  .max(ratingScaleMaxLength, `A scale can have at most ${ratingScaleMaxLength} ratings.`)
  .superRefine((ratings, context) => {
    const seenKeys = new Set<string>();
    const seenLabels = new Set<string>();
    ratings.forEach((rating, index) => {
      const key = rating.key.toLowerCase();
      if (seenKeys.has(key)) {
        context.addIssue({ code: "custom", path: [index, "key"], message: `The key "${rating.key}" is used twice; give each rating its own key.` });
      }
      seenKeys.add(key);
      const label = rating.label.toLowerCase();
      if (seenLabels.has(label)) {
        context.addIssue({ code: "custom", path: [index, "label"], message: `"${rating.label}" is used twice; give each rating its own label.` });
      }
      seenLabels.add(label);
    });
  });
export type RatingScaleInput = z.infer<typeof RatingScaleInput>;

/** The rating with exactly this key, or undefined when the key is missing or not on the scale. */
export function findRating(scale: readonly Rating[], key: string | null | undefined): Rating | undefined {
  if (!key) return undefined;
  return scale.find((rating) => rating.key === key);
}
