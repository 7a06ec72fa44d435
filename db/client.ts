import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { env } from "@/lib/env";
import { checkpointInBackground } from "./checkpointer";
import * as schema from "./schema";

/**
 * The only place that opens SQLite. WAL lets readers run beside the single writer; the
 * busy timeout makes a second writer wait instead of failing with SQLITE_BUSY.
 */
export type DB = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export function openDatabase(file: string): DB {
  if (file !== ":memory:") fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("foreign_keys = ON");
  return drizzle(sqlite, { schema });
}

/**
 * An existing database file opened as it is: no pragma changed, nothing created (throws
 * when the file is missing). For the backup tools: reading the live file beside the server,
 * and checking or finishing a backup copy. The app itself uses `openDatabase`.
 */
export function openDatabaseFile(file: string, { readonly }: { readonly: boolean }): Database.Database {
  return new Database(file, { readonly, fileMustExist: true, timeout: 5000 });
}

export const migrationsFolder = path.join(process.cwd(), "db", "migrations");

/** Applies the committed migrations in order; a no-op when the schema is current. */
export function applyMigrations(database: DB): void {
  migrate(database, { migrationsFolder });
}

/**
 * Runs `work` in a transaction that takes the write lock at BEGIN (IMMEDIATE), so two
 * writers queue on the busy timeout instead of one failing half-way with SQLITE_BUSY.
 */
export function writeTransaction<T>(database: DB, work: (tx: Transaction) => T): T {
  const enclosing = pendingAfterCommit;
  const pending: Array<() => void> = [];
  pendingAfterCommit = pending;
  let result: T;
  try {
    result = database.transaction(work, { behavior: "immediate" });
  } finally {
    pendingAfterCommit = enclosing;
  }
  if (enclosing) enclosing.push(...pending);
  else for (const run of pending) run();
  return result;
}

/** What runs once the current write transaction has committed (transactions here are synchronous). */
let pendingAfterCommit: Array<() => void> | null = null;

/**
 * Runs `work` after the current write transaction commits, and never if it rolls back (for
 * what must not report a change that did not happen, such as the security log); at once when
 * no transaction is open.
 */
export function afterCommit(work: () => void): void {
  if (pendingAfterCommit) pendingAfterCommit.push(work);
  else work();
}
export type Transaction = Parameters<Parameters<DB["transaction"]>[0]>[0];

// `next build` imports route modules while collecting page data: it must not create or
// open the real database file then.
const isBuildPhase = process.env.NEXT_PHASE === "phase-production-build";
const globalForDb = globalThis as unknown as { corroborateDb?: DB };

/**
 * The process-wide connection (one per server process; reused across hot reloads). Its WAL
 * checkpoints run in a worker thread, off the request path (see checkpointer.ts).
 */
export function getDb(): DB {
  if (!globalForDb.corroborateDb) {
    if (isBuildPhase) return (globalForDb.corroborateDb = openDatabase(":memory:"));
    const database = openDatabase(env.databasePath);
    checkpointInBackground(database.$client, env.databasePath);
    globalForDb.corroborateDb = database;
  }
  return globalForDb.corroborateDb;
}
