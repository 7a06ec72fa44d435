import { and, eq, inArray, ne } from "drizzle-orm";
import { anchorClaims, type Anchor, type ClaimSelectors } from "@/lib/anchoring";
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

/** Anchors every claim of the source made on another version on `version`, and stores the result. */
export function storeAnchorsForVersion(tx: Transaction, sourceId: string, version: { id: string; text: string }): Anchor[] {
  const stale = tx.select().from(claims).where(and(eq(claims.sourceId, sourceId), ne(claims.sourceVersionId, version.id))).all();
  const anchors = anchorClaims(version.text, stale.map(selectorsOfClaim));
  const rows = stale.map((claim, index) => toRow(claim.id, version.id, anchors[index]!));
  for (let index = 0; index < rows.length; index += 500) tx.insert(claimAnchors).values(rows.slice(index, index + 500)).onConflictDoNothing().run();
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
