import { describe, expect, it } from "vitest";
import type { Role } from "../roles";
import { approvalBlockers, canTransition, claimStatuses, claimStatusLabels, isClaimStatus, joinPhrases, statusMoves, type ClaimStatus } from "./claim-status";

const ready = { verdictKey: "mostly-false", rationale: "The agency's own figure was 238.", evidenceCount: 1 };

describe("approvalBlockers", () => {
  it("finds nothing missing on a claim with a verdict, a rationale and evidence", () => {
    expect(approvalBlockers(ready)).toEqual([]);
  });

  it("lists everything missing on a fresh claim, in reading order", () => {
    expect(approvalBlockers({ verdictKey: null, rationale: null, evidenceCount: 0 })).toEqual([
      "a verdict",
      "a written rationale",
      "at least one evidence item",
    ]);
  });

  it("treats a blank verdict key and a whitespace-only rationale as missing", () => {
    expect(approvalBlockers({ ...ready, verdictKey: "", rationale: " \n\t" })).toEqual(["a verdict", "a written rationale"]);
    expect(approvalBlockers({ ...ready, verdictKey: undefined, rationale: undefined })).toEqual(["a verdict", "a written rationale"]);
  });

  it("asks for evidence when there is none", () => {
    expect(approvalBlockers({ ...ready, evidenceCount: 0 })).toEqual(["at least one evidence item"]);
  });
});

describe("joinPhrases", () => {
  it("joins phrases the way a sentence does", () => {
    expect(joinPhrases([])).toBe("");
    expect(joinPhrases(["a verdict"])).toBe("a verdict");
    expect(joinPhrases(["a", "b"])).toBe("a and b");
    expect(joinPhrases(["a", "b", "c"])).toBe("a, b and c");
  });
});

describe("claim statuses", () => {
  it("have labels for the claim list", () => {
    expect(claimStatuses.map((status) => claimStatusLabels[status])).toEqual(["Open", "In review", "Approved"]);
    expect(isClaimStatus("in-review")).toBe(true);
    expect(isClaimStatus("closed")).toBe(false);
    expect(isClaimStatus(undefined)).toBe(false);
  });
});

describe("canTransition", () => {
  const roles: Role[] = ["reviewer", "editor", "admin"];

  it.each(roles)("a %s may send a claim to review and back to open", (role) => {
    expect(canTransition(role, "open", "in-review", [])).toEqual({ allowed: true });
    expect(canTransition(role, "in-review", "open", [])).toEqual({ allowed: true });
  });

  it("a reviewer may move a claim between open and in review even while it lacks evidence", () => {
    expect(canTransition("reviewer", "open", "in-review", ["at least one evidence item"])).toEqual({ allowed: true });
  });

  it.each(["open", "in-review"] as const)("an editor approves a complete claim that is %s", (from) => {
    expect(canTransition("editor", from, "approved", [])).toEqual({ allowed: true });
    expect(canTransition("admin", from, "approved", [])).toEqual({ allowed: true });
  });

  it("a reviewer cannot approve, even a complete claim", () => {
    expect(canTransition("reviewer", "in-review", "approved", [])).toEqual({ allowed: false, reason: "Only editors and admins can approve a claim." });
  });

  it("an editor is told what is missing before a claim can be approved", () => {
    expect(canTransition("editor", "in-review", "approved", ["a written rationale", "at least one evidence item"])).toEqual({
      allowed: false,
      reason: "Approval needs a written rationale and at least one evidence item.",
    });
    const all = approvalBlockers({ verdictKey: null, rationale: "", evidenceCount: 0 });
    expect(canTransition("admin", "open", "approved", all)).toEqual({
      allowed: false,
      reason: "Approval needs a verdict, a written rationale and at least one evidence item.",
    });
  });

  it.each(["open", "in-review"] as const)("an editor may reopen an approved claim to %s; a reviewer may not", (to) => {
    expect(canTransition("editor", "approved", to, [])).toEqual({ allowed: true });
    expect(canTransition("admin", "approved", to, ["a verdict"])).toEqual({ allowed: true });
    expect(canTransition("reviewer", "approved", to, [])).toEqual({ allowed: false, reason: "Only editors and admins can reopen an approved claim." });
  });

  it.each(claimStatuses)("refuses to 'move' a claim that is %s to the status it already has", (status) => {
    const decision = canTransition("admin", status, status, []);
    expect(decision.allowed).toBe(false);
    expect(decision).toMatchObject({ reason: expect.stringMatching(/^The claim is already (open|in review|approved)\.$/) });
  });

  it("refuses anyone whose role is not one of ours (a stale or forged session)", () => {
    expect(canTransition("guest" as Role, "open", "in-review", []).allowed).toBe(false);
  });

  it("gives a reason for every refusal, for every role and pair of statuses", () => {
    for (const role of roles) {
      for (const from of claimStatuses) {
        for (const to of claimStatuses) {
          const decision = canTransition(role, from as ClaimStatus, to as ClaimStatus, ["a verdict"]);
          if (!decision.allowed) expect(decision.reason).toMatch(/^[A-Z].*\.$/);
        }
      }
    }
  });
});

describe("the status moves offered to each person", () => {
  it("offers reviewers only 'Send to review' and back, editors approval and reopening too", () => {
    expect(statusMoves("reviewer", "open")).toEqual([{ to: "in-review", label: "Send to review" }]);
    expect(statusMoves("reviewer", "in-review")).toEqual([{ to: "open", label: "Back to open" }]);
    expect(statusMoves("reviewer", "approved")).toEqual([]);
    expect(statusMoves("editor", "open")).toEqual([
      { to: "in-review", label: "Send to review" },
      { to: "approved", label: "Approve" },
    ]);
    expect(statusMoves("editor", "in-review").map((move) => move.label)).toEqual(["Back to open", "Approve"]);
    expect(statusMoves("admin", "approved")).toEqual([
      { to: "open", label: "Reopen" },
      { to: "in-review", label: "Send back to review" },
    ]);
  });

  it("offers exactly the moves canTransition allows", () => {
    for (const role of ["reviewer", "editor", "admin"] as const)
      for (const from of claimStatuses)
        expect(statusMoves(role, from).map((move) => move.to)).toEqual(claimStatuses.filter((to) => canTransition(role, from, to, []).allowed));
  });
});
