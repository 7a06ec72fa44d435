import { z } from "zod";
import { locales } from "../i18n/locales";

/** Settings → Profile: the interface language, or "browser" to follow the browser's. */
export const ProfileInput = z.object({
  locale: z.union([z.literal("browser"), z.enum(locales)], { error: "localeUnknown" }).transform((locale) => (locale === "browser" ? null : locale)),
});
