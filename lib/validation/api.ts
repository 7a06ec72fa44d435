import { z } from "zod";
import { ClaimPublicationApiInput } from "./publication";
import { isCalendarDay } from "../checking/due-date";

/** Offsets in UTF-16 code units, end exclusive. */
const offset = z.number({ error: "offsetNotNumber" }).int("offsetNotWhole").min(0, "offsetNegative");

export const ClaimSelectorInput = z
  .object({
    exact: z.string().min(1, "exactEmpty").max(10_000, "exactTooLong"),
    prefix: z.string().max(1_000).optional(),
    suffix: z.string().max(1_000).optional(),
    start: offset.optional(),
    end: offset.optional(),
  })
  .refine((selector) => (selector.start === undefined) === (selector.end === undefined), { message: "startAndEndTogether", path: ["end"] });

/** `POST /api/v1/sources/{id}/claims`: either a W3C-style selector or a position on the current version. */
export const CreateClaimInput = z.union(
  [
    z.object({ selector: ClaimSelectorInput }).strict(),
    z
      .object({ start: offset, end: offset })
      .strict()
      .refine((range) => range.end > range.start, { message: "endAfterStart", path: ["end"] }),
  ],
  { error: "claimShape" },
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
    status: z.enum(["open", "in-review", "approved"], { error: "reviewStatusUnknown" }).optional(),
    assigneeId: z.string().min(1).nullable().optional(),
    verdictKey: z.string().min(1).max(40).nullable().optional(),
    rationale: z.string().max(20_000, "rationaleTooLong").optional(),
    approvalNote: z.string().max(1_000, "approvalNoteTooLong").optional(),
    dueAt: z.string().refine(isCalendarDay, "dueDateFormat").nullable().optional(),
    // What the public report says of the claim (lib/validation/publication.ts).
    ...ClaimPublicationApiInput.shape,
  })
  .strict()
  .refine((input) => Object.keys(input).length > 0, {
    message: "reviewChangeMissing",
  });

/** `POST /api/v1/claims/{id}/assessments`: the caller's own independent verdict. */
export const AssessmentInput = z.object({
  verdictKey: z.string().min(1, "verdictRequired").max(40),
  note: z.string().trim().max(5_000, "noteTooLong").optional(),
});

/** `POST /api/v1/investigations/{id}/facts`. */
export const CreateFactInput = z.object({
  title: z.string().trim().min(1, "factTitleRequired").max(300, "titleTooLong"),
  claimIds: z.array(z.string().min(1)).max(500).default([]),
});

/** `POST /api/v1/facts/{id}/claims`. */
export const LinkClaimsInput = z.object({ claimIds: z.array(z.string().min(1)).min(1, "claimIdsRequired").max(500) });
