import { eq } from "drizzle-orm";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/connection";
import { recordAssessment } from "@/db/queries/assessments";
import { updateClaimReview } from "@/db/queries/claim-review";
import { createClaim, deleteClaim, updateClaimSpan } from "@/db/queries/claims";
import { addComment } from "@/db/queries/comments";
import { addEvidence, removeEvidence, updateEvidence } from "@/db/queries/evidence";
import { setQuantityCorrection } from "@/db/queries/facts";
import { createInvestigation } from "@/db/queries/investigations";
import { createSource } from "@/db/queries/sources";
import { evidence } from "@/db/schema";
import { createTestActor, installTestDatabase } from "@/db/test-database";
import { isAppError } from "@/lib/errors";
import type { Actor } from "@/lib/permissions";
import { checkInvariants, readClaim, snapshotOf, type Real } from "./sequences/invariants";
import { expectedOutcome, applyToModel, type ClaimModel, type Step } from "./sequences/model";

/**
 * The authorization table (authorization-table.ts) checks single steps. This checks
 * SEQUENCES of them: fast-check's model-based testing (`fc.commands`) runs random sequences of
 * reviewers' and an editor's steps on two claims — assign (take, release, hand over), set a
 * verdict, add/edit/remove evidence, move the span, correct the figure, approve, reopen, send
 * to review, delete, comment, record an independent verdict — through the real queries on the
 * test database (in-memory SQLite, or PostgreSQL in the postgres project). After each step:
 * - the outcome (done or refused) is the one the rules (sequences/model.ts) give, a refusal
 *   wrote nothing, and the claim's status, assignee and verdict are the model's;
 * - from the claim's HISTORY alone (sequences/invariants.ts): no reviewer changed the verdict
 *   or rationale of a claim they did not create unless they held it from an editor's
 *   assignment or took it unassigned; no reviewer reassigned a claim held by someone else;
 * - while a claim is approved, what was approved (span, figure, verdict, rationale, evidence)
 *   is what it was at approval, and the claim exists.
 */
const text = "Officials counted over 200 deportees on Sunday. A later list named 238 Venezuelans and 23 Salvadorans.";
/** Each claim moves between its own two spans, so no step makes a duplicate. */
const spansOf = [
  ["over 200 deportees", "200 deportees"],
  ["238 Venezuelans", "238"],
] as const;

let real: Omit<Real, "claimIds" | "approved">;
let people: Actor[];

beforeAll(async () => {
  await installTestDatabase();
  const editor = await createTestActor("editor");
  people = [editor, await createTestActor("reviewer"), await createTestActor("reviewer"), await createTestActor("reviewer")];
  real = { roleOf: new Map(people.map((person) => [person.id, person.role])) };
});

/**
 * A fresh investigation with two claims, one by each of the first two reviewers; the second
 * starts ready for approval (verdict, rationale, evidence), so that many runs approve a claim
 * early and go on acting on it.
 */
async function setUpRun(): Promise<{ model: ClaimModel[]; real: Real }> {
  const [editor, first, second] = people as [Actor, Actor, Actor];
  const { id: investigationId } = await createInvestigation({ actor: editor, input: { title: "Sequences" } });
  const source = await createSource({ actor: editor, investigationId, input: { title: "Wire", text } });
  const model: ClaimModel[] = [];
  for (const [index, author] of [first, second].entries()) {
    const spans = spansOf[index]!;
    const claim = await createClaim({
      actor: author,
      sourceId: source.id,
      sourceVersionId: source.currentVersionId,
      start: text.indexOf(spans[0]),
      end: text.indexOf(spans[0]) + spans[0].length,
    });
    model.push({
      id: claim.id,
      sourceVersionId: source.currentVersionId,
      createdBy: author.id,
      assigneeId: null,
      status: "open",
      verdictKey: null,
      rationale: "",
      verdictSetBy: null,
      evidence: [],
      spans,
      span: 0,
      isCorrected: false,
      isDeleted: false,
      assessments: {},
    });
  }
  const ready = model[1]!;
  const item = await addEvidence({ actor: second, claimId: ready.id, fields: { outlet: "Ministry", stance: "refutes" } });
  await updateClaimReview({ actor: second, id: ready.id, version: 1, changes: { verdictKey: "false", rationale: "The list has 238 names." } });
  Object.assign(ready, {
    verdictKey: "false",
    rationale: "The list has 238 names.",
    verdictSetBy: second.id,
    evidence: [{ id: item.id, createdBy: second.id }],
  });
  return { model, real: { ...real, claimIds: model.map((claim) => claim.id), approved: new Map() } };
}

const correction = { low: 230, high: null, lowInclusive: true, highInclusive: false, hedge: "at-least", value: 230, unit: "deportees", text: "at least 230" };

/** Runs one step through the real queries; "refused" for any AppError. */
async function perform(step: Step, claim: ClaimModel, actor: Actor, target: Actor | null): Promise<"done" | "refused"> {
  const version = (await readClaim(claim.id))?.version ?? 1;
  const item = claim.evidence[0];
  const [itemRow] = item ? await db().select({ version: evidence.version }).from(evidence).where(eq(evidence.id, item.id)) : [];
  const itemVersion = itemRow?.version ?? 1;
  const span = claim.spans[1 - claim.span]!;
  const runs: Record<Step["kind"], () => Promise<unknown>> = {
    assign: () => updateClaimReview({ actor, id: claim.id, version, changes: { assigneeId: target?.id ?? null } }),
    verdict: () => updateClaimReview({ actor, id: claim.id, version, changes: { verdictKey: step.verdictKey, rationale: step.rationale } }),
    approve: () => updateClaimReview({ actor, id: claim.id, version, changes: { status: "approved", approvalNote: step.rationale } }),
    reopen: () => updateClaimReview({ actor, id: claim.id, version, changes: { status: "open" } }),
    review: () => updateClaimReview({ actor, id: claim.id, version, changes: { status: "in-review" } }),
    addEvidence: () => addEvidence({ actor, claimId: claim.id, fields: { outlet: `Outlet ${step.verdictKey}`, stance: "refutes" } }),
    editEvidence: () =>
      updateEvidence({ actor, id: item?.id ?? "none", version: itemVersion, fields: { outlet: `Edited ${step.rationale}`, stance: "supports" } }),
    removeEvidence: () => removeEvidence({ actor, id: item?.id ?? "none", version: itemVersion }),
    moveSpan: () =>
      updateClaimSpan({
        actor,
        id: claim.id,
        version,
        sourceVersionId: claim.sourceVersionId,
        start: text.indexOf(span),
        end: text.indexOf(span) + span.length,
      }),
    correctFigure: () => setQuantityCorrection({ actor, claimId: claim.id, correction: claim.isCorrected ? null : correction }),
    delete: () => deleteClaim({ actor, id: claim.id, version }),
    comment: () => addComment({ actor, claimId: claim.id, body: "A note." }),
    assess: () => recordAssessment({ actor, claimId: claim.id, verdictKey: step.verdictKey }),
  };
  try {
    await runs[step.kind]();
    return "done";
  } catch (error) {
    if (!isAppError(error)) throw error;
    return "refused";
  }
}

class StepCommand implements fc.AsyncCommand<ClaimModel[], Real> {
  constructor(readonly step: Step) {}
  check = () => true;
  async run(model: ClaimModel[], run: Real): Promise<void> {
    const claim = model[this.step.claim]!;
    const actor = people[this.step.actor]!;
    const target = this.step.target === null || this.step.target === undefined ? null : people[this.step.target]!;
    const expected = expectedOutcome(this.step, claim, actor, target);
    // Read only before a step the rules refuse: any other refusal already fails on the outcome.
    const before = expected === "refused" ? await snapshotOf(run) : undefined;
    const outcome = await perform(this.step, claim, actor, target);
    expect(`${this.toString()}: ${outcome}`).toBe(`${this.toString()}: ${expected}`);
    if (outcome === "refused") expect(await snapshotOf(run), `${this.toString()} was refused but wrote`).toBe(before);
    else await applyToModel(this.step, claim, actor, target);
    await checkInvariants(model, run);
  }
  toString = () =>
    `${this.step.kind}(${["editor", "reviewer1", "reviewer2", "reviewer3"][this.step.actor] ?? "someone"} on claim ${this.step.claim}${this.step.target === undefined ? "" : ` → ${this.step.target === null ? "nobody" : this.step.target}`})`;
}

/** Approval and the steps that lead to it come up more often, and the editor acts often enough to approve and reopen. */
const kinds = [
  "assign",
  "assign",
  "verdict",
  "verdict",
  "approve",
  "approve",
  "approve",
  "reopen",
  "review",
  "addEvidence",
  "addEvidence",
  "editEvidence",
  "removeEvidence",
  "moveSpan",
  "correctFigure",
  "delete",
  "comment",
  "assess",
] as const;
const stepArbitrary = fc
  .record({
    kind: fc.constantFrom(...kinds),
    actor: fc.constantFrom(0, 0, 1, 2, 3),
    claim: fc.nat(1),
    target: fc.option(fc.nat(3), { nil: null }),
    verdictKey: fc.constantFrom("false", "mostly-false", "true"),
    rationale: fc.constantFrom("", "The list has 238 names.", "Counted twice."),
  })
  .map((step) => new StepCommand(step.kind === "assign" ? step : { ...step, target: undefined }));

describe("authorization over sequences of allowed steps", () => {
  it("keeps the assignment and approval rules whatever reviewers and editors do in turn", async () => {
    await fc.assert(
      fc.asyncProperty(fc.commands([stepArbitrary], { maxCommands: 40, size: "max" }), async (commands) => {
        await fc.asyncModelRun(setUpRun, commands);
      }),
      // About 2,000 steps, some 200 of them on an approved claim (measured 2026-12-07).
      { numRuns: 100 },
    );
  }, 120_000);
});
