import { beforeEach, describe, expect, it } from "vitest";
import { AppError, localizeAppError } from "@/lib/errors";
import { createTestActor, installTestDatabase } from "../test-database";
import { getClaimDetail, listClaimHistory } from "./claim-detail";
import { updateClaimReview } from "./claim-review";
import { seedDesk } from "./desk-test-world";
import { addEvidence } from "./evidence";
import { setInvestigationFourEyes } from "./four-eyes-setting";
import { getInvestigationById } from "./investigations";
import { setUserDisabled } from "./users";

beforeEach(async () => {
  await installTestDatabase();
});

/** A claim with evidence, its verdict and rationale set by `author`, in review. */
async function reviewedBy(author: "editor" | "reviewer") {
  const desk = await seedDesk(["238 deportees"]);
  const claim = desk.claims[0]!;
  await addEvidence({ actor: desk.reviewer, claimId: claim.id, fields: { outlet: "Ministry", stance: "supports" } });
  const reviewed = await updateClaimReview({
    actor: desk[author],
    id: claim.id,
    version: claim.version,
    changes: { verdictKey: "true", rationale: "The manifest lists 238.", status: "in-review" },
  });
  return { ...desk, claim: reviewed };
}

describe("four eyes", () => {
  it("is on by default, records who set the verdict, and refuses that person's approval naming who may approve instead", async () => {
    const { editor, otherEditor, investigationId, claim } = await reviewedBy("editor");
    const admin = await createTestActor("admin");
    expect((await getInvestigationById({ actor: editor, id: investigationId })).fourEyes).toBe(true);
    expect(claim.verdictSetBy).toBe(editor.id);
    const refusal = updateClaimReview({ actor: editor, id: claim.id, version: claim.version, changes: { status: "approved" } });
    await expect(refusal).rejects.toMatchObject({
      code: "FORBIDDEN",
      fields: {
        status: `Four eyes: you set this claim's verdict, so someone else must approve it. It may be approved by any of ${admin.name} and ${otherEditor.name}.`,
      },
    });
    expect(await getClaimDetail({ actor: editor, id: claim.id })).toMatchObject({ status: "in-review", version: claim.version });
    const approved = await updateClaimReview({ actor: otherEditor, id: claim.id, version: claim.version, changes: { status: "approved" } });
    expect(approved).toMatchObject({ status: "approved", approvedBy: otherEditor.id, verdictSetBy: editor.id });
  });

  it("counts a verdict set in the approving request itself, and leaves out disabled people from who may approve", async () => {
    const { editor, otherEditor, reviewer, claim } = await reviewedBy("reviewer");
    await setUserDisabled({ operator: "command-line", userId: otherEditor.id, disabled: true });
    const both = updateClaimReview({
      actor: editor,
      id: claim.id,
      version: claim.version,
      changes: { rationale: "Edited by the editor.", status: "approved" },
    });
    await expect(both).rejects.toMatchObject({ code: "FORBIDDEN", fields: { status: expect.stringMatching(/No other editor or admin is active yet/) } });
    // The reviewer's verdict: the editor approves it.
    expect(claim.verdictSetBy).toBe(reviewer.id);
    await expect(updateClaimReview({ actor: editor, id: claim.id, version: claim.version, changes: { status: "approved" } })).resolves.toMatchObject({
      status: "approved",
    });
  });

  it("lets the verdict's author approve once an editor turns four eyes off, and records the change", async () => {
    const { editor, investigationId, claim } = await reviewedBy("editor");
    const { version } = await getInvestigationById({ actor: editor, id: investigationId });
    await expect(setInvestigationFourEyes({ actor: (await seedDesk([])).reviewer, id: investigationId, version, fourEyes: false })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await setInvestigationFourEyes({ actor: editor, id: investigationId, version, fourEyes: false });
    await expect(setInvestigationFourEyes({ actor: editor, id: investigationId, version, fourEyes: true })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(updateClaimReview({ actor: editor, id: claim.id, version: claim.version, changes: { status: "approved" } })).resolves.toMatchObject({
      status: "approved",
      approvedBy: editor.id,
    });
  });
});

describe("due dates", () => {
  it("are set, moved and cleared by editors, shown on the claim, and recorded in its history", async () => {
    const { editor, claims } = await seedDesk(["238 deportees"]);
    const claim = claims[0]!;
    const set = await updateClaimReview({ actor: editor, id: claim.id, version: claim.version, changes: { dueAt: "2026-12-10" } });
    expect((await getClaimDetail({ actor: editor, id: claim.id })).dueAt).toBe("2026-12-10");
    const cleared = await updateClaimReview({ actor: editor, id: claim.id, version: set.version, changes: { dueAt: null } });
    expect(cleared.dueAt).toBeNull();
    const history = await listClaimHistory({ actor: editor, claimId: claim.id });
    expect(history.filter((event) => event.action === "claim.due-date-set").map((event) => event.data)).toEqual([
      { dueAt: ["2026-12-10", null] },
      { dueAt: [null, "2026-12-10"] },
    ]);
  });

  it("refuses a reviewer (FORBIDDEN) and a day that is not one (INVALID), at dueAt, writing nothing", async () => {
    const { editor, reviewer, claims } = await seedDesk(["238 deportees"]);
    const claim = claims[0]!;
    const fieldsOf = async (change: Promise<unknown>) => {
      const error = await change.then(
        () => null,
        (caught: unknown) => caught as AppError,
      );
      return { code: error?.code, fields: error ? localizeAppError(error, "en").fields : undefined };
    };
    expect(await fieldsOf(updateClaimReview({ actor: reviewer, id: claim.id, version: claim.version, changes: { dueAt: "2026-12-10" } }))).toEqual({
      code: "FORBIDDEN",
      fields: { dueAt: "Only editors and admins set due dates." },
    });
    expect(await fieldsOf(updateClaimReview({ actor: editor, id: claim.id, version: claim.version, changes: { dueAt: "2026-02-30" } }))).toEqual({
      code: "INVALID",
      fields: { dueAt: "Give the due date as a calendar day, YYYY-MM-DD." },
    });
    expect(await getClaimDetail({ actor: editor, id: claim.id })).toMatchObject({ dueAt: null, version: claim.version });
  });
});
