import { z } from "zod";
import { locales } from "../i18n/locales";
import { requiredText } from "./fields";

export const investigationTitleMaxLength = 200;

export const CreateInvestigationInput = z.object({
  title: requiredText(investigationTitleMaxLength, "title"),
});
export type CreateInvestigationInput = z.infer<typeof CreateInvestigationInput>;

export const RenameInvestigationInput = z.object({
  title: requiredText(investigationTitleMaxLength, "title"),
  /** The version the editor saw; the rename is refused when the row has moved on. */
  version: z.coerce.number().int().min(1),
});
export type RenameInvestigationInput = z.infer<typeof RenameInvestigationInput>;

/**
 * Half-width of the band read for "roughly / about N" (see lib/quantities), in whole percent
 * of N: 0 reads "about 250" as exactly 250, 50 as 125–375.
 */
export const ApproximateToleranceInput = z
  .string()
  .trim()
  .regex(/^\d{1,3}$/, "toleranceFormat")
  .transform(Number)
  .pipe(z.number().max(50, "toleranceTooWide"));

/** The language an investigation's reports are written in (settings form and `PATCH /api/v1/investigations/{id}`). */
export const ReportLanguageInput = z.enum(locales, { error: "localeUnknown" });
