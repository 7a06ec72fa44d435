import { env } from "@/lib/env";
import { checkpointInBackground } from "./checkpointer";
import { openPostgres } from "./engines/postgres";
import { openSqlite } from "./engines/sqlite";
import type { Engine } from "./engines/types";

export { openSqlite, openDatabaseFile } from "./engines/sqlite";
export { openPostgres } from "./engines/postgres";
export type { Database, Engine, PostgresEngine, SqliteEngine, Transaction } from "./engines/types";

// `next build` imports route modules while collecting page data: it must not create or
// open the real database then.
const isBuildPhase = process.env.NEXT_PHASE === "phase-production-build";
const globalForDb = globalThis as unknown as { corroborateEngine?: Engine };

/**
 * The process-wide engine (one per server process; reused across hot reloads): PostgreSQL
 * when `DATABASE_URL` is set, else SQLite in `DATA_DIR`, whose WAL checkpoints run in a
 * worker thread, off the request path (see checkpointer.ts).
 */
export function getEngine(): Engine {
  if (!globalForDb.corroborateEngine) {
    if (isBuildPhase) globalForDb.corroborateEngine = openSqlite(":memory:");
    else if (env.databaseUrl) globalForDb.corroborateEngine = openPostgres(env.databaseUrl, env.databasePoolSize);
    else {
      const engine = openSqlite(env.databasePath);
      checkpointInBackground(engine.writer, env.databasePath);
      globalForDb.corroborateEngine = engine;
    }
  }
  return globalForDb.corroborateEngine;
}
