import { z } from "zod";
import { claimantMaxLength } from "../publication/claimant";
import { statementMaxLength } from "../publication/statement";
import { isHttpUrl } from "./fields";
import { ReportLanguageInput } from "./investigation";

/**
 * A claim's publication fields (statement, claimant, published address), as the Publication
 * form and `PATCH /api/v1/claims/{id}` send them. Blank clears a field (null): the statement
 * then falls back to the sentence around the highlighted words, the address to the
 * investigation's.
 */
const cleared = (value: string) => (value === "" ? null : value);

export const publishedUrlMaxLength = 2_000;

export const publishedUrlField = z
  .string()
  .trim()
  .max(publishedUrlMaxLength, "publishedUrlTooLong")
  .refine((value) => value === "" || isHttpUrl(value), "urlNotHttp")
  .transform(cleared);

export const ClaimPublicationInput = z.object({
  statement: z.string().trim().max(statementMaxLength, "statementTooLong").transform(cleared),
  claimant: z.string().trim().max(claimantMaxLength, "claimantTooLong").transform(cleared),
  publishedUrl: publishedUrlField,
});
export type ClaimPublicationInput = z.infer<typeof ClaimPublicationInput>;

/** The changes of one request: each field given is set (null clears it), the others are kept. */
export type ClaimPublicationChanges = Partial<ClaimPublicationInput>;

/** `PATCH /api/v1/claims/{id}`'s publication fields: each optional, null or "" clears. */
export const ClaimPublicationApiInput = z.object({
  statement: ClaimPublicationInput.shape.statement.nullable().optional(),
  claimant: ClaimPublicationInput.shape.claimant.nullable().optional(),
  publishedUrl: publishedUrlField.nullable().optional(),
});

/** The investigation's published address (settings form and `PATCH /api/v1/investigations/{id}`). */
export const InvestigationPublishedUrlInput = publishedUrlField;

/**
 * `PATCH /api/v1/investigations/{id}`: the published address (null or "" clears it), the
 * report language ("en" or "es") and the daily re-check of captured evidence (true/false),
 * each optional but at least one; `If-Match` required.
 */
export const UpdateInvestigationInput = z
  .object({ publishedUrl: publishedUrlField.nullable().optional(), reportLanguage: ReportLanguageInput.optional(), dailyRecheck: z.boolean().optional() })
  .strict()
  .refine((input) => input.publishedUrl !== undefined || input.reportLanguage !== undefined || input.dailyRecheck !== undefined, {
    message: "investigationChangeMissing",
    path: ["publishedUrl"],
  });
