import { and, eq, inArray, ne, sql } from "drizzle-orm";
import { anchorClaims, anchorClaimsInSteps, type Anchor, type ClaimSelectors } from "@/lib/anchoring";
import type { Transaction } from "../client";
import { db } from "../connection";
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

function toRow(claimId: string, sourceVersionId: string, anchor: Anchor) {
  return anchor.status === "orphan"
    ? { claimId, sourceVersionId, status: anchor.status, start: null, end: null, score: 0, reason: anchor.reason }
    : { claimId, sourceVersionId, status: anchor.status, start: anchor.start, end: anchor.end, score: anchor.score, reason: null };
}

function toAnchor(row: typeof claimAnchors.$inferSelect): Anchor {
  return row.status === "orphan" || row.start === null || row.end === null
    ? { status: "orphan", score: 0, reason: row.reason ?? "quote-not-found" }
    : { status: row.status, start: row.start, end: row.end, score: row.score };
}

/** What a claim's anchor depends on: its selectors and the version they describe. */
const selectorKey = (claim: ClaimRow) => JSON.stringify([claim.sourceVersionId, claim.exact, claim.prefix, claim.suffix, claim.start, claim.end]);

/** Anchors computed before the transaction that stores them, by claim id, with the selectors they were computed from. */
export type AnchorsAhead = Map<string, { key: string; anchor: Anchor }>;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Anchors every claim of the source on `text` ahead of saving it as a new version, in steps
 * across event-loop turns (`anchorClaimsInSteps`), so other requests are served meanwhile.
 */
export async function anchorClaimsAhead(sourceId: string, text: string): Promise<AnchorsAhead> {
  const rows = db().select().from(claims).where(eq(claims.sourceId, sourceId)).all();
  const steps = anchorClaimsInSteps(text, rows.map(selectorsOfClaim));
  let step = steps.next();
  while (!step.done) {
    await nextTurn();
    step = steps.next();
  }
  const anchors = step.value;
  return new Map(rows.map((row, index) => [row.id, { key: selectorKey(row), anchor: anchors[index]! }]));
}

/**
 * Stores where every claim of the source made on another version falls on `version`. Anchors
 * computed ahead are used when the claim's selectors are still those they were computed from;
 * claims added or re-selected since are anchored here, inside the transaction.
 */
export function storeAnchorsForVersion(tx: Transaction, sourceId: string, version: { id: string; text: string }, ahead: AnchorsAhead = new Map()): Anchor[] {
  const stale = tx.select().from(claims).where(and(eq(claims.sourceId, sourceId), ne(claims.sourceVersionId, version.id))).all();
  const fresh = (claim: ClaimRow) => ahead.get(claim.id)?.key === selectorKey(claim);
  const missing = stale.filter((claim) => !fresh(claim));
  const computed = new Map(anchorClaims(version.text, missing.map(selectorsOfClaim)).map((anchor, index) => [missing[index]!.id, anchor]));
  const anchors = stale.map((claim) => (fresh(claim) ? ahead.get(claim.id)!.anchor : computed.get(claim.id)!));
  // One prepared statement run per row: building a multi-row insert costs more than the writes.
  const insert = tx
    .insert(claimAnchors)
    .values({ claimId: sql.placeholder("claimId"), sourceVersionId: sql.placeholder("sourceVersionId"), status: sql.placeholder("status"), start: sql.placeholder("start"), end: sql.placeholder("end"), score: sql.placeholder("score"), reason: sql.placeholder("reason") })
    .onConflictDoNothing()
    .prepare();
  stale.forEach((claim, index) => insert.run(toRow(claim.id, version.id, anchors[index]!)));
  return anchors;
}

/** Forgets where a claim fell on other versions (its span was just re-selected on the current one). */
export function forgetAnchorsOfClaim(tx: Transaction, claimId: string): void {
  tx.delete(claimAnchors).where(eq(claimAnchors.claimId, claimId)).run();
}

/**
 * The anchor of each claim on `version`: exact for claims made on it, stored for the rest,
 * computed (and not stored: reads never write) when no row exists.
 */
export function anchorsOnVersion(reader: Reader, version: { id: string; text: string }, rows: readonly ClaimRow[]): Map<string, Anchor> {
  const result = new Map<string, Anchor>();
  const stale = rows.filter((claim) => claim.sourceVersionId !== version.id);
  for (const claim of rows) if (claim.sourceVersionId === version.id) result.set(claim.id, { status: "exact", start: claim.start, end: claim.end, score: 1 });
  for (let index = 0; index < stale.length; index += 500) {
    const ids = stale.slice(index, index + 500).map((claim) => claim.id);
    for (const row of reader.select().from(claimAnchors).where(and(eq(claimAnchors.sourceVersionId, version.id), inArray(claimAnchors.claimId, ids))).all()) result.set(row.claimId, toAnchor(row));
  }
  const missing = stale.filter((claim) => !result.has(claim.id));
  anchorClaims(version.text, missing.map(selectorsOfClaim)).forEach((anchor, index) => result.set(missing[index]!.id, anchor));
  return result;
}
