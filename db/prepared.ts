import { db } from "./connection";
import type { Database } from "./engines/types";

/**
 * A Drizzle statement built once per connection, for the queries that every request runs
 * (token check, creating and updating a claim, a claim's panel). Without it, Drizzle builds
 * the SQL text, and SQLite compiles it, again on every call: 0.1–0.3 ms a query, which was
 * most of the CPU a claim create cost beyond the framework's own (`npm run bench -- concurrency`).
 *
 * Values go in through `sql.placeholder(name)` and are given to `execute`. Contract: the
 * builder must not rely on values computed in JavaScript when the statement is built —
 * `$defaultFn` columns (ids, timestamps) would be computed once and reused — so a prepared
 * insert passes them as placeholders too (`newId()`, `now()`).
 *
 * A statement runs on the connection it was prepared on: `db()` gives the open
 * transaction's, so inside `writeTransaction` the statement is part of the transaction.
 * On PostgreSQL the `name` is the server-side statement's name; it must be unique.
 */
export function preparedOnce<T>(build: (database: Database) => T): () => T {
  const byConnection = new WeakMap<Database, T>();
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
