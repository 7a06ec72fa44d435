import type { NodePgDatabase } from "drizzle-orm/node-postgres";
import type BetterSqlite3 from "better-sqlite3";
import type pg from "pg";
import type * as definition from "../schema/definition";

/**
 * What every query is written against: Drizzle's PostgreSQL builders over the one table
 * definition. On SQLite the same calls reach Drizzle's SQLite builders, whose query API is
 * the same for everything the queries use (select, insert … returning, update, delete, on
 * conflict, prepare/execute); the type keeps SQLite-only calls (`.get()`, `.run()`, sync
 * transactions) out of the queries. Every statement is awaited.
 */
export type Database = NodePgDatabase<typeof definition>;

/** Inside `writeTransaction`: the same API, bound to the transaction's connection. */
export type Transaction = Database;

type EngineBase = {
  /** Where statements outside a transaction go: SQLite's read-only connection, or the PostgreSQL pool. */
  readonly database: Database;
  /** Runs `work` in a transaction (see connection.ts for the guarantees); nested calls make savepoints. */
  transaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T>;
  savepoint<T>(tx: Transaction, work: (tx: Transaction) => Promise<T>): Promise<T>;
  /** Applies the committed migrations of this engine's dialect; a no-op when the schema is current. */
  migrate(): Promise<void>;
  /**
   * Runs `work` while no other process on this database runs its own `runAlone` (a PostgreSQL
   * session lock; SQLite's file has one preparing process): first-run set-up when several
   * servers start together.
   */
  runAlone<T>(work: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
};

export type SqliteEngine = EngineBase & { readonly kind: "sqlite"; readonly file: string; readonly writer: BetterSqlite3.Database };
export type PostgresEngine = EngineBase & { readonly kind: "postgres"; readonly pool: pg.Pool };
export type Engine = SqliteEngine | PostgresEngine;
