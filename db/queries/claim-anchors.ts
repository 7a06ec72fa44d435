import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import { anchorClaims, anchorClaimsInSteps, anchorSelectorsInSteps, type Anchor, type ClaimSelectors, type PartialSelector } from "@/lib/anchoring";
import type { Database, Transaction } from "../client";
import { preparedOnce } from "../prepared";
import { claimAnchors, claims, type ClaimRow } from "../schema";

/**
 * Stored anchors: where each claim falls on each later version of its source. They are
 * computed once, in the transaction that saves the version (`storeAnchorsForVersion`), and
 * read back by the reader, the API and exports (`anchorsOnVersion`), which compute only what
 * is missing (versions saved before anchors were stored, claims whose span changed since).
 */
type Reader = Database;

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
    .prepare("claim_anchors_claim_selectors"),
);
const selectClaimVersions = preparedOnce((database) =>
  database
    .select({ id: claims.id, version: claims.version, sourceVersionId: claims.sourceVersionId })
    .from(claims)
    .where(eq(claims.sourceId, sql.placeholder("sourceId")))
    .prepare("claim_anchors_claim_versions"),
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
  const rows = await selectClaimSelectors().execute({ sourceId });
  const anchors = await anchorClaimsInTurns(text, rows.map(selectorsOfClaim));
  return new Map(rows.map((row, index) => [row.id, { version: row.version, anchor: anchors[index]! }]));
}

/** The columns of an anchor row, in the order `insertAnchorRows` takes their values. */
const anchorColumns = ["claimId", "sourceVersionId", "status", "start", "end", "score", "reason"] as const;

/**
 * Inserts of `size` anchor rows, each built once per connection (db/prepared.ts), leaving a
 * row already stored as it is. Value `i * 7 + k` is column `k` of row `i`, so a chunk's values
 * go in as one flat array, not an object with 3,500 names. Measured on 2,000 rows (SQLite,
 * busy machine, best of 10): 11 ms, against 39 ms for the same rows built by Drizzle on every
 * call and 10 ms for the raw better-sqlite3 statement per row this replaces.
 */
const insertAnchorRows = new Map(
  [500, 256, 128, 64, 32, 16, 8, 4, 2, 1].map((size) => [
    size,
    preparedOnce((database) =>
      database
        .insert(claimAnchors)
        .values(
          Array.from({ length: size }, (_, row) => ({
            claimId: sql.placeholder(String(row * 7)),
            sourceVersionId: sql.placeholder(String(row * 7 + 1)),
            status: sql.placeholder(String(row * 7 + 2)),
            start: sql.placeholder(String(row * 7 + 3)),
            end: sql.placeholder(String(row * 7 + 4)),
            score: sql.placeholder(String(row * 7 + 5)),
            reason: sql.placeholder(String(row * 7 + 6)),
          })),
        )
        .onConflictDoNothing()
        .prepare(`claim_anchors_insert_${size}`),
    ),
  ]),
);
const chunkSizes = [...insertAnchorRows.keys()];

/**
 * Stores `rows` in chunks of 500 (3,500 values: far below both engines' limit on bound values),
 * the rest in halving chunks: 4 statements for 2,000 rows, at most 8 more for a remainder.
 */
async function insertAnchors(rows: ReadonlyArray<typeof claimAnchors.$inferInsert>): Promise<void> {
  let next = 0;
  for (const size of chunkSizes) {
    const statement = insertAnchorRows.get(size)!;
    for (; rows.length - next >= size; next += size) {
      const values: unknown[] = [];
      for (const row of rows.slice(next, next + size)) for (const column of anchorColumns) values.push(row[column] ?? null);
      await statement().execute(values as unknown as Record<string, unknown>);
    }
  }
}

/**
 * Stores where every claim of the source made on another version falls on `version`. Anchors
 * computed ahead are used for claims still at the version they were computed at (every change
 * to a claim bumps it); claims added or changed since are anchored here, inside the
 * transaction. `tx` is the transaction that saves the version; the rows go in through
 * prepared multi-row inserts (`insertAnchors`) that leave a row already stored as it is.
 */
export async function storeAnchorsForVersion(
  tx: Transaction,
  sourceId: string,
  version: { id: string; text: string },
  ahead: AnchorsAhead = new Map(),
): Promise<Anchor[]> {
  const stale = (await selectClaimVersions().execute({ sourceId })).filter((claim) => claim.sourceVersionId !== version.id);
  const changed = new Set(stale.filter((claim) => ahead.get(claim.id)?.version !== claim.version).map((claim) => claim.id));
  const changedRows = changed.size ? (await selectClaimSelectors().execute({ sourceId })).filter((claim) => changed.has(claim.id)) : [];
  const computed = new Map(anchorClaims(version.text, changedRows.map(selectorsOfClaim)).map((anchor, index) => [changedRows[index]!.id, anchor]));
  const anchors = stale.map((claim) => computed.get(claim.id) ?? ahead.get(claim.id)!.anchor);
  const rows = stale.map((claim, index): typeof claimAnchors.$inferInsert => {
    const anchor = anchors[index]!;
    return anchor.status === "orphan"
      ? { claimId: claim.id, sourceVersionId: version.id, status: "orphan", start: null, end: null, score: 0, reason: anchor.reason }
      : { claimId: claim.id, sourceVersionId: version.id, status: anchor.status, start: anchor.start, end: anchor.end, score: anchor.score, reason: null };
  });
  void tx; // the prepared inserts run on `db()`, which is this transaction
  await insertAnchors(rows);
  return anchors;
}

/** Forgets where a claim fell on other versions (its span was just re-selected on the current one). */
export async function forgetAnchorsOfClaim(tx: Transaction, claimId: string): Promise<void> {
  await tx.delete(claimAnchors).where(eq(claimAnchors.claimId, claimId));
}

/**
 * The anchor of each claim on `version`: exact for claims made on it, stored for the rest,
 * computed (and not stored: reads never write) when no row exists.
 */
export async function anchorsOnVersion(
  reader: Reader,
  version: { id: string; text: string },
  rows: ReadonlyArray<Pick<ClaimRow, "id" | "sourceVersionId" | "exact" | "prefix" | "suffix" | "start" | "end">>,
): Promise<Map<string, Anchor>> {
  const result = new Map<string, Anchor>();
  const stale = rows.filter((claim) => claim.sourceVersionId !== version.id);
  for (const claim of rows) if (claim.sourceVersionId === version.id) result.set(claim.id, { status: "exact", start: claim.start, end: claim.end, score: 1 });
  for (let index = 0; index < stale.length; index += 500) {
    const ids = stale.slice(index, index + 500).map((claim) => claim.id);
    const stored = await reader
      .select()
      .from(claimAnchors)
      .where(and(eq(claimAnchors.sourceVersionId, version.id), inArray(claimAnchors.claimId, ids)));
    for (const row of stored) result.set(row.claimId, toAnchor(row));
  }
  const missing = stale.filter((claim) => !result.has(claim.id));
  anchorClaims(version.text, missing.map(selectorsOfClaim)).forEach((anchor, index) => result.set(missing[index]!.id, anchor));
  return result;
}
