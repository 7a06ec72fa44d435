import { describe, expect, it } from "vitest";
import type { Actor } from "../permissions";
import type { Role } from "../roles";
import { canAssignClaim, canEditComment, canEditEvidence, canSetClaimVerdict } from "./permissions";

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

describe("canAssignClaim", () => {
  it("lets editors and admins assign anyone, or nobody", () => {
    for (const actor of [editor, admin]) {
      expect(canAssignClaim(actor, reviewer.id)).toBe(true);
      expect(canAssignClaim(actor, actor.id)).toBe(true);
      expect(canAssignClaim(actor, null)).toBe(true);
    }
  });

  it("lets a reviewer take a claim for themselves but not hand it to someone else", () => {
    expect(canAssignClaim(reviewer, reviewer.id)).toBe(true);
    expect(canAssignClaim(reviewer, reviewer.id, { assigneeId: otherReviewer.id })).toBe(true);
    expect(canAssignClaim(reviewer, otherReviewer.id)).toBe(false);
    expect(canAssignClaim(reviewer, editor.id, { assigneeId: reviewer.id })).toBe(false);
  });

  it("lets a reviewer give up their own assignment, but not clear someone else's", () => {
    expect(canAssignClaim(reviewer, null, { assigneeId: reviewer.id })).toBe(true);
    expect(canAssignClaim(reviewer, null, { assigneeId: otherReviewer.id })).toBe(false);
    expect(canAssignClaim(reviewer, null, { assigneeId: null })).toBe(false);
    expect(canAssignClaim(reviewer, null)).toBe(false);
  });
});
