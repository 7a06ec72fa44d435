import { drizzle } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import pg from "pg";
import { migrationsFolder } from "./migrations-folder";
import type { Database, PostgresEngine } from "./types";

// count(*) and sums come back as int8 and numeric, which node-postgres gives as strings; the
// workspace's counts are far below 2^53, so they are read as numbers, as SQLite gives them.
pg.types.setTypeParser(pg.types.builtins.INT8, Number);
pg.types.setTypeParser(pg.types.builtins.NUMERIC, Number);

/** Any numbers: all servers that share a database take the same session locks. */
const migrationLockKey = 7_311_402_015;
const setUpLockKey = 7_311_402_016;

/**
 * PostgreSQL through a node-postgres pool. Transactions run at READ COMMITTED on one pooled
 * connection; a write that decides from a row it read first locks that row (`forUpdate`
 * in connection.ts). When every connection is busy, further requests wait in the pool's queue.
 * `migrations` is the folder of drizzle-kit migrations: the committed ones, or a test's copy.
 */
export function openPostgres(url: string, poolSize: number, migrations = migrationsFolder("postgres")): PostgresEngine {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, connectionTimeoutMillis: 10_000 });
  // An idle connection that the server closed (restart, failover) is dropped from the pool and
  // replaced on the next request; without a listener the error would end the process.
  pool.on("error", (error) => console.error(`PostgreSQL connection lost (${error.message}); the pool opens a new one when needed.`));
  const database = drizzle(pool) as unknown as Database;

  /** Holds the session lock `key` on one connection while `work` runs. */
  async function holdingLock<T>(key: number, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    try {
      await client.query("select pg_advisory_lock($1)", [key]);
      try {
        return await work(client);
      } finally {
        await client.query("select pg_advisory_unlock($1)", [key]);
      }
    } finally {
      client.release();
    }
  }

  return {
    kind: "postgres",
    pool,
    database,
    transaction: (work) => database.transaction(work),
    savepoint: (tx, work) => tx.transaction(work),
    // Migrations run in one transaction (a failure leaves the schema as it was), under a
    // session lock so that servers starting together apply them once.
    migrate: () => holdingLock(migrationLockKey, (client) => migrate(drizzle(client), { migrationsFolder: migrations })),
    runAlone: (work) => holdingLock(setUpLockKey, () => work()),
    close: () => pool.end(),
  };
}
