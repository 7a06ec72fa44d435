import { db, engine } from "./connection";
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
 * On PostgreSQL the `name` is the server-side statement's name; it must be unique. There the
 * statement is built once on the pool and each transaction runs a copy bound to its connection.
 */
export function preparedOnce<T>(build: (database: Database) => T): () => T {
  const byConnection = new WeakMap<Database, T>();
  const builtOn = (database: Database) => {
    let statement = byConnection.get(database);
    if (statement === undefined) byConnection.set(database, (statement = build(database)));
    return statement;
  };
  return () => {
    const database = db();
    const statement = byConnection.get(database);
    if (statement !== undefined) return statement;
    const root = engine();
    // A PostgreSQL transaction is a new Drizzle object each time: rather than build the SQL
    // again for each one, the pool's statement is given the transaction's connection.
    if (root.kind !== "postgres" || database === root.database) return builtOn(database);
    const onTransaction = onConnectionOf(builtOn(root.database), database);
    byConnection.set(database, onTransaction);
    return onTransaction;
  };
}

/**
 * A copy of a node-postgres prepared query that runs on the connection of `transaction`
 * (drizzle-orm internals: the query's `client`, the transaction's `session.client`; pinned with
 * the package, and every query test on PostgreSQL runs through here). The statement's name is
 * kept: node-postgres prepares it once on each connection it runs on.
 */
function onConnectionOf<T>(statement: T, transaction: Database): T {
  const { client } = (transaction as unknown as { session: { client: unknown } }).session;
  // Never run a statement of the pool inside a transaction: it would run outside it.
  if (!client || typeof statement !== "object" || statement === null || !("client" in statement))
    throw new Error("preparedOnce: on PostgreSQL a prepared statement must be a node-postgres prepared query");
  return Object.assign(Object.create(Object.getPrototypeOf(statement) as object) as object, statement, { client }) as T;
}

export const newId = (): string => crypto.randomUUID();
export const now = (): string => new Date().toISOString();
