import { beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { Actor } from "@/lib/permissions";
import { writeTransaction } from "../connection";
import { evidence } from "../schema";
import { fingerprintDatabase } from "../test-fingerprint";
import { createTestActor, installTestDatabase } from "../test-database";
import { recordAssessment } from "./assessments";
import { getClaimContext } from "./claim-context";
import { getClaimDetail, listClaimHistory } from "./claim-detail";
import { updateClaimReview } from "./claim-review";
import { createClaim, deleteClaim, updateClaimSpan } from "./claims";
import { addComment } from "./comments";
import { addEvidence, removeEvidence, updateEvidence } from "./evidence";
import { createFact, setQuantityCorrection, unlinkClaimFromFact } from "./facts";
import { createInvestigation } from "./investigations";
import { createSource } from "./sources";

const text = "Officials counted over 200 deportees. A later count said 238 Venezuelans.";
const correction = { low: 230, high: null, lowInclusive: true, highInclusive: false, hedge: "at-least", value: 230, unit: "deportees", text: "at least 230" };

beforeEach(async () => {
  await installTestDatabase();
});

/** Every row of every table (db/test-fingerprint.ts), hashed: a refusal must leave it unchanged. */
const fingerprint = fingerprintDatabase;

/** A claim by a reviewer, with evidence and a corrected figure, approved by an editor. */
async function approvedClaim() {
  const editor = await createTestActor("editor");
  const reviewer = await createTestActor("reviewer");
  const { id: investigationId } = await createInvestigation({ actor: editor, input: { title: "Flights" } });
  const source = await createSource({ actor: editor, investigationId, input: { title: "Wire", text } });
  const claim = await createClaim({ actor: reviewer, sourceId: source.id, sourceVersionId: source.currentVersionId, start: 18, end: 36 });
  const item = await addEvidence({ actor: reviewer, claimId: claim.id, fields: { outlet: "Ministry", stance: "refutes", quote: "238" } });
  await setQuantityCorrection({ actor: reviewer, claimId: claim.id, correction });
  const reviewed = await updateClaimReview({
    actor: reviewer,
    id: claim.id,
    version: claim.version,
    changes: { verdictKey: "mostly-false", rationale: "The list has 238 names." },
  });
  const approved = await updateClaimReview({ actor: editor, id: claim.id, version: reviewed.version, changes: { status: "approved" } });
  return { editor, reviewer, investigationId, source, claim: approved, item };
}

type World = Awaited<ReturnType<typeof approvedClaim>>;
const later = text.indexOf("238 Venezuelans");

/** Every change to what was approved, as a function of the acting user. */
const lockedChanges: Record<string, (world: World, actor: Actor) => Promise<unknown>> = {
  "move its span": ({ source, claim }, actor) =>
    updateClaimSpan({ actor, id: claim.id, version: claim.version, sourceVersionId: source.currentVersionId, start: later, end: later + 15 }),
  "correct its figure": ({ claim }, actor) => setQuantityCorrection({ actor, claimId: claim.id, correction: { ...correction, low: 240, value: 240 } }),
  "clear its figure's correction": ({ claim }, actor) => setQuantityCorrection({ actor, claimId: claim.id, correction: null }),
  "change its verdict": ({ claim }, actor) => updateClaimReview({ actor, id: claim.id, version: claim.version, changes: { verdictKey: "false" } }),
  "change its rationale": ({ claim }, actor) => updateClaimReview({ actor, id: claim.id, version: claim.version, changes: { rationale: "Another reason." } }),
  "add evidence": ({ claim }, actor) => addEvidence({ actor, claimId: claim.id, fields: { outlet: "Court", stance: "supports" } }),
  "edit its evidence": ({ item }, actor) => updateEvidence({ actor, id: item.id, version: item.version, fields: { outlet: "Court", stance: "supports" } }),
  "remove its evidence": ({ item }, actor) => removeEvidence({ actor, id: item.id, version: item.version }),
  "delete it": ({ claim }, actor) => deleteClaim({ actor, id: claim.id, version: claim.version }),
};

describe("an approved claim is locked in what was approved", () => {
  for (const [change, run] of Object.entries(lockedChanges)) {
    it(`refuses to ${change} for its creator and for editors, writing nothing`, async () => {
      const world = await approvedClaim();
      for (const actor of [world.reviewer, world.editor]) {
        const before = await fingerprint();
        await expect(run(world, actor)).rejects.toThrowError(
          expect.objectContaining({ code: "FORBIDDEN", message: expect.stringMatching(/^This claim is approved; an editor must reopen it before /) }),
        );
        expect(await fingerprint()).toBe(before);
      }
    });
  }

  it("still takes comments, independent verdicts, assignment and fact links", async () => {
    const { editor, reviewer, investigationId, claim } = await approvedClaim();
    await addComment({ actor: reviewer, claimId: claim.id, body: "Published today." });
    await recordAssessment({ actor: reviewer, claimId: claim.id, verdictKey: "false" });
    const assigned = await updateClaimReview({ actor: editor, id: claim.id, version: claim.version, changes: { assigneeId: reviewer.id } });
    const fact = await createFact({ actor: reviewer, investigationId, title: "People flown", claimIds: [claim.id] });
    await unlinkClaimFromFact({ actor: reviewer, factId: fact.id, claimId: claim.id });
    expect(await getClaimDetail({ actor: editor, id: claim.id })).toMatchObject({ status: "approved", verdictKey: "mostly-false", version: assigned.version });
  });

  it("opens again when an editor reopens it, and the history says who reopened it and whose approval that undid", async () => {
    const world = await approvedClaim();
    const { editor, reviewer, claim, item } = world;
    await expect(updateClaimReview({ actor: reviewer, id: claim.id, version: claim.version, changes: { status: "open" } })).rejects.toThrowError(
      /Only editors and admins can reopen/,
    );
    const reopened = await updateClaimReview({ actor: editor, id: claim.id, version: claim.version, changes: { status: "in-review" } });
    expect(reopened).toMatchObject({ status: "in-review", approvedBy: null, approvedAt: null });
    const [latest] = await listClaimHistory({ actor: reviewer, claimId: claim.id });
    expect(latest).toMatchObject({
      action: "claim.reopened",
      actorName: editor.name,
      data: { status: ["approved", "in-review"], approvedBy: editor.name, approvedAt: claim.approvedAt },
    });

    await updateEvidence({ actor: reviewer, id: item.id, version: item.version, fields: { outlet: "Court", stance: "supports" } });
    await updateClaimReview({ actor: reviewer, id: claim.id, version: reopened.version, changes: { verdictKey: "false" } });
    expect(await getClaimDetail({ actor: reviewer, id: claim.id })).toMatchObject({ verdictKey: "false", evidence: [{ outlet: "Court" }] });
  });

  it("lets an editor reopen and change the verdict in one request, recorded as a reopening and a verdict change", async () => {
    const { editor, claim } = await approvedClaim();
    await updateClaimReview({ actor: editor, id: claim.id, version: claim.version, changes: { status: "open", verdictKey: "false" } });
    expect(
      (await listClaimHistory({ actor: editor, claimId: claim.id }))
        .slice(0, 2)
        .map((event) => event.action)
        .sort(),
    ).toEqual(["claim.reopened", "claim.verdict-set"]);
  });

  it("is not approved on evidence that a change still in progress removes: the approval waits for it and then refuses", async () => {
    const world = await approvedClaim();
    const { editor, claim, item } = world;
    const reopened = await updateClaimReview({ actor: editor, id: claim.id, version: claim.version, changes: { status: "in-review" } });
    let locked!: () => void;
    let release!: () => void;
    const claimLocked = new Promise<void>((resolve) => (locked = resolve));
    const released = new Promise<void>((resolve) => (release = resolve));
    // What removing evidence does: read the claim (which locks it) in a transaction, delete, and (here) hold on before committing.
    const removing = writeTransaction(async (tx) => {
      await getClaimContext(claim.id);
      await tx.delete(evidence).where(eq(evidence.id, item.id));
      locked();
      await released;
    });
    await claimLocked;
    const approving = updateClaimReview({ actor: editor, id: claim.id, version: reopened.version, changes: { status: "approved" } });
    await new Promise((resolve) => setTimeout(resolve, 100));
    release();
    await removing;
    await expect(approving).rejects.toThrowError(expect.objectContaining({ code: "INVALID", message: expect.stringMatching(/evidence/) }));
    expect(await getClaimDetail({ actor: editor, id: claim.id })).toMatchObject({ status: "in-review", evidence: [] });
  });
});
