import type BetterSqlite3 from "better-sqlite3";
import { expect } from "vitest";
import type { Role } from "@/lib/roles";
import type { ClaimModel } from "./model";

/** The database of a run: its connection, each person's role, the run's claims and the approved snapshots taken so far. */
export type Real = { client: BetterSqlite3.Database; roleOf: Map<string, Role>; claimIds: string[]; approved: Map<string, string> };

type ClaimRow = {
  id: string;
  exact: string;
  start: number;
  end: number;
  status: string;
  assignee_id: string | null;
  verdict_key: string | null;
  rationale: string;
  quantity_override: string | null;
  created_by: string;
  version: number;
};

export function readClaim(client: BetterSqlite3.Database, id: string): ClaimRow | undefined {
  return client.prepare("SELECT * FROM claims WHERE id = ?").get(id) as ClaimRow | undefined;
}

/** Everything of the run's claims that a step could write: rows, evidence, comments, verdicts, events. */
export function snapshotOf(run: Real): string {
  const rowsOf = (table: string) =>
    run.claimIds.map((id) =>
      run.client
        .prepare(`SELECT * FROM "${table}" WHERE ${table === "claims" ? "id" : table === "events" ? "subject_id" : "claim_id"} = ? ORDER BY rowid`)
        .all(id),
    );
  return JSON.stringify(["claims", "evidence", "comments", "assessments", "events"].map(rowsOf));
}

/** What an approval covers: the words, the figure, the verdict and rationale, the evidence. */
function approvedPartsOf(run: Real, row: ClaimRow): string {
  const evidence = run.client.prepare("SELECT id, url, outlet, quote, stance, accessed_at FROM evidence WHERE claim_id = ? ORDER BY rowid").all(row.id);
  return JSON.stringify([row.exact, row.start, row.end, row.quantity_override, row.verdict_key, row.rationale, evidence]);
}

/**
 * Walks each claim's history (events, oldest first) and checks who changed what, from the
 * history alone: a reviewer's assignment took an unassigned claim for themselves or released
 * their own; a reviewer's verdict or rationale change was on a claim they created, or one they
 * held by an editor's assignment or by taking it unassigned.
 */
function checkHistory(run: Real, claimId: string): void {
  const events = run.client.prepare("SELECT actor_id, action, data FROM events WHERE subject_id = ? ORDER BY id").all(claimId) as {
    actor_id: string;
    action: string;
    data: string | null;
  }[];
  let createdBy: string | null = null;
  let assignee: string | null = null;
  let isHeldRightly = false;
  for (const event of events) {
    const data = JSON.parse(event.data ?? "{}") as { assigneeId?: [string | null, string | null] };
    const isReviewer = run.roleOf.get(event.actor_id) === "reviewer";
    if (event.action === "claim.created") createdBy = event.actor_id;
    if (event.action === "claim.assigned") {
      const [before, after] = data.assigneeId!;
      if (isReviewer)
        expect([before, after], "a reviewer reassigned a claim").toSatisfy(
          () => (after === event.actor_id && before === null) || (after === null && before === event.actor_id),
        );
      assignee = after;
      isHeldRightly = after !== null && (!isReviewer || before === null);
    }
    if ((event.action === "claim.verdict-set" || event.action === "claim.rationale-changed") && isReviewer && event.actor_id !== createdBy) {
      expect({ assignee, isHeldRightly }, "a reviewer changed the verdict of a claim they neither created nor rightly held").toEqual({
        assignee: event.actor_id,
        isHeldRightly: true,
      });
    }
  }
}

/** The checks after every step: the model's state, the history's rules, and the approval lock. */
export function checkInvariants(model: ClaimModel[], run: Real): void {
  for (const claim of model) {
    const row = readClaim(run.client, claim.id);
    const snapshot = run.approved.get(claim.id);
    if (snapshot !== undefined) expect(row, "an approved claim was deleted").toBeDefined();
    if (claim.isDeleted) expect(row).toBeUndefined();
    else
      expect(row && { status: row.status, assigneeId: row.assignee_id, verdictKey: row.verdict_key, rationale: row.rationale, exact: row.exact }).toEqual({
        status: claim.status,
        assigneeId: claim.assigneeId,
        verdictKey: claim.verdictKey,
        rationale: claim.rationale,
        exact: claim.spans[claim.span],
      });
    checkHistory(run, claim.id);
    if (row?.status !== "approved") run.approved.delete(claim.id);
    else if (snapshot === undefined) run.approved.set(claim.id, approvedPartsOf(run, row));
    else expect(approvedPartsOf(run, row), "what was approved changed while the claim stayed approved").toBe(snapshot);
  }
}
