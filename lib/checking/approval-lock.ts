import { AppError } from "../errors";
import { translateKey } from "../i18n/translator";

/**
 * What an approval fixes. An editor approves a claim's words (its span), its figure (the
 * reading of those words or a hand correction), its verdict and rationale, and its evidence;
 * the ClaimReview export then publishes them. So while a claim is approved nobody — editors
 * and admins included — changes any of these or deletes the claim: an editor first REOPENS
 * it (approved → open or in review, recorded in its history as "claim.reopened"), and a
 * new approval covers whatever changed.
 *
 * What stays open on an approved claim, because none of it is part of what was approved or
 * published: comments, each reviewer's own independent verdict (assessments), who it is
 * assigned to or followed by, which fact it is linked to (the fact's comparison reads the
 * claim's locked figure; linking does not change it), and the status itself (reopening).
 * The investigation's tolerance for "about N" is a setting of the whole investigation: when
 * an editor changes it, the stored readings of every claim follow (quantity-readings.ts).
 * A new version of the source re-anchors the claim without changing its stored words (it may
 * become an orphan, which the reader shows); an editor deleting a whole source or
 * investigation removes its approved claims with it; an import only adds new claims.
 *
 * Its statement and claimant (what the public report and ClaimReview say it is, and who said
 * it) are approved with it and locked too; its published address is not (it is known only
 * once the fact-check is published, after approval).
 *
 * Every query that changes a locked part calls `assertNotApproved` inside its transaction,
 * after reading the claim; the UI calls `approvalLockReason` to disable those controls.
 */
export const lockedParts = ["span", "figure", "verdict", "evidence", "existence", "statement"] as const;
export type LockedPart = (typeof lockedParts)[number];

/** The `Errors` catalogue key saying why `part` waits for a reopening. */
export const lockKey = (part: LockedPart) => `Errors.locked.${part}`;

/**
 * Why `part` of this claim cannot change now ("This claim is approved; an editor must reopen
 * it before its evidence changes."), or null when the claim is not approved.
 */
export function approvalLockReason(claim: { status: string }, part: LockedPart): string | null {
  return claim.status === "approved" ? (translateKey("en", lockKey(part)) ?? lockKey(part)) : null;
}

/** The one sentence an approved claim shows beside its locked controls. */
export const approvedClaimNotice = "This claim is approved: its words, figure, verdict, rationale and evidence are locked until an editor reopens it.";

/** Throws FORBIDDEN (HTTP 403) with `approvalLockReason` when the claim is approved. */
export function assertNotApproved(claim: { status: string }, part: LockedPart): void {
  if (approvalLockReason(claim, part)) throw new AppError("FORBIDDEN", { key: lockKey(part) });
}
