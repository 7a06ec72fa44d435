import { eq, inArray, sql } from "drizzle-orm";
import { storedReadingOf } from "@/lib/quantities";
import type { Transaction } from "../client";
import { claims, sources } from "../schema";

/**
 * Reads every claim of an investigation again with its new tolerance for "about N" and
 * stores the readings, in the caller's transaction (the settings change that set the
 * tolerance). A stale reading is never used (see lib/quantities/stored-reading.ts), but
 * without this every export and fact page would read all the words again until each claim
 * was saved anew. Claims keep their version: the reading is derived from the words and the
 * settings, not a reviewer's change, so nobody's open form becomes stale because of it.
 */
export function rereadQuantitiesOfInvestigation(tx: Transaction, investigationId: string, tolerancePercent: number): number {
  const tolerance = tolerancePercent / 100;
  const rows = tx
    .select({ id: claims.id, exact: claims.exact })
    .from(claims)
    .where(inArray(claims.sourceId, tx.select({ id: sources.id }).from(sources).where(eq(sources.investigationId, investigationId))))
    .all();
  // One statement for all rows: thousands of single-row UPDATEs cost more than SQLite's writes.
  const readings = JSON.stringify(rows.map(({ id, exact }) => [id, storedReadingOf(exact, tolerance)]));
  tx.run(
    sql`update ${claims} set quantity_reading = json_extract(reading.value, '$[1]') from json_each(${readings}) as reading where ${claims.id} = json_extract(reading.value, '$[0]')`,
  );
  return rows.length;
}
