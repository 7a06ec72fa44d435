import { z } from "zod";

/** How long a new public link lives when nobody says (days), and the longest allowed. */
export const publicLinkDefaultDays = 30;
export const publicLinkMaxDays = 365;

/**
 * A new public link's lifetime in whole days (`POST /api/v1/investigations/{id}/public-link`
 * and the investigation page's form): 1 to {@link publicLinkMaxDays}, {@link publicLinkDefaultDays} when omitted.
 */
export const PublicLinkInput = z
  .object({
    expiresInDays: z.coerce
      .number({ error: "linkDaysRequired" })
      .int("linkDaysWhole")
      .min(1, "linkDaysTooFew")
      .max(publicLinkMaxDays, "linkDaysTooMany")
      .default(publicLinkDefaultDays),
    /** Let search engines index the page; off by default: `noindex`. A form's box sends "on" when checked, "" when not. */
    indexable: z.preprocess((value) => (value === "on" ? true : value === "" ? false : value), z.boolean({ error: "trueOrFalse" })).default(false),
  })
  .strict();
export type PublicLinkInput = z.infer<typeof PublicLinkInput>;

/** A public link's token: 32 random bytes, base64url (43 characters). Anything else is not looked up. */
export function isPublicLinkToken(value: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(value);
}
