import fs from "node:fs";
import path from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { migrationsFolder } from "./migrations-folder";
import { serialQueue } from "./serial-queue";
import type { Database, SqliteEngine } from "./types";

/**
 * SQLite through better-sqlite3, whose statements are synchronous. Drizzle's own transactions
 * on it are synchronous too: an `await` inside one commits early (drizzle-orm #1472). So:
 *
 * - Writes go to one write connection, one transaction at a time, in arrival order (an async
 *   queue), as `BEGIN IMMEDIATE … COMMIT`. While one is open, no other request's statement
 *   can reach that connection.
 * - Statements outside a transaction go to a second, read-only connection. In WAL mode it
 *   reads the last committed state beside the writer, and a write there fails loudly
 *   instead of slipping outside a transaction.
 * - Several processes on one file (`WORKERS=N`) take turns on SQLite's write lock: a process
 *   that finds it taken retries `BEGIN IMMEDIATE` on a timer (up to `writeLockWaitMs`) instead
 *   of waiting in SQLite's busy handler, which would stop its event loop and its readers.
 *
 * An in-memory database (unit tests) has one connection for both.
 */
/** How long a transaction waits for another process's write lock before it fails with SQLITE_BUSY. */
const writeLockWaitMs = 5_000;

export function openSqlite(file: string): SqliteEngine {
  if (file !== ":memory:") fs.mkdirSync(path.dirname(file), { recursive: true });
  const writer = new BetterSqlite3(file);
  writer.pragma("journal_mode = WAL");
  writer.pragma("synchronous = NORMAL");
  writer.pragma("busy_timeout = 5000"); // while migrating; transactions wait on a timer (beginWriting)
  writer.pragma("foreign_keys = ON");
  const writeDatabase = drizzle(writer) as unknown as Database;

  let reader = writer;
  if (file !== ":memory:") {
    reader = new BetterSqlite3(file, { readonly: true });
    reader.pragma("busy_timeout = 5000");
  }
  const readDatabase = reader === writer ? writeDatabase : (drizzle(reader) as unknown as Database);
  const oneWriterAtATime = serialQueue();
  let savepoints = 0;

  /** Takes the write lock; another process holding it is waited for on a timer, 1 ms then doubling to 32 ms. */
  async function beginWriting() {
    writer.pragma("busy_timeout = 0");
    try {
      for (let waited = 0, pause = 1; ; waited += pause, pause = Math.min(pause * 2, 32)) {
        try {
          writer.exec("BEGIN IMMEDIATE");
          return;
        } catch (error) {
          if ((error as { code?: string }).code !== "SQLITE_BUSY" || waited >= writeLockWaitMs) throw error;
          await new Promise((resolve) => setTimeout(resolve, pause));
        }
      }
    } finally {
      writer.pragma("busy_timeout = 5000");
    }
  }

  return {
    kind: "sqlite",
    file,
    writer,
    database: readDatabase,
    transaction: (work) =>
      oneWriterAtATime(async () => {
        await beginWriting();
        try {
          const result = await work(writeDatabase);
          writer.exec("COMMIT");
          return result;
        } catch (error) {
          if (writer.inTransaction) writer.exec("ROLLBACK");
          throw error;
        }
      }),
    async savepoint(tx, work) {
      const name = `nested_${++savepoints}`;
      writer.exec(`SAVEPOINT ${name}`);
      try {
        const result = await work(tx);
        writer.exec(`RELEASE ${name}`);
        return result;
      } catch (error) {
        writer.exec(`ROLLBACK TO ${name}`);
        writer.exec(`RELEASE ${name}`);
        throw error;
      }
    },
    runAlone: (work) => work(),
    migrate: () => oneWriterAtATime(async () => migrate(drizzle(writer), { migrationsFolder: migrationsFolder("sqlite") })),
    async close() {
      if (reader !== writer) reader.close();
      writer.close();
    },
  };
}

/**
 * An existing database file opened as it is: no pragma changed, nothing created (throws
 * when the file is missing). For the backup tools: reading the live file beside the server,
 * and checking or finishing a backup copy.
 */
export function openDatabaseFile(file: string, { readonly }: { readonly: boolean }): BetterSqlite3.Database {
  return new BetterSqlite3(file, { readonly, fileMustExist: true, timeout: 5000 });
}
