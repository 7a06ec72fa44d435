import { z } from "zod";
import { ClaimPublicationApiInput } from "./publication";
import { isCalendarDay } from "../checking/due-date";

/** Offsets in UTF-16 code units, end exclusive. */
const offset = z.number({ error: "Expected an offset in UTF-16 code units." }).int("Offsets are whole numbers.").min(0, "Offsets cannot be negative.");

export const ClaimSelectorInput = z
  .object({
    exact: z.string().min(1, "The quote (exact) cannot be empty.").max(10_000, "The quote can be at most 10,000 characters."),
    prefix: z.string().max(1_000).optional(),
    suffix: z.string().max(1_000).optional(),
    start: offset.optional(),
    end: offset.optional(),
  })
  .refine((selector) => (selector.start === undefined) === (selector.end === undefined), { message: "Give both start and end, or neither.", path: ["end"] });

/** `POST /api/v1/sources/{id}/claims`: either a W3C-style selector or a position on the current version. */
export const CreateClaimInput = z.union(
  [
    z.object({ selector: ClaimSelectorInput }).strict(),
    z
      .object({ start: offset, end: offset })
      .strict()
      .refine((range) => range.end > range.start, { message: "end must be greater than start.", path: ["end"] }),
  ],
  { error: "Send either { selector: { exact, prefix?, suffix?, start?, end? } } or { start, end }." },
);
export type CreateClaimInput = z.infer<typeof CreateClaimInput>;

/** The reader's create and re-select calls: a selection on the version on screen. */
export const ClaimSelectionInput = z.object({
  sourceVersionId: z.string().min(1),
  start: offset,
  end: offset,
});
export type ClaimSelectionInput = z.infer<typeof ClaimSelectionInput>;

/** `PATCH /api/v1/claims/{id}`: any of the review fields; null clears the assignee, verdict or due date; `approvalNote` only with `status: approved`. */
export const UpdateClaimReviewInput = z
  .object({
    status: z.enum(["open", "in-review", "approved"], { error: "status is one of open, in-review, approved." }).optional(),
    assigneeId: z.string().min(1).nullable().optional(),
    verdictKey: z.string().min(1).max(40).nullable().optional(),
    rationale: z.string().max(20_000, "The rationale can be at most 20,000 characters.").optional(),
    approvalNote: z.string().max(1_000, "The approval note can be at most 1,000 characters.").optional(),
    dueAt: z.string().refine(isCalendarDay, "Give the due date as a calendar day, YYYY-MM-DD.").nullable().optional(),
    // What the public report says of the claim (lib/validation/publication.ts).
    ...ClaimPublicationApiInput.shape,
  })
  .strict()
  .refine((input) => Object.keys(input).length > 0, {
    message: "Send at least one of status, assigneeId, verdictKey, rationale, dueAt, statement, claimant, publishedUrl.",
  });

/** `POST /api/v1/claims/{id}/assessments`: the caller's own independent verdict. */
export const AssessmentInput = z.object({
  verdictKey: z.string().min(1, "Choose a verdict.").max(40),
  note: z.string().trim().max(5_000, "The note can be at most 5,000 characters.").optional(),
});

/** `POST /api/v1/investigations/{id}/facts`. */
export const CreateFactInput = z.object({
  title: z.string().trim().min(1, "Name the fact.").max(300, "The title can be at most 300 characters."),
  claimIds: z.array(z.string().min(1)).max(500).default([]),
});

/** `POST /api/v1/facts/{id}/claims`. */
export const LinkClaimsInput = z.object({ claimIds: z.array(z.string().min(1)).min(1, "Give at least one claim id.").max(500) });
