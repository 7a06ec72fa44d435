import type { Actor } from "../permissions";
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

/** Editors and admins set any claim's verdict; a reviewer only on a claim they created or are assigned. */
export function canSetClaimVerdict(actor: Actor, claim: { createdBy: string; assigneeId: string | null }): boolean {
  return hasRole(actor.role, "editor") || claim.createdBy === actor.id || claim.assigneeId === actor.id;
}

/**
 * Whether the actor may make `assigneeId` the claim's assignee (null: nobody).
 * Editors and admins assign anyone or nobody. A reviewer may assign only themselves, and
 * may clear the assignment only when it is theirs, which needs the claim's current
 * `assigneeId`: without `claim`, clearing is refused for reviewers.
 */
export function canAssignClaim(actor: Actor, assigneeId: string | null, claim?: { assigneeId: string | null }): boolean {
  if (hasRole(actor.role, "editor")) return true;
  if (assigneeId === null) return claim !== undefined && claim.assigneeId === actor.id;
  return assigneeId === actor.id;
}
