import type { DB } from "./client";
import { db } from "./connection";

/**
 * A Drizzle statement built and compiled once per connection, for the queries that every
 * request runs (token check, creating and updating a claim, a claim's panel). Without it,
 * Drizzle builds the SQL text and SQLite compiles it again on every call: 0.1–0.3 ms a
 * query, which was most of the CPU a claim create cost beyond the framework's own
 * (`npm run bench -- concurrency`).
 *
 * Values go in through `sql.placeholder(name)` and are given at each run. Contract: the
 * builder must not rely on values computed in JavaScript when the statement is built —
 * `$defaultFn` columns (ids, timestamps) would be computed once and reused — so a prepared
 * insert passes them as placeholders too (`newId()`, `now()`).
 *
 * A statement runs on the connection it was prepared on, so inside `writeTransaction` it is
 * part of the transaction. Tests that install another database get their own statements.
 */
export function preparedOnce<T>(build: (database: DB) => T): () => T {
  const byConnection = new WeakMap<DB, T>();
  return () => {
    const database = db();
    let statement = byConnection.get(database);
    if (statement === undefined) {
      statement = build(database);
      byConnection.set(database, statement);
    }
    return statement;
  };
}

export const newId = (): string => crypto.randomUUID();
export const now = (): string => new Date().toISOString();
