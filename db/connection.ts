import { AsyncLocalStorage } from "node:async_hooks";
import { getEngine, type Database, type Engine, type Transaction } from "./client";
import type { PgTable } from "drizzle-orm/pg-core";

/**
 * How queries reach the database. `db()` is where a statement goes: the open transaction of
 * the calling request when there is one (so a helper called inside a transaction reads what
 * it wrote), else the engine's shared connection. Every write runs in `writeTransaction`.
 */
let installed: Engine | undefined;

const chosen = new AsyncLocalStorage<Engine>();

/** The engine the queries use: the process-wide one, or the one a test installed or chose with `onEngine`. */
export function engine(): Engine {
  return chosen.getStore() ?? installed ?? getEngine();
}

/** For tests that play several app servers in one process: runs `work` with its queries on `other`. */
export function onEngine<T>(other: Engine, work: () => Promise<T>): Promise<T> {
  return chosen.run(other, work);
}

/** For unit tests and tools: makes the queries use `replacement` (undefined: the process-wide engine again). */
export function installEngine(replacement: Engine | undefined): void {
  installed = replacement;
}

type OpenTransaction = { tx: Transaction; afterCommit: Array<() => void> };
const current = new AsyncLocalStorage<OpenTransaction>();

export function db(): Database {
  return current.getStore()?.tx ?? engine().database;
}

/**
 * Runs `work` in one transaction and returns its result: all of its writes or none. Inside
 * another transaction it is a savepoint of that one. On SQLite, transactions run one at a
 * time (engines/sqlite.ts); on PostgreSQL at READ COMMITTED, where version-checked updates
 * (`where version = ?`) stay exact and rows read to decide a write are locked with
 * `forUpdate`. `work` must await only the database: anything slow inside holds the writer.
 */
export async function writeTransaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
  const outer = current.getStore();
  const active = engine();
  if (outer) {
    const pending: Array<() => void> = [];
    const result = await active.savepoint(outer.tx, (tx) => current.run({ tx, afterCommit: pending }, () => work(tx)));
    outer.afterCommit.push(...pending);
    return result;
  }
  const pending: Array<() => void> = [];
  const result = await active.transaction((tx) => current.run({ tx, afterCommit: pending }, () => work(tx)));
  for (const run of pending) run();
  return result;
}

/**
 * Runs `work` after the current write transaction commits, and never if it rolls back (for
 * what must not report a change that did not happen, such as the security log); at once when
 * no transaction is open.
 */
export function afterCommit(work: () => void): void {
  const open = current.getStore();
  if (open) open.afterCommit.push(work);
  else work();
}

/**
 * Locks the rows a select reads until the transaction ends, for a write that decides from
 * them. On PostgreSQL `FOR NO KEY UPDATE`: it excludes other writers of those rows but not
 * inserts that only reference them (keys are never updated here). With `of`, only that
 * table's rows of a join are locked. SQLite needs nothing: its writer is alone.
 */
export function forUpdate<Query extends PromiseLike<unknown>>(query: Query, of?: PgTable): Query {
  if (engine().kind !== "postgres") return query;
  return (query as unknown as { for(strength: "no key update", config?: { of: PgTable }): Query }).for("no key update", of ? { of } : undefined);
}

export const engineKind = () => engine().kind;
