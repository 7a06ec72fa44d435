import { and, eq, getTableName, inArray, sql } from "drizzle-orm";
import { anchorClaims, anchorClaimsInSteps, anchorSelectorsInSteps, type Anchor, type ClaimSelectors, type PartialSelector } from "@/lib/anchoring";
import type { Transaction } from "../client";
import { db } from "../connection";
import { preparedOnce } from "../prepared";
import { claimAnchors, claims, type ClaimRow } from "../schema";

/**
 * Stored anchors: where each claim falls on each later version of its source. They are
 * computed once, in the transaction that saves the version (`storeAnchorsForVersion`), and
 * read back by the reader, the API and exports (`anchorsOnVersion`), which compute only what
 * is missing (versions saved before anchors were stored, claims whose span changed since).
 */
type Reader = Transaction | ReturnType<typeof db>;

export function selectorsOfClaim(row: Pick<ClaimRow, "exact" | "prefix" | "suffix" | "start" | "end">): Required<ClaimSelectors> {
  return {
    quote: { type: "TextQuoteSelector", exact: row.exact, prefix: row.prefix, suffix: row.suffix },
    position: { type: "TextPositionSelector", start: row.start, end: row.end },
  };
}

function toAnchor(row: typeof claimAnchors.$inferSelect): Anchor {
  return row.status === "orphan" || row.start === null || row.end === null
    ? { status: "orphan", score: 0, reason: row.reason ?? "quote-not-found" }
    : { status: row.status, start: row.start, end: row.end, score: row.score };
}

/** Anchors computed before the transaction that stores them, by claim id, with the claim's version they were computed at. */
export type AnchorsAhead = Map<string, { version: number; anchor: Anchor }>;

/** The selectors of every claim of a source: only the columns anchoring needs (whole rows cost 4x as much to read). */
const selectClaimSelectors = preparedOnce((database) =>
  database
    .select({
      id: claims.id,
      version: claims.version,
      sourceVersionId: claims.sourceVersionId,
      exact: claims.exact,
      prefix: claims.prefix,
      suffix: claims.suffix,
      start: claims.start,
      end: claims.end,
    })
    .from(claims)
    .where(eq(claims.sourceId, sql.placeholder("sourceId")))
    .prepare(),
);
/**
 * The anchor insert as the connection's own better-sqlite3 statement, run once per claim:
 * 2,000 runs cost less than one `insert … select … from json_each(?)` reading the same rows
 * back out of JSON (6–8 vs 8–12 ms), and far less than Drizzle's per-call query building.
 */
const insertAnchorRow = preparedOnce((database) => {
  const { claimId, sourceVersionId, status, start, end, score, reason } = claimAnchors;
  const columns = [claimId, sourceVersionId, status, start, end, score, reason].map((column) => `"${column.name}"`);
  return database.$client.prepare(
    `insert or ignore into "${getTableName(claimAnchors)}" (${columns.join(", ")}) values (${columns.map(() => "?").join(", ")})`,
  );
});
const selectClaimVersions = preparedOnce((database) =>
  database
    .select({ id: claims.id, version: claims.version, sourceVersionId: claims.sourceVersionId })
    .from(claims)
    .where(eq(claims.sourceId, sql.placeholder("sourceId")))
    .prepare(),
);

/**
 * While a version is saved, anchoring gives the event loop back after about `turnBudgetMs` of
 * work: measured by the clock, not by a count of claims, because a claim that needs the
 * fuzzy search costs hundreds of times one confirmed in place, and a few of them in one
 * fixed-size step held other requests up for over 100 ms. The generator pauses every
 * `claimsPerStep` claims so the clock is read often enough.
 */
const turnBudgetMs = 8;
const claimsPerStep = 8;
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Runs a generator that pauses (yields) between small pieces of work to its end, giving the
 * event loop back whenever about `turnBudgetMs` have passed since it last did.
 */
export async function runInTurns<T>(steps: Generator<void, T>): Promise<T> {
  let turnStarted = performance.now();
  let step = steps.next();
  while (!step.done) {
    if (performance.now() - turnStarted >= turnBudgetMs) {
      await nextTurn();
      turnStarted = performance.now();
    }
    step = steps.next();
  }
  return step.value;
}

/** `anchorClaims` across event-loop turns (`anchorClaimsInSteps` driven by `runInTurns`): the same anchors. */
export function anchorClaimsInTurns(text: string, selectors: readonly ClaimSelectors[]): Promise<Anchor[]> {
  return runInTurns(anchorClaimsInSteps(text, selectors, claimsPerStep));
}

/** `anchorSelectors` (selectors from a file, context optional) across event-loop turns: the same anchors. */
export function anchorSelectorsInTurns(text: string, selectors: readonly PartialSelector[]): Promise<Anchor[]> {
  return runInTurns(anchorSelectorsInSteps(text, selectors, claimsPerStep));
}

/**
 * Anchors every claim of the source on `text` ahead of saving it as a new version, in steps
 * across event-loop turns (`anchorClaimsInTurns`), so other requests are served meanwhile.
 */
export async function anchorClaimsAhead(sourceId: string, text: string): Promise<AnchorsAhead> {
  const rows = selectClaimSelectors().all({ sourceId });
  const anchors = await anchorClaimsInTurns(text, rows.map(selectorsOfClaim));
  return new Map(rows.map((row, index) => [row.id, { version: row.version, anchor: anchors[index]! }]));
}

/**
 * Stores where every claim of the source made on another version falls on `version`. Anchors
 * computed ahead are used for claims still at the version they were computed at (every change
 * to a claim bumps it); claims added or changed since are anchored here, inside the
 * transaction. `tx` must be the transaction on the process's connection: the rows go in
 * through that connection's own prepared insert (`insertAnchorRow`), which is part of it.
 */
export function storeAnchorsForVersion(tx: Transaction, sourceId: string, version: { id: string; text: string }, ahead: AnchorsAhead = new Map()): Anchor[] {
  const stale = selectClaimVersions()
    .all({ sourceId })
    .filter((claim) => claim.sourceVersionId !== version.id);
  const changed = new Set(stale.filter((claim) => ahead.get(claim.id)?.version !== claim.version).map((claim) => claim.id));
  const changedRows = changed.size
    ? selectClaimSelectors()
        .all({ sourceId })
        .filter((claim) => changed.has(claim.id))
    : [];
  const computed = new Map(anchorClaims(version.text, changedRows.map(selectorsOfClaim)).map((anchor, index) => [changedRows[index]!.id, anchor]));
  void tx;
  const insert = insertAnchorRow();
  return stale.map((claim) => {
    const anchor = computed.get(claim.id) ?? ahead.get(claim.id)!.anchor;
    if (anchor.status === "orphan") insert.run(claim.id, version.id, anchor.status, null, null, 0, anchor.reason);
    else insert.run(claim.id, version.id, anchor.status, anchor.start, anchor.end, anchor.score, null);
    return anchor;
  });
}

/** Forgets where a claim fell on other versions (its span was just re-selected on the current one). */
export function forgetAnchorsOfClaim(tx: Transaction, claimId: string): void {
  tx.delete(claimAnchors).where(eq(claimAnchors.claimId, claimId)).run();
}

/**
 * The anchor of each claim on `version`: exact for claims made on it, stored for the rest,
 * computed (and not stored: reads never write) when no row exists.
 */
export function anchorsOnVersion(
  reader: Reader,
  version: { id: string; text: string },
  rows: ReadonlyArray<Pick<ClaimRow, "id" | "sourceVersionId" | "exact" | "prefix" | "suffix" | "start" | "end">>,
): Map<string, Anchor> {
  const result = new Map<string, Anchor>();
  const stale = rows.filter((claim) => claim.sourceVersionId !== version.id);
  for (const claim of rows) if (claim.sourceVersionId === version.id) result.set(claim.id, { status: "exact", start: claim.start, end: claim.end, score: 1 });
  for (let index = 0; index < stale.length; index += 500) {
    const ids = stale.slice(index, index + 500).map((claim) => claim.id);
    for (const row of reader
      .select()
      .from(claimAnchors)
      .where(and(eq(claimAnchors.sourceVersionId, version.id), inArray(claimAnchors.claimId, ids)))
      .all())
      result.set(row.claimId, toAnchor(row));
  }
  const missing = stale.filter((claim) => !result.has(claim.id));
  anchorClaims(version.text, missing.map(selectorsOfClaim)).forEach((anchor, index) => result.set(missing[index]!.id, anchor));
  return result;
}
