import { getTableColumns, getTableName } from "drizzle-orm";
import { createHash } from "node:crypto";
import { db, engine } from "./connection";
import * as tables from "./schema";
import type { Engine } from "./engines/types";

/**
 * For tests that prove a refusal wrote nothing: a SHA-256 of every row of every table, in an
 * order that does not depend on the engine (rows are sorted by their JSON form).
 *
 * Hashing every table is slow, and the security suites take two fingerprints per case, so the
 * last one is reused while the engine's write counter has not moved: SQLite's `total_changes()`
 * of the one connection that writes, PostgreSQL's next transaction id (a transaction that
 * writes takes one, rolled back or not). The counter can move without a change (a write rolled
 * back, another test database on the same PostgreSQL server); then the tables are hashed again.
 */
export async function fingerprintDatabase(): Promise<string> {
  const current = engine();
  const counter = await writeCounter(current);
  if (last?.engine === current && last.counter === counter) return last.fingerprint;
  const fingerprint = await hashEveryTable();
  last = (await writeCounter(current)) === counter ? { engine: current, counter, fingerprint } : undefined;
  return fingerprint;
}

let last: { engine: Engine; counter: string; fingerprint: string } | undefined;

async function writeCounter(current: Engine): Promise<string> {
  if (current.kind === "sqlite") return String((current.writer.prepare("SELECT total_changes() AS n").get() as { n: number }).n);
  const { rows } = await current.pool.query<{ next: string }>("SELECT pg_snapshot_xmax(pg_current_snapshot())::text AS next");
  return rows[0]!.next;
}

async function hashEveryTable(): Promise<string> {
  const hash = createHash("sha256");
  const all = Object.values(tables) as Array<typeof tables.users>;
  for (const table of all.sort((a, b) => getTableName(a).localeCompare(getTableName(b)))) {
    const rows = await db().select(getTableColumns(table)).from(table);
    hash.update(getTableName(table));
    for (const row of rows.map((row) => JSON.stringify(row)).sort()) hash.update(row);
  }
  return hash.digest("hex");
}
