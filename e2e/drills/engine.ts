/**
 * Which database a drill's child processes (seed, servers, background writer, backup and
 * restore) use, said explicitly: they would otherwise inherit the caller's DATABASE_URL, and a
 * SQLite drill run from a shell with DATABASE_URL set would write into that PostgreSQL database
 * while verifying its own DATA_DIR. An empty DATABASE_URL means SQLite (lib/env.ts, start.mjs).
 */
export type DrillEngine = { kind: "sqlite" } | { kind: "postgres"; url: string };

export const sqliteEngine: DrillEngine = { kind: "sqlite" };

/** The environment entries that put a child process on `engine`. */
export function engineEnvironment(engine: DrillEngine): { DATABASE_URL: string } {
  return { DATABASE_URL: engine.kind === "postgres" ? engine.url : "" };
}
