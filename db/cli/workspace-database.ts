import { env } from "@/lib/env";
import { isDatabaseUnavailable, redactDatabaseUrl } from "@/lib/database-unavailable";
import { getEngine } from "../client";

/** Where the workspace's data is, for messages: the file, or the PostgreSQL address without its password. */
export const databaseDescription = () => (env.databaseUrl ? redactDatabaseUrl(env.databaseUrl) : env.databasePath);

/**
 * For the command line: applies the committed migrations to the workspace's database. When
 * it cannot be reached, prints one line that says where and why (never the password) and
 * exits with status 1.
 */
export async function openWorkspaceDatabase(): Promise<void> {
  try {
    await getEngine().migrate();
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    const reason = error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
    console.error(`Cannot reach the database at ${databaseDescription()}: ${reason.replaceAll(env.databaseUrl ?? "\0", "***")}`);
    process.exit(1);
  }
}

/** Lets the process end: closes the pool or the SQLite connections. */
export async function closeWorkspaceDatabase(): Promise<void> {
  await getEngine().close();
}
