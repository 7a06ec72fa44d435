import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  differsFromSaved,
  draftAfterSave,
  draftFormKind,
  draftKey,
  isDraftBehind,
  parseDraft,
  parseDraftKey,
  recentDraftsOf,
  restoreDecision,
  type ClaimDraft,
} from "./claim-drafts";

const draft = (values: Record<string, string>, basedOn: string | null = "3"): ClaimDraft => ({ values, basedOn, writtenAt: "2026-12-07T10:00:00.000Z" });

describe("a draft's key", () => {
  it("names the account, the claim and the form, so another person on the same browser has other keys", () => {
    const ana = draftKey({ userId: "ana", claimId: "c1", form: "review" });
    expect(ana).toBe("corroborate:draft:v1:ana:c1:review");
    expect(draftKey({ userId: "luis", claimId: "c1", form: "review" })).not.toBe(ana);
    expect(draftKey({ userId: "ana", claimId: "c2", form: "review" })).not.toBe(ana);
    expect(draftKey({ userId: "ana", claimId: "c1", form: "comment" })).not.toBe(ana);
  });

  it("gives different scopes different keys, whatever characters the ids hold", () => {
    const part = fc.string({ maxLength: 6, unit: fc.constantFrom("a", ":", "%", "3", "A") });
    fc.assert(
      fc.property(fc.tuple(part, part, part), fc.tuple(part, part, part), ([u1, c1, f1], [u2, c2, f2]) => {
        const same = u1 === u2 && c1 === c2 && f1 === f2;
        expect(draftKey({ userId: u1, claimId: c1, form: f1 }) === draftKey({ userId: u2, claimId: c2, form: f2 })).toBe(same);
      }),
    );
  });
});

describe("reading a stored draft", () => {
  it("reads what was written and refuses anything else", () => {
    const written = draft({ rationale: "Half a thought" });
    expect(parseDraft(JSON.stringify(written))).toEqual(written);
    for (const raw of [
      null,
      "",
      "not json",
      "null",
      "[]",
      '{"values":{"a":1},"basedOn":null,"writtenAt":"x"}',
      '{"values":[],"basedOn":null,"writtenAt":"x"}',
      '{"values":{},"basedOn":3,"writtenAt":"x"}',
      '{"values":{}}',
    ])
      expect(parseDraft(raw)).toBeNull();
  });
});

describe("restoring and clearing drafts", () => {
  it("restores a draft that differs from what is saved, drops one that does not", () => {
    const saved = { verdictKey: "false", rationale: "" };
    expect(restoreDecision(draft({ verdictKey: "false", rationale: "Half a thought" }), saved)).toBe("restore");
    expect(restoreDecision(draft({ verdictKey: "false", rationale: "" }), saved)).toBe("drop");
    expect(restoreDecision(null, saved)).toBe("none");
    expect(differsFromSaved({ rationale: "x" }, { verdictKey: "", rationale: "x" })).toBe(false);
    expect(differsFromSaved({}, { rationale: "x" })).toBe(true);
  });

  it("is cleared only by a successful save, never by a refusal or a conflict", () => {
    expect(draftAfterSave("saved")).toBe("clear");
    for (const status of ["idle", "invalid", "conflict", "error"] as const) expect(draftAfterSave(status)).toBe("keep");
  });

  it("tells when the draft was written on an older version than the one saved now", () => {
    expect(isDraftBehind(draft({}, "3"), "4")).toBe(true);
    expect(isDraftBehind(draft({}, "4"), "4")).toBe(false);
    expect(isDraftBehind(draft({}, null), "4")).toBe(false);
  });
});

describe("recent drafts for My work", () => {
  const stored = (writtenAt: string) => JSON.stringify({ values: { body: "x" }, basedOn: null, writtenAt });
  it("reads back the scope of every key draftKey writes, and nothing else", () => {
    const scope = { userId: "u:1", claimId: "c/2", form: "evidence:new" };
    expect(parseDraftKey(draftKey(scope))).toEqual(scope);
    expect(parseDraftKey("corroborate:draft:v0:u:c:f")).toBeNull();
    expect(parseDraftKey("theme")).toBeNull();
  });

  it("lists one person's drafts by claim, newest first, leaving out others' and unreadable ones", () => {
    const entries: [string, string | null][] = [
      [draftKey({ userId: "ana", claimId: "c1", form: "comment" }), stored("2026-12-07T10:00:00.000Z")],
      [draftKey({ userId: "ana", claimId: "c2", form: "review" }), stored("2026-12-07T11:00:00.000Z")],
      [draftKey({ userId: "ana", claimId: "c1", form: "review" }), stored("2026-12-07T12:00:00.000Z")],
      [draftKey({ userId: "ben", claimId: "c3", form: "comment" }), stored("2026-12-07T13:00:00.000Z")],
      [draftKey({ userId: "ana", claimId: "c4", form: "comment" }), "{not json"],
      ["theme", "dark"],
    ];
    expect(recentDraftsOf(entries, "ana")).toEqual([
      { claimId: "c1", forms: ["comment", "review"], writtenAt: "2026-12-07T12:00:00.000Z" },
      { claimId: "c2", forms: ["review"], writtenAt: "2026-12-07T11:00:00.000Z" },
    ]);
    expect(recentDraftsOf(entries, "ana", 1)).toHaveLength(1);
    expect(["review", "comment", "assessment", "evidence:new", "notes", "other"].map(draftFormKind)).toEqual([
      "review",
      "comment",
      "assessment",
      "evidence",
      "notes",
      "notes",
    ]);
  });
});
