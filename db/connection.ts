import { getDb, type DB } from "./client";

/**
 * The connection the queries use: the process-wide one, or the one a unit test installed
 * with `installDatabase` (an in-memory database with the real migrations applied).
 */
let override: DB | undefined;

export function db(): DB {
  return override ?? getDb();
}

export function installDatabase(database: DB | undefined): void {
  override = database;
}
