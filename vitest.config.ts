import { fileURLToPath } from "node:url";
import { defineConfig, type TestProjectInlineConfiguration } from "vitest/config";

const shared = {
  resolve: {
    alias: {
      "@": fileURLToPath(new URL("./", import.meta.url)),
      // db/queries are marked `import "server-only"`; tests run them on the server side, as Next does.
      "server-only": fileURLToPath(new URL("./node_modules/server-only/empty.js", import.meta.url)),
      // Server code under test translates as it would for a request (e2e/setup/next-intl-server.ts).
      "next-intl/server": fileURLToPath(new URL("./e2e/setup/next-intl-server.ts", import.meta.url)),
    },
  },
  test: {
    environment: "node",
    // The security log of code under test goes nowhere (lib/security-log.test.ts tests the lines).
    env: { SECURITY_LOG: "/dev/null" },
    pool: "forks",
    // Vitest leaves one of the two cores idle by default (cores − 1); the tests wait on PostgreSQL,
    // Chromium and fsync often enough that two files at a time take 6 minutes instead of 10.5.
    maxWorkers: 2,
  },
} satisfies TestProjectInlineConfiguration;

/** The tests that reach the database through the query layer run on both engines. */
const queryTests = ["db/**/*.test.ts", "e2e/security/**/*.test.ts"];
/** …except those about SQLite's own files and connections (backups, checkpoints, pragmas). */
const sqliteOnly = ["db/backup.test.ts", "db/cli/backup.test.ts", "db/checkpointer.test.ts", "db/engines/sqlite.test.ts"];

export default defineConfig({
  test: {
    projects: [
      {
        ...shared,
        test: {
          ...shared.test,
          name: "sqlite",
          include: ["lib/**/*.test.ts", "db/**/*.test.ts", "app/**/*.test.ts", "e2e/*.test.ts", "e2e/security/**/*.test.ts", "e2e/drills/**/*.test.ts"],
        },
      },
      {
        ...shared,
        test: {
          ...shared.test,
          name: "postgres",
          include: queryTests,
          exclude: [...sqliteOnly, "db/cli/*.test.ts", "e2e/security/dependencies.test.ts", "e2e/security/authorization-table.test.ts"],
          // A throw-away PostgreSQL server for the run (e2e/setup/postgres-server.mjs); each test file gets its own database.
          globalSetup: ["db/test-postgres/global-setup.ts"],
          setupFiles: ["db/test-postgres/use-server.ts"],
        },
      },
    ],
  },
});
