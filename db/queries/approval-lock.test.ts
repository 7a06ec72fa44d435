import { createHash } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/permissions";
import { createTestActor, installTestDatabase } from "../test-database";
import { recordAssessment } from "./assessments";
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

let database: ReturnType<typeof installTestDatabase>;
beforeEach(() => {
  database = installTestDatabase();
});

/** Every row of every table, hashed: a refusal must leave it unchanged. */
function fingerprint(): string {
  const hash = createHash("sha256");
  for (const { name } of database.$client.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]) {
    hash.update(name).update(JSON.stringify(database.$client.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all()));
  }
  return hash.digest("hex");
}

/** A claim by a reviewer, with evidence and a corrected figure, approved by an editor. */
async function approvedClaim() {
  const editor = await createTestActor("editor");
  const reviewer = await createTestActor("reviewer");
  const { id: investigationId } = createInvestigation({ actor: editor, input: { title: "Flights" } });
  const source = createSource({ actor: editor, investigationId, input: { title: "Wire", text } });
  const claim = createClaim({ actor: reviewer, sourceId: source.id, sourceVersionId: source.currentVersionId, start: 18, end: 36 });
  const item = addEvidence({ actor: reviewer, claimId: claim.id, fields: { outlet: "Ministry", stance: "refutes", quote: "238" } });
  setQuantityCorrection({ actor: reviewer, claimId: claim.id, correction });
  const reviewed = updateClaimReview({
    actor: reviewer,
    id: claim.id,
    version: claim.version,
    changes: { verdictKey: "mostly-false", rationale: "The list has 238 names." },
  });
  const approved = updateClaimReview({ actor: editor, id: claim.id, version: reviewed.version, changes: { status: "approved" } });
  return { editor, reviewer, investigationId, source, claim: approved, item };
}

type World = Awaited<ReturnType<typeof approvedClaim>>;
const later = text.indexOf("238 Venezuelans");

/** Every change to what was approved, as a function of the acting user. */
const lockedChanges: Record<string, (world: World, actor: Actor) => unknown> = {
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
        const before = fingerprint();
        expect(() => run(world, actor)).toThrowError(
          expect.objectContaining({ code: "FORBIDDEN", message: expect.stringMatching(/^This claim is approved; an editor must reopen it before /) }),
        );
        expect(fingerprint()).toBe(before);
      }
    });
  }

  it("still takes comments, independent verdicts, assignment and fact links", async () => {
    const { editor, reviewer, investigationId, claim } = await approvedClaim();
    addComment({ actor: reviewer, claimId: claim.id, body: "Published today." });
    recordAssessment({ actor: reviewer, claimId: claim.id, verdictKey: "false" });
    const assigned = updateClaimReview({ actor: editor, id: claim.id, version: claim.version, changes: { assigneeId: reviewer.id } });
    const fact = createFact({ actor: reviewer, investigationId, title: "People flown", claimIds: [claim.id] });
    unlinkClaimFromFact({ actor: reviewer, factId: fact.id, claimId: claim.id });
    expect(getClaimDetail({ actor: editor, id: claim.id })).toMatchObject({ status: "approved", verdictKey: "mostly-false", version: assigned.version });
  });

  it("opens again when an editor reopens it, and the history says who reopened it and whose approval that undid", async () => {
    const world = await approvedClaim();
    const { editor, reviewer, claim, item } = world;
    expect(() => updateClaimReview({ actor: reviewer, id: claim.id, version: claim.version, changes: { status: "open" } })).toThrowError(
      /Only editors and admins can reopen/,
    );
    const reopened = updateClaimReview({ actor: editor, id: claim.id, version: claim.version, changes: { status: "in-review" } });
    expect(reopened).toMatchObject({ status: "in-review", approvedBy: null, approvedAt: null });
    const [latest] = listClaimHistory({ actor: reviewer, claimId: claim.id });
    expect(latest).toMatchObject({
      action: "claim.reopened",
      actorName: editor.name,
      data: { status: ["approved", "in-review"], approvedBy: editor.name, approvedAt: claim.approvedAt },
    });

    updateEvidence({ actor: reviewer, id: item.id, version: item.version, fields: { outlet: "Court", stance: "supports" } });
    updateClaimReview({ actor: reviewer, id: claim.id, version: reopened.version, changes: { verdictKey: "false" } });
    expect(getClaimDetail({ actor: reviewer, id: claim.id })).toMatchObject({ verdictKey: "false", evidence: [{ outlet: "Court" }] });
  });

  it("lets an editor reopen and change the verdict in one request, recorded as a reopening and a verdict change", async () => {
    const { editor, claim } = await approvedClaim();
    updateClaimReview({ actor: editor, id: claim.id, version: claim.version, changes: { status: "open", verdictKey: "false" } });
    expect(
      listClaimHistory({ actor: editor, claimId: claim.id })
        .slice(0, 2)
        .map((event) => event.action)
        .sort(),
    ).toEqual(["claim.reopened", "claim.verdict-set"]);
  });
});
