import "server-only";
import { and, asc, count, eq, sql } from "drizzle-orm";
import { approvalBlockers, canTransition, claimStatusLabels, type ClaimStatus } from "@/lib/checking/claim-status";
import { assertNotApproved } from "@/lib/checking/approval-lock";
import { isCalendarDay } from "@/lib/checking/due-date";
import { decideFourEyesApproval } from "@/lib/checking/four-eyes";
import { canSetClaimVerdict, canSetDueDate, decideAssignment } from "@/lib/checking/permissions";
import { findRating } from "@/lib/checking/rating-scale";
import { approvalNoteMaxLength, approvalNoteRequired, describeVerdictDisagreement } from "@/lib/checking/verdict-disagreement";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/permissions";
import { db, writeTransaction } from "../connection";
import { preparedOnce } from "../prepared";
import { assessments, claims, evidence, users, type ClaimRow } from "../schema";
import { assertAllowed } from "./actor";
import { getClaimContext, staleVersionError } from "./claim-context";
import { recordEvent } from "./events";
import { followClaimInTransaction } from "./follows";
import { listApprovers } from "./approvers";
import { indexClaims } from "./search-index";

/**
 * The reviewable fields of a claim; each one given is changed, the others are kept.
 * `approvalNote` goes only with an approval (status → approved), into its history event.
 */
export type ClaimReviewChanges = {
  status?: ClaimStatus;
  assigneeId?: string | null;
  verdictKey?: string | null;
  rationale?: string;
  approvalNote?: string;
  /** YYYY-MM-DD, or null to clear (editors and admins only). */
  dueAt?: string | null;
};

const placeholder = (name: string) => sql`${sql.placeholder(name)}`;
const updateReviewFields = preparedOnce((database) =>
  database
    .update(claims)
    .set({
      status: placeholder("status"),
      assigneeId: placeholder("assigneeId"),
      verdictKey: placeholder("verdictKey"),
      rationale: placeholder("rationale"),
      approvedBy: placeholder("approvedBy"),
      approvedAt: placeholder("approvedAt"),
      verdictSetBy: placeholder("verdictSetBy"),
      dueAt: placeholder("dueAt"),
      updatedAt: placeholder("updatedAt"),
      version: sql`${claims.version} + 1`,
    })
    .where(and(eq(claims.id, sql.placeholder("id")), eq(claims.version, sql.placeholder("version"))))
    .returning()
    .prepare("claim_review_update"),
);

/** CONFLICT carrying the claim's saved review fields, for the form to show beside the draft. */
const staleClaimError = (claim: ClaimRow) =>
  staleVersionError("claim", {
    version: String(claim.version),
    status: claim.status,
    verdictKey: claim.verdictKey ?? "",
    rationale: claim.rationale,
    assigneeId: claim.assigneeId ?? "",
    dueAt: claim.dueAt ?? "",
  });

/**
 * Updates a claim's status, assignee, verdict and rationale in one transaction, if the
 * claim is still at `version`. Each field is checked: the verdict against the
 * investigation's scale and the actor's right to set it; the assignee against the actor's
 * right to assign (reviewers take only unassigned claims and release only their own; the
 * refusal is at `assigneeId`); the status against the workflow (only editors approve or
 * reopen, and approval needs a verdict, a rationale and evidence — the refusal says which is
 * missing). An approved claim's verdict and rationale change only in the request that
 * reopens it (approval-lock.ts). When the claim's independent verdicts (assessments) differ
 * from the verdict being approved, the approval needs an `approvalNote` (INVALID at
 * `approvalNote`, naming the differing verdicts, without one); the note and the
 * disagreement are kept on the status event. Records one event per changed field (old → new), and a
 * reopening as "claim.reopened" naming who had approved it and when. Refusals write nothing.
 * Whoever changes the verdict or rationale becomes `verdictSetBy`; with the investigation's
 * four eyes on, they cannot approve it (FORBIDDEN at `status`, naming the other active editors
 * and admins). `dueAt` (YYYY-MM-DD or null) is editors' and admins' (FORBIDDEN/INVALID at
 * `dueAt`), recorded as "claim.due-date-set". A new assignee follows the claim.
 * The claim's row is locked from the first read to the write (`getClaimContext` in a transaction).
 */
export async function updateClaimReview({ actor, id, version, changes }: { actor: Actor; id: string; version: number; changes: ClaimReviewChanges }) {
  return writeTransaction(async (tx) => {
    const { claim, investigationId, scale, fourEyes } = await getClaimContext(id);
    if (claim.version !== version) throw staleClaimError(claim);
    const next = {
      status: changes.status ?? claim.status,
      assigneeId: changes.assigneeId === undefined ? claim.assigneeId : changes.assigneeId,
      verdictKey: changes.verdictKey === undefined ? claim.verdictKey : changes.verdictKey,
      rationale: changes.rationale === undefined ? claim.rationale : changes.rationale,
      dueAt: changes.dueAt === undefined ? claim.dueAt : changes.dueAt,
    };
    const verdictChanged = next.verdictKey !== claim.verdictKey || next.rationale !== claim.rationale;
    if (verdictChanged) {
      assertAllowed(canSetClaimVerdict(actor, claim), "Only editors, the claim's author and its assignee can set its verdict.");
      if (next.verdictKey !== null && !findRating(scale, next.verdictKey))
        throw new AppError(
          "INVALID",
          { key: "Errors.invalid.verdictNotOnScale" },
          {
            fields: { verdictKey: "Errors.invalid.verdictNotOnScale" },
          },
        );
      if (next.status === "approved") assertNotApproved(claim, "verdict");
    }
    if (next.assigneeId !== claim.assigneeId) {
      const decision = decideAssignment(actor, next.assigneeId, claim);
      if (!decision.allowed) throw new AppError("FORBIDDEN", { key: decision.key }, { fields: { assigneeId: decision.key } });
      if (next.assigneeId) {
        const [assignee] = await tx.select({ id: users.id, disabledAt: users.disabledAt }).from(users).where(eq(users.id, next.assigneeId));
        if (!assignee || assignee.disabledAt)
          throw new AppError("INVALID", { key: "Errors.invalid.assigneeInactive" }, { fields: { assigneeId: "Errors.invalid.assigneeInactive" } });
      }
    }
    if (next.dueAt !== claim.dueAt) assertDueDateChange(actor, next.dueAt);
    if (next.status !== claim.status) {
      const [evidenceCounted] = await tx.select({ n: count() }).from(evidence).where(eq(evidence.claimId, id));
      const evidenceCount = evidenceCounted?.n ?? 0;
      const decision = canTransition(
        actor.role,
        claim.status,
        next.status,
        approvalBlockers({ verdictKey: next.verdictKey, rationale: next.rationale, evidenceCount }),
      );
      if (!decision.allowed)
        throw new AppError(decision.reason.startsWith("Approval needs") ? "INVALID" : "FORBIDDEN", decision.reason, { fields: { status: decision.reason } });
    }
    // Four eyes looks at who set the verdict as of this request: setting it and approving in one request counts.
    const verdictSetBy = verdictChanged ? actor.id : claim.verdictSetBy;
    if (next.status === "approved" && claim.status !== "approved" && fourEyes) await assertFourEyes(actor, verdictSetBy);
    const now = new Date().toISOString();
    const isApproving = next.status === "approved" && claim.status !== "approved";
    const approvalNote = changes.approvalNote?.trim() ?? "";
    if (approvalNote && !isApproving)
      throw new AppError(
        "INVALID",
        { key: "Errors.invalid.approvalNoteWithoutApproval" },
        {
          fields: { approvalNote: "Errors.invalid.approvalNoteWithoutApproval" },
        },
      );
    if (approvalNote.length > approvalNoteMaxLength)
      throw new AppError(
        "INVALID",
        { key: "Validation.approvalNoteTooLong", values: { maximum: approvalNoteMaxLength } },
        { fields: { approvalNote: "approvalNoteTooLong" } },
      );
    const disagreement = isApproving ? describeVerdictDisagreement(next.verdictKey, await independentVerdicts(id), scale) : null;
    if (disagreement && !approvalNote)
      throw new AppError("INVALID", approvalNoteRequired(disagreement), { fields: { approvalNote: approvalNoteRequired(disagreement) } });
    const [row] = await updateReviewFields().execute({
      ...next,
      approvedBy: isApproving ? actor.id : next.status === "approved" ? claim.approvedBy : null,
      approvedAt: isApproving ? now : next.status === "approved" ? claim.approvedAt : null,
      verdictSetBy,
      updatedAt: now,
      id,
      version,
    });
    if (!row) throw staleClaimError((await getClaimContext(id)).claim);
    await indexClaims([id]);
    const record = (action: string, data: Record<string, unknown>) =>
      recordEvent({ actorId: actor.id, action, subjectType: "claim", subjectId: id, investigationId, data });
    const nameOf = async (userId: string | null) => {
      if (!userId) return null;
      const [user] = await tx.select({ name: users.name }).from(users).where(eq(users.id, userId));
      return user?.name ?? null;
    };
    const statusChange = { status: [claim.status, next.status], label: [claimStatusLabels[claim.status], claimStatusLabels[next.status]] };
    if (claim.status === "approved" && next.status !== "approved")
      await record("claim.reopened", { ...statusChange, approvedBy: await nameOf(claim.approvedBy), approvedAt: claim.approvedAt });
    else if (isApproving && approvalNote)
      await record("claim.status-changed", { ...statusChange, approvalNote, ...(disagreement ? { disagreement: disagreement.sentence } : {}) });
    else if (next.status !== claim.status) await record("claim.status-changed", statusChange);
    if (next.verdictKey !== claim.verdictKey) await record("claim.verdict-set", { verdict: [claim.verdictKey, next.verdictKey] });
    if (next.rationale !== claim.rationale) await record("claim.rationale-changed", { rationale: [claim.rationale, next.rationale] });
    if (next.assigneeId !== claim.assigneeId) {
      await record("claim.assigned", {
        assignee: [await nameOf(claim.assigneeId), await nameOf(next.assigneeId)],
        assigneeId: [claim.assigneeId, next.assigneeId],
      });
      if (next.assigneeId) await followClaimInTransaction(next.assigneeId, id);
    }
    if (next.dueAt !== claim.dueAt) await record("claim.due-date-set", { dueAt: [claim.dueAt, next.dueAt] });
    return row;
  });
}

/** FORBIDDEN at `dueAt` unless the actor may set due dates; INVALID at `dueAt` for anything but a calendar day. */
function assertDueDateChange(actor: Actor, dueAt: string | null) {
  if (!canSetDueDate(actor)) throw new AppError("FORBIDDEN", { key: "Errors.forbidden.dueDates" }, { fields: { dueAt: "Errors.forbidden.dueDates" } });
  if (dueAt !== null && !isCalendarDay(dueAt)) throw new AppError("INVALID", { key: "Validation.dueDateFormat" }, { fields: { dueAt: "dueDateFormat" } });
}

/** FORBIDDEN at `status`, naming who may approve instead, when four eyes refuses the actor (lib/checking/four-eyes.ts). */
async function assertFourEyes(actor: Actor, verdictSetBy: string | null) {
  if (verdictSetBy !== actor.id) return; // the approvers are read only when they are needed
  const decision = decideFourEyesApproval(actor.id, { fourEyes: true, verdictSetBy, approvers: await listApprovers() });
  if (!decision.allowed) throw new AppError("FORBIDDEN", decision.reason, { fields: { status: decision.reason } });
}

/** Every independent verdict on the claim, oldest first, whoever may see them: approval weighs them all. */
async function independentVerdicts(claimId: string) {
  return db()
    .select({ reviewerName: users.name, verdictKey: assessments.verdictKey })
    .from(assessments)
    .innerJoin(users, eq(users.id, assessments.reviewerId))
    .where(eq(assessments.claimId, claimId))
    .orderBy(asc(assessments.createdAt), asc(assessments.id));
}
