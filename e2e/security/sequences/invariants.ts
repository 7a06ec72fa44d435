import { eq, inArray } from "drizzle-orm";
import { expect } from "vitest";
import { db } from "@/db/connection";
import { assessments, claims, comments, events, evidence, type ClaimRow } from "@/db/schema";
import type { Role } from "@/lib/roles";
import type { ClaimModel } from "./model";

/** The database of a run: each person's role, the run's claims and the approved snapshots taken so far (the queries' database is the installed test one). */
export type Real = { roleOf: Map<string, Role>; claimIds: string[]; approved: Map<string, string> };

/** The claim's row as it is now, or undefined when it was deleted. */
export async function readClaim(id: string): Promise<ClaimRow | undefined> {
  const [row] = await db().select().from(claims).where(eq(claims.id, id));
  return row;
}

/** Each table a step could write, read for the run's claims: rows by claim, then in the order they were made (ties by id); events by id. */
const rowsOfClaims: Array<(claimIds: string[]) => Promise<unknown[]>> = [
  async (claimIds) => db().select().from(claims).where(inArray(claims.id, claimIds)).orderBy(claims.id),
  async (claimIds) => db().select().from(evidence).where(inArray(evidence.claimId, claimIds)).orderBy(evidence.claimId, evidence.createdAt, evidence.id),
  async (claimIds) => db().select().from(comments).where(inArray(comments.claimId, claimIds)).orderBy(comments.claimId, comments.createdAt, comments.id),
  async (claimIds) =>
    db().select().from(assessments).where(inArray(assessments.claimId, claimIds)).orderBy(assessments.claimId, assessments.createdAt, assessments.id),
  async (claimIds) => db().select().from(events).where(inArray(events.subjectId, claimIds)).orderBy(events.id),
];

/** Everything of the run's claims that a step could write: rows, evidence, comments, verdicts, events. */
export async function snapshotOf(run: Real): Promise<string> {
  const snapshot: unknown[][] = [];
  for (const rowsOf of rowsOfClaims) snapshot.push(await rowsOf(run.claimIds));
  return JSON.stringify(snapshot);
}

/** What an approval covers: the words, the figure, the verdict and rationale, the evidence. */
async function approvedPartsOf(row: ClaimRow): Promise<string> {
  const items = await db()
    .select({ id: evidence.id, url: evidence.url, outlet: evidence.outlet, quote: evidence.quote, stance: evidence.stance, accessedAt: evidence.accessedAt })
    .from(evidence)
    .where(eq(evidence.claimId, row.id))
    .orderBy(evidence.createdAt, evidence.id);
  return JSON.stringify([row.exact, row.start, row.end, row.quantityOverride, row.verdictKey, row.rationale, items]);
}

/**
 * Walks each claim's history (events, oldest first) and checks who changed what, from the
 * history alone: a reviewer's assignment took an unassigned claim for themselves or released
 * their own; a reviewer's verdict or rationale change was on a claim they created, or one they
 * held by an editor's assignment or by taking it unassigned.
 */
async function checkHistory(run: Real, claimId: string): Promise<void> {
  const history = await db()
    .select({ actorId: events.actorId, action: events.action, data: events.data })
    .from(events)
    .where(eq(events.subjectId, claimId))
    .orderBy(events.id);
  let createdBy: string | null = null;
  let assignee: string | null = null;
  let isHeldRightly = false;
  for (const event of history) {
    const data = (event.data ?? {}) as { assigneeId?: [string | null, string | null] };
    const isReviewer = event.actorId !== null && run.roleOf.get(event.actorId) === "reviewer";
    if (event.action === "claim.created") createdBy = event.actorId;
    if (event.action === "claim.assigned") {
      const [before, after] = data.assigneeId!;
      if (isReviewer)
        expect([before, after], "a reviewer reassigned a claim").toSatisfy(
          () => (after === event.actorId && before === null) || (after === null && before === event.actorId),
        );
      assignee = after;
      isHeldRightly = after !== null && (!isReviewer || before === null);
    }
    if ((event.action === "claim.verdict-set" || event.action === "claim.rationale-changed") && isReviewer && event.actorId !== createdBy) {
      expect({ assignee, isHeldRightly }, "a reviewer changed the verdict of a claim they neither created nor rightly held").toEqual({
        assignee: event.actorId,
        isHeldRightly: true,
      });
    }
  }
}

/** The checks after every step: the model's state, the history's rules, and the approval lock. */
export async function checkInvariants(model: ClaimModel[], run: Real): Promise<void> {
  for (const claim of model) {
    const row = await readClaim(claim.id);
    const snapshot = run.approved.get(claim.id);
    if (snapshot !== undefined) expect(row, "an approved claim was deleted").toBeDefined();
    if (claim.isDeleted) expect(row).toBeUndefined();
    else
      expect(row && { status: row.status, assigneeId: row.assigneeId, verdictKey: row.verdictKey, rationale: row.rationale, exact: row.exact }).toEqual({
        status: claim.status,
        assigneeId: claim.assigneeId,
        verdictKey: claim.verdictKey,
        rationale: claim.rationale,
        exact: claim.spans[claim.span],
      });
    await checkHistory(run, claim.id);
    if (row?.status !== "approved") run.approved.delete(claim.id);
    else if (snapshot === undefined) run.approved.set(claim.id, await approvedPartsOf(row));
    else expect(await approvedPartsOf(row), "what was approved changed while the claim stayed approved").toBe(snapshot);
  }
}
