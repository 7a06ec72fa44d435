import { describe, expect, it } from "vitest";
import type { Actor } from "../permissions";
import type { Role } from "../roles";
import { canAssignClaim, canEditComment, canEditEvidence, canSetClaimVerdict, canSetDueDate, decideAssignment } from "./permissions";

const actorWith = (role: Role, id = `${role}-id`): Actor => ({ id, email: `${id}@example.test`, name: id, role });
const reviewer = actorWith("reviewer");
const otherReviewer = actorWith("reviewer", "other-id");
const editor = actorWith("editor");
const admin = actorWith("admin");

describe("canEditEvidence and canEditComment", () => {
  it.each([
    ["evidence", canEditEvidence],
    ["comment", canEditComment],
  ] as const)("a reviewer edits only their own %s; editors and admins edit anyone's", (_, canEdit) => {
    const theirs = { createdBy: reviewer.id };
    expect(canEdit(reviewer, theirs)).toBe(true);
    expect(canEdit(otherReviewer, theirs)).toBe(false);
    expect(canEdit(editor, theirs)).toBe(true);
    expect(canEdit(admin, theirs)).toBe(true);
  });
});

describe("canSetClaimVerdict", () => {
  it("lets a reviewer set the verdict on a claim they created or are assigned, and no other", () => {
    expect(canSetClaimVerdict(reviewer, { createdBy: reviewer.id, assigneeId: null })).toBe(true);
    expect(canSetClaimVerdict(reviewer, { createdBy: "someone", assigneeId: reviewer.id })).toBe(true);
    expect(canSetClaimVerdict(reviewer, { createdBy: "someone", assigneeId: "someone-else" })).toBe(false);
    expect(canSetClaimVerdict(reviewer, { createdBy: "someone", assigneeId: null })).toBe(false);
  });

  it("lets editors and admins set any claim's verdict", () => {
    expect(canSetClaimVerdict(editor, { createdBy: "someone", assigneeId: null })).toBe(true);
    expect(canSetClaimVerdict(admin, { createdBy: "someone", assigneeId: "someone-else" })).toBe(true);
  });
});

describe("decideAssignment and canAssignClaim", () => {
  const unassigned = { assigneeId: null };
  const heldByOther = { assigneeId: otherReviewer.id };
  const heldBySelf = { assigneeId: reviewer.id };

  it("lets editors and admins assign anyone or nobody, and reassign from one person to another", () => {
    for (const actor of [editor, admin]) {
      for (const claim of [unassigned, heldByOther, heldBySelf]) {
        expect(canAssignClaim(actor, reviewer.id, claim)).toBe(true);
        expect(canAssignClaim(actor, actor.id, claim)).toBe(true);
        expect(canAssignClaim(actor, null, claim)).toBe(true);
      }
    }
  });

  it("lets a reviewer take an unassigned claim, and no claim someone else holds", () => {
    expect(decideAssignment(reviewer, reviewer.id, unassigned)).toEqual({ allowed: true });
    expect(decideAssignment(reviewer, reviewer.id, heldByOther)).toEqual({
      allowed: false,
      reason: "This claim is assigned to someone else; only an editor can reassign it.",
      key: "Errors.assignment.assignedElsewhere",
    });
    expect(canAssignClaim(reviewer, reviewer.id, { assigneeId: editor.id })).toBe(false);
  });

  it("never lets a reviewer hand a claim to someone else", () => {
    for (const claim of [unassigned, { assigneeId: editor.id }, heldBySelf]) {
      expect(decideAssignment(reviewer, otherReviewer.id, claim)).toEqual({
        allowed: false,
        reason: "Reviewers can assign claims only to themselves; an editor assigns others.",
        key: "Errors.assignment.selfOnly",
      });
    }
  });

  it("lets a reviewer release their own assignment, but not clear someone else's", () => {
    expect(canAssignClaim(reviewer, null, heldBySelf)).toBe(true);
    expect(decideAssignment(reviewer, null, heldByOther)).toEqual({
      allowed: false,
      reason: "Only an editor can unassign someone else from a claim.",
      key: "Errors.assignment.unassignOthers",
    });
  });

  it("allows leaving the assignee as it is, whoever holds the claim", () => {
    expect(canAssignClaim(reviewer, otherReviewer.id, heldByOther)).toBe(true);
    expect(canAssignClaim(reviewer, null, unassigned)).toBe(true);
  });
});

describe("canSetDueDate", () => {
  it("lets editors and admins plan the desk's work, not reviewers", () => {
    expect([reviewer, editor, admin].map(canSetDueDate)).toEqual([false, true, true]);
  });
});
