import { getTableColumns, getTableName } from "drizzle-orm";
import { createHash } from "node:crypto";
import { db } from "./connection";
import * as tables from "./schema";

/**
 * For tests that prove a refusal wrote nothing: a SHA-256 of every row of every table, in an
 * order that does not depend on the engine (rows are sorted by their JSON form).
 */
export async function fingerprintDatabase(): Promise<string> {
  const hash = createHash("sha256");
  const all = Object.values(tables) as Array<typeof tables.users>;
  for (const table of all.sort((a, b) => getTableName(a).localeCompare(getTableName(b)))) {
    const rows = await db().select(getTableColumns(table)).from(table);
    hash.update(getTableName(table));
    for (const row of rows.map((row) => JSON.stringify(row)).sort()) hash.update(row);
  }
  return hash.digest("hex");
}
