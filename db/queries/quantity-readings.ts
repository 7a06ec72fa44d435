import "server-only";
import { eq, inArray, sql } from "drizzle-orm";
import { storedReadingOf } from "@/lib/quantities";
import type { StoredReading } from "@/lib/quantities/stored-reading";
import type { Transaction } from "../client";
import { preparedOnce } from "../prepared";
import { claims, investigations, sources } from "../schema";
import { indexClaimsOfInvestigation } from "./search-index";

/** One claim's reading; the value goes through the column's JSON encoding, as in an insert. */
const updateReadingOfClaim = preparedOnce((database) =>
  database
    .update(claims)
    .set({ quantityReading: sql`${sql.param(sql.placeholder("reading"), claims.quantityReading)}` })
    .where(eq(claims.id, sql.placeholder("id")))
    .prepare("quantity_readings_update_claim"),
);

/** Ids per statement when claims share a reading: below both engines' limits on bound values. */
const idsPerUpdate = 1000;

/**
 * Reads every claim of an investigation again with its new tolerance for "about N" (each in
 * its source's language) and stores the readings, in the caller's transaction (the settings change that set the
 * tolerance). A stale reading is never used (see lib/quantities/stored-reading.ts), but
 * without this every export and fact page would read all the words again until each claim
 * was saved anew. Claims keep their version: the reading is derived from the words and the
 * settings, not a reviewer's change, so nobody's open form becomes stale because of it.
 * Returns how many claims were read.
 */
export async function rereadQuantitiesOfInvestigation(tx: Transaction, investigationId: string, tolerancePercent: number): Promise<number> {
  const rows = await tx
    .select({ id: claims.id, exact: claims.exact, language: sources.language })
    .from(claims)
    .innerJoin(sources, eq(sources.id, claims.sourceId))
    .where(eq(sources.investigationId, investigationId));
  await storeReadings(tx, rows, tolerancePercent / 100);
  // The figures are part of the claims' signatures ("checked before").
  await indexClaimsOfInvestigation(investigationId);
  return rows.length;
}

/**
 * Reads every claim of one source again in the source's `language` (ISO 639-1), with its
 * investigation's tolerance, and stores the readings, in the caller's transaction: the change
 * of a source's language calls it, so its claims' figures are read in the new language
 * ("unos 250" is approximately 250 in Spanish, exactly 250 in English). Returns how many
 * claims were read.
 */
export async function rereadQuantitiesOfSource(tx: Transaction, sourceId: string, language: string): Promise<number> {
  const rows = await tx
    .select({ id: claims.id, exact: claims.exact, tolerancePercent: investigations.approximateTolerancePercent })
    .from(claims)
    .innerJoin(sources, eq(sources.id, claims.sourceId))
    .innerJoin(investigations, eq(investigations.id, sources.investigationId))
    .where(eq(claims.sourceId, sourceId));
  if (rows.length === 0) return 0;
  await storeReadings(
    tx,
    rows.map(({ id, exact }) => ({ id, exact, language })),
    rows[0]!.tolerancePercent / 100,
  );
  return rows.length;
}

/** Reads each claim's words with `tolerance` in its language and stores the readings. */
async function storeReadings(tx: Transaction, rows: ReadonlyArray<{ id: string; exact: string; language: string }>, tolerance: number): Promise<void> {
  const byReading = new Map<string, { reading: StoredReading; ids: string[] }>();
  for (const { id, exact, language } of rows) {
    const reading = storedReadingOf(exact, tolerance, language);
    const key = JSON.stringify(reading);
    const group = byReading.get(key);
    if (group) group.ids.push(id);
    else byReading.set(key, { reading, ids: [id] });
  }
  // Claims that share a reading (all those without a figure) take one UPDATE per 1,000; each
  // other claim one run of a prepared UPDATE. On SQLite (2,000 claims, busy machine, best of
  // 10) the prepared runs took 12 ms, one UPDATE per 500 claims choosing each reading with a
  // CASE 63 ms (the CASE is searched for every row); reading the figures took 137 ms.
  for (const { reading, ids } of byReading.values()) {
    if (ids.length === 1) {
      await updateReadingOfClaim().execute({ id: ids[0], reading });
      continue;
    }
    for (let index = 0; index < ids.length; index += idsPerUpdate) {
      await tx
        .update(claims)
        .set({ quantityReading: reading })
        .where(inArray(claims.id, ids.slice(index, index + idsPerUpdate)));
    }
  }
}
