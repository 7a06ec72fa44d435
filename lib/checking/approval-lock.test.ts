import { describe, expect, it } from "vitest";
import { claimStatuses } from "./claim-status";
import { approvalLockReason, assertNotApproved, lockedParts } from "./approval-lock";

describe("the approval lock", () => {
  it("locks every approved part of an approved claim, saying an editor must reopen it first", () => {
    expect(approvalLockReason({ status: "approved" }, "evidence")).toBe("This claim is approved; an editor must reopen it before its evidence changes.");
    expect(approvalLockReason({ status: "approved" }, "existence")).toBe("This claim is approved; an editor must reopen it before it can be deleted.");
    for (const part of lockedParts) {
      expect(approvalLockReason({ status: "approved" }, part)).toMatch(/^This claim is approved; an editor must reopen it before /);
      expect(() => assertNotApproved({ status: "approved" }, part)).toThrowError(expect.objectContaining({ code: "FORBIDDEN" }));
    }
  });

  it("locks nothing on an open claim or one in review", () => {
    for (const status of claimStatuses.filter((status) => status !== "approved")) {
      for (const part of lockedParts) {
        expect(approvalLockReason({ status }, part)).toBeNull();
        expect(() => assertNotApproved({ status }, part)).not.toThrow();
      }
    }
  });
});
