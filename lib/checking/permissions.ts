import type { Actor } from "../permissions";
import { translateKey } from "../i18n/translator";
import { hasRole } from "../roles";

/**
 * Who may change what while checking a claim, as pure functions of the acting user.
 * Server actions and route handlers call these themselves; the UI only uses them to
 * hide controls. Status changes are decided by `canTransition` in `claim-status.ts`.
 */

/** Each reviewer edits or removes the evidence they added; editors and admins edit anyone's. */
export function canEditEvidence(actor: Actor, evidence: { createdBy: string }): boolean {
  return hasRole(actor.role, "editor") || evidence.createdBy === actor.id;
}

/** Each reviewer edits or removes their own comments; editors and admins edit anyone's. */
export function canEditComment(actor: Actor, comment: { createdBy: string }): boolean {
  return hasRole(actor.role, "editor") || comment.createdBy === actor.id;
}

/**
 * Editors and admins set any claim's verdict; a reviewer only on a claim they created or are
 * assigned. Being assigned is safe to trust because a reviewer can only take an unassigned
 * claim (decideAssignment), and nobody changes an approved claim's verdict (approval-lock.ts).
 */
export function canSetClaimVerdict(actor: Actor, claim: { createdBy: string; assigneeId: string | null }): boolean {
  return hasRole(actor.role, "editor") || claim.createdBy === actor.id || claim.assigneeId === actor.id;
}

/** A refusal's `reason` is English; `key` names it in the `Errors` catalogue for the person's language. */
export type AssignmentDecision = { allowed: true } | { allowed: false; reason: string; key: string };

function refuseAssignment(name: "selfOnly" | "assignedElsewhere" | "unassignOthers"): AssignmentDecision {
  const key = `Errors.assignment.${name}`;
  return { allowed: false, reason: translateKey("en", key) ?? key, key };
}

/**
 * Whether the actor may make `assigneeId` (null: nobody) the assignee of a claim now
 * assigned to `claim.assigneeId`. Editors and admins assign anyone or nobody, and reassign
 * from one person to another. A reviewer may only take an UNASSIGNED claim for themselves
 * and release a claim assigned to themselves: taking a claim someone else holds would let
 * them set its verdict as its assignee (canSetClaimVerdict) against an editor's choice.
 * A refusal carries a sentence for the assignee field. Not changing the assignee is allowed.
 */
export function decideAssignment(actor: Actor, assigneeId: string | null, claim: { assigneeId: string | null }): AssignmentDecision {
  if (assigneeId === claim.assigneeId || hasRole(actor.role, "editor")) return { allowed: true };
  if (assigneeId !== null && assigneeId !== actor.id) return refuseAssignment("selfOnly");
  if (assigneeId === actor.id && claim.assigneeId !== null) return refuseAssignment("assignedElsewhere");
  if (assigneeId === null && claim.assigneeId !== actor.id) return refuseAssignment("unassignOthers");
  return { allowed: true };
}

/** `decideAssignment` as a yes or no, for hiding controls. */
export function canAssignClaim(actor: Actor, assigneeId: string | null, claim: { assigneeId: string | null }): boolean {
  return decideAssignment(actor, assigneeId, claim).allowed;
}

/** Due dates are the desk's planning: editors and admins set and clear them. */
export function canSetDueDate(actor: Actor): boolean {
  return hasRole(actor.role, "editor");
}
