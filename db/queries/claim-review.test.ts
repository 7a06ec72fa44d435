import { beforeEach, describe, expect, it } from "vitest";
import { type AppError, localizeAppError } from "@/lib/errors";
import { createTestActor, installTestDatabase } from "../test-database";
import { getAgreementByInvestigation, listAssessmentsForViewer, recordAssessment } from "./assessments";
import { getClaimDetail, listClaimHistory } from "./claim-detail";
import { updateClaimReview } from "./claim-review";
import { createClaim } from "./claims";
import { addComment, removeComment } from "./comments";
import { addEvidence, removeEvidence, updateEvidence } from "./evidence";
import { setInvestigationFourEyes } from "./four-eyes-setting";
import { createInvestigation, getInvestigationById } from "./investigations";
import { createSource, updateSourceText } from "./sources";

const text = "Officials counted over 200 deportees. A later count said 238 Venezuelans.";

async function setUp() {
  const editor = await createTestActor("editor");
  const reviewer = await createTestActor("reviewer");
  const { id: investigationId } = await createInvestigation({ actor: editor, input: { title: "Flights" } });
  const source = await createSource({ actor: editor, investigationId, input: { title: "Wire", url: "https://example.org/wire", text } });
  const claim = await createClaim({ actor: reviewer, sourceId: source.id, sourceVersionId: source.currentVersionId, start: 18, end: 36 });
  return { editor, reviewer, investigationId, source, claim };
}

beforeEach(async () => {
  await installTestDatabase();
});

describe("reviewing a claim", () => {
  it("lets the author set a verdict, refuses their approval, and tells an editor what approval still needs", async () => {
    const { editor, reviewer, claim } = await setUp();
    const withVerdict = await updateClaimReview({ actor: reviewer, id: claim.id, version: 1, changes: { verdictKey: "mostly-false", status: "in-review" } });
    expect(withVerdict).toMatchObject({ verdictKey: "mostly-false", status: "in-review", version: 2 });
    await expect(updateClaimReview({ actor: reviewer, id: claim.id, version: 2, changes: { status: "approved" } })).rejects.toThrowError(
      expect.objectContaining({ code: "FORBIDDEN" }),
    );
    await expect(updateClaimReview({ actor: editor, id: claim.id, version: 2, changes: { status: "approved" } })).rejects.toThrowError(
      /a written rationale and at least one evidence item/,
    );
    expect(await getClaimDetail({ actor: editor, id: claim.id })).toMatchObject({ status: "in-review", version: 2 });

    await addEvidence({ actor: reviewer, claimId: claim.id, fields: { url: "https://example.org/count", stance: "refutes", quote: "238 Venezuelans" } });
    // The reviewer writes the rationale; four eyes (on by default) would refuse the editor approving a rationale of their own.
    await updateClaimReview({ actor: reviewer, id: claim.id, version: 2, changes: { rationale: "The government's own count was 238." } });
    const approved = await updateClaimReview({ actor: editor, id: claim.id, version: 3, changes: { status: "approved" } });
    expect(approved).toMatchObject({ status: "approved", approvedBy: editor.id });
    await expect(updateClaimReview({ actor: reviewer, id: claim.id, version: 4, changes: { verdictKey: "false" } })).rejects.toThrowError(/reopen/);
  });

  it("refuses an update from a stale version and returns the other person's values", async () => {
    const { editor, reviewer, claim } = await setUp();
    await updateClaimReview({ actor: editor, id: claim.id, version: 1, changes: { verdictKey: "false", rationale: "Editor's view" } });
    await expect(updateClaimReview({ actor: reviewer, id: claim.id, version: 1, changes: { verdictKey: "mixed", rationale: "Mine" } })).rejects.toThrowError(
      expect.objectContaining({ code: "CONFLICT", fields: expect.objectContaining({ verdictKey: "false", rationale: "Editor's view", version: "2" }) }),
    );
  });

  it("refuses verdicts that are not on the scale and reviewers assigning others", async () => {
    const { editor, reviewer, claim } = await setUp();
    await expect(updateClaimReview({ actor: reviewer, id: claim.id, version: 1, changes: { verdictKey: "pants-on-fire" } })).rejects.toThrowError(/scale/);
    await expect(updateClaimReview({ actor: reviewer, id: claim.id, version: 1, changes: { assigneeId: editor.id } })).rejects.toThrowError(
      /only to themselves/,
    );
    expect((await updateClaimReview({ actor: reviewer, id: claim.id, version: 1, changes: { assigneeId: reviewer.id } })).assigneeId).toBe(reviewer.id);
  });

  it("lets a reviewer take only an unassigned claim: one an editor gave someone else stays theirs, and its verdict stays out of reach", async () => {
    const { editor, claim } = await setUp();
    const [holder, taker] = [await createTestActor("reviewer"), await createTestActor("reviewer")];
    const assigned = await updateClaimReview({ actor: editor, id: claim.id, version: 1, changes: { assigneeId: holder.id } });
    const refusals = [
      [{ assigneeId: taker.id }, "This claim is assigned to someone else; only an editor can reassign it."],
      [{ assigneeId: null }, "Only an editor can unassign someone else from a claim."],
      [{ assigneeId: editor.id }, "Reviewers can assign claims only to themselves; an editor assigns others."],
    ] as const;
    for (const [changes, reason] of refusals) {
      const refusal = await updateClaimReview({ actor: taker, id: claim.id, version: assigned.version, changes }).catch((error: unknown) => error as AppError);
      expect(refusal).toMatchObject({ code: "FORBIDDEN", message: reason });
      expect(localizeAppError(refusal as AppError, "en").fields).toEqual({ assigneeId: reason });
    }
    await expect(updateClaimReview({ actor: taker, id: claim.id, version: assigned.version, changes: { verdictKey: "true" } })).rejects.toThrowError(
      /Only editors, the claim's author and its assignee/,
    );
    expect(await getClaimDetail({ actor: editor, id: claim.id })).toMatchObject({ assignee: { id: holder.id }, verdictKey: null, version: assigned.version });

    const released = await updateClaimReview({ actor: holder, id: claim.id, version: assigned.version, changes: { assigneeId: null } });
    const taken = await updateClaimReview({ actor: taker, id: claim.id, version: released.version, changes: { assigneeId: taker.id } });
    expect((await updateClaimReview({ actor: taker, id: claim.id, version: taken.version, changes: { verdictKey: "true" } })).verdictKey).toBe("true");
    expect((await updateClaimReview({ actor: editor, id: claim.id, version: taken.version + 1, changes: { assigneeId: holder.id } })).assigneeId).toBe(
      holder.id,
    );
  });

  it("records every change in the claim's history, old → new", async () => {
    const { editor, reviewer, claim } = await setUp();
    await updateClaimReview({ actor: editor, id: claim.id, version: 1, changes: { verdictKey: "false", assigneeId: reviewer.id } });
    const item = await addEvidence({ actor: reviewer, claimId: claim.id, fields: { outlet: "Court filing", stance: "adds-context" } });
    await updateEvidence({ actor: reviewer, id: item.id, version: 1, fields: { outlet: "Court filing, 17 March", stance: "refutes" } });
    const comment = await addComment({ actor: reviewer, claimId: claim.id, body: "Checked the filing." });
    await removeComment({ actor: editor, id: comment.id, version: 1 });
    await removeEvidence({ actor: editor, id: item.id, version: 2 });
    const actions = (await listClaimHistory({ actor: editor, claimId: claim.id })).map((event) => event.action);
    expect(actions).toEqual([
      "evidence.removed",
      "comment.deleted",
      "comment.added",
      "evidence.updated",
      "evidence.added",
      "claim.assigned",
      "claim.verdict-set",
      "claim.created",
    ]);
    const updated = (await listClaimHistory({ actor: editor, claimId: claim.id })).find((event) => event.action === "evidence.updated");
    expect(updated?.data).toMatchObject({ outlet: ["Court filing", "Court filing, 17 March"], stance: ["adds-context", "refutes"] });
  });

  it("checks an evidence quote against the investigation's own source it links to", async () => {
    const { reviewer, claim } = await setUp();
    const found = await addEvidence({
      actor: reviewer,
      claimId: claim.id,
      fields: { url: "https://example.org/wire", stance: "refutes", quote: "a later count said 238 Venezuelans" },
    });
    expect(found.quoteMatch).toMatchObject({ status: "fuzzy", start: 38 });
    const missing = await addEvidence({
      actor: reviewer,
      claimId: claim.id,
      fields: { url: "https://example.org/wire", stance: "refutes", quote: "more than 250 alleged gang members" },
    });
    expect(missing.quoteMatch).toMatchObject({ status: "not-found" });
    const elsewhere = await addEvidence({
      actor: reviewer,
      claimId: claim.id,
      fields: { url: "https://example.org/other", stance: "supports", quote: "anything" },
    });
    expect(elsewhere.quoteMatch).toBeNull();
  });

  it("says which earlier version of the linked source holds a quote its current text lacks", async () => {
    const { editor, reviewer, source, claim } = await setUp();
    await updateSourceText({ actor: editor, sourceId: source.id, text: text.replace("238 Venezuelans", "roughly 240 people") });
    await updateSourceText({ actor: editor, sourceId: source.id, text: "Officials counted over 200 deportees. The count was revised twice." });
    const earlier = await addEvidence({
      actor: reviewer,
      claimId: claim.id,
      fields: { url: "https://example.org/wire", stance: "refutes", quote: "A later count said roughly 240 people." },
    });
    expect(earlier.quoteMatch).toMatchObject({ status: "earlier-version", matchedAs: "exact", versionNumber: 2, versionCount: 3, start: 38 });
    const first = await addEvidence({
      actor: reviewer,
      claimId: claim.id,
      fields: { url: "https://example.org/wire", stance: "refutes", quote: "a later count said 238 Venezuelans" },
    });
    expect(first.quoteMatch).toMatchObject({ status: "earlier-version", matchedAs: "fuzzy", versionNumber: 1, versionCount: 3 });
    const current = await addEvidence({
      actor: reviewer,
      claimId: claim.id,
      fields: { url: "https://example.org/wire", stance: "refutes", quote: "The count was revised twice." },
    });
    expect(current.quoteMatch).toMatchObject({ status: "exact", start: 38 });
    const nowhere = await addEvidence({
      actor: reviewer,
      claimId: claim.id,
      fields: { url: "https://example.org/wire", stance: "refutes", quote: "more than 250 alleged gang members" },
    });
    expect(nowhere.quoteMatch).toEqual({ sourceId: source.id, sourceTitle: "Wire", status: "not-found", score: 0 });
  });

  it("lets only the author or an editor change evidence", async () => {
    const { reviewer, claim } = await setUp();
    const other = await createTestActor("reviewer");
    const item = await addEvidence({ actor: reviewer, claimId: claim.id, fields: { outlet: "Ministry", stance: "supports" } });
    await expect(removeEvidence({ actor: other, id: item.id, version: 1 })).rejects.toThrowError(/Only editors/);
  });
});

describe("independent verdicts", () => {
  it("hides others' verdicts from a reviewer until they record their own, and measures agreement", async () => {
    const { editor, reviewer, investigationId, claim } = await setUp();
    const second = await createTestActor("reviewer");
    await recordAssessment({ actor: editor, claimId: claim.id, verdictKey: "false" });
    expect(await listAssessmentsForViewer({ actor: reviewer, claimId: claim.id })).toMatchObject({ own: null, others: [], hiddenCount: 1 });
    await recordAssessment({ actor: reviewer, claimId: claim.id, verdictKey: "mostly-false" });
    expect((await listAssessmentsForViewer({ actor: reviewer, claimId: claim.id })).others).toHaveLength(1);
    await recordAssessment({ actor: second, claimId: claim.id, verdictKey: "false" });
    const agreement = await getAgreementByInvestigation({ actor: editor, investigationId });
    expect(agreement).toMatchObject({ claimsCompared: 1, raters: 3 });
    expect(agreement.percentAgreement).toBeCloseTo(1 / 3);
    expect(agreement.disagreements).toEqual([
      { claimId: claim.id, exact: "over 200 deportees", verdicts: expect.arrayContaining(["false", "mostly-false", "false"]) },
    ]);
  });
});

describe("approving against the claim's independent verdicts", () => {
  async function readyClaim() {
    const world = await setUp();
    await addEvidence({ actor: world.reviewer, claimId: world.claim.id, fields: { outlet: "Ministry statement", stance: "refutes" } });
    await updateClaimReview({
      actor: world.reviewer,
      id: world.claim.id,
      version: 1,
      changes: { verdictKey: "mostly-false", rationale: "The ministry counted 238." },
    });
    return world;
  }

  it("refuses an approval without a note when independent verdicts differ, naming them, and writes nothing", async () => {
    const { editor, reviewer, claim } = await readyClaim();
    await recordAssessment({ actor: reviewer, claimId: claim.id, verdictKey: "false" });
    await recordAssessment({ actor: editor, claimId: claim.id, verdictKey: "mostly-false" });
    for (const approvalNote of [undefined, "", "   "])
      await expect(updateClaimReview({ actor: editor, id: claim.id, version: 2, changes: { status: "approved", approvalNote } })).rejects.toThrowError(
        expect.objectContaining({
          code: "INVALID",
          fields: { approvalNote: expect.stringMatching(/^1 of 2 reviewers' independent verdicts differ: False \(.+\)\. Add a short note/) },
        }),
      );
    expect(await getClaimDetail({ actor: editor, id: claim.id })).toMatchObject({ status: "open", version: 2 });
  });

  it("approves with a note and records it, with what differed, in the claim's history", async () => {
    const { editor, reviewer, claim } = await readyClaim();
    await recordAssessment({ actor: reviewer, claimId: claim.id, verdictKey: "false" });
    const approved = await updateClaimReview({
      actor: editor,
      id: claim.id,
      version: 2,
      changes: { status: "approved", approvalNote: "  The ministry's own count is the better source.  " },
    });
    expect(approved.status).toBe("approved");
    const event = (await listClaimHistory({ actor: editor, claimId: claim.id })).find((entry) => entry.action === "claim.status-changed");
    expect(event?.data).toMatchObject({
      status: ["open", "approved"],
      approvalNote: "The ministry's own count is the better source.",
      disagreement: expect.stringMatching(/^The reviewer's independent verdict differs: False/),
    });
  });

  it("needs no note when the independent verdicts agree or there are none, and takes none outside an approval", async () => {
    const { editor, reviewer, claim } = await readyClaim();
    await expect(
      updateClaimReview({ actor: editor, id: claim.id, version: 2, changes: { status: "in-review", approvalNote: "Not an approval" } }),
    ).rejects.toThrowError(expect.objectContaining({ code: "INVALID", fields: { approvalNote: expect.any(String) } }));
    await recordAssessment({ actor: reviewer, claimId: claim.id, verdictKey: "mostly-false" });
    expect((await updateClaimReview({ actor: editor, id: claim.id, version: 2, changes: { status: "approved" } })).status).toBe("approved");
  });

  it("weighs the verdict being approved in the same request, not the one saved before", async () => {
    const { editor, reviewer, claim } = await readyClaim();
    await recordAssessment({ actor: reviewer, claimId: claim.id, verdictKey: "false" });
    // Setting the verdict and approving in one request is one person's work: four eyes off for this investigation.
    const { investigationId } = await getClaimDetail({ actor: editor, id: claim.id });
    const { version } = await getInvestigationById({ actor: editor, id: investigationId });
    await setInvestigationFourEyes({ actor: editor, id: investigationId, version, fourEyes: false });
    expect((await updateClaimReview({ actor: editor, id: claim.id, version: 2, changes: { verdictKey: "false", status: "approved" } })).status).toBe(
      "approved",
    );
  });
});
