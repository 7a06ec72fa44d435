import { drills, printDrill, type DrillSize } from "./drills/drills";
import { expect, test } from "./fixtures";

/**
 * The reliability drills at their short size, on their own production servers (ports
 * 3221–3226 unless DRILL_PORT_BASE moves them, data under .drill-data/): the same code
 * `npm run drill` runs at full size. The database-restart drill starts a PostgreSQL server of its own.
 */
const size: DrillSize = "short";

async function runAndExpectEveryCheck(name: keyof typeof drills) {
  const result = await drills[name]!(size);
  printDrill(result);
  expect(result.checks.filter((check) => !check.passed)).toEqual([]);
}

test.describe("reliability drills (short)", () => {
  test.describe.configure({ timeout: 120_000 });

  test("reviewers saving at once lose no acknowledged change, and every refusal says why", async () => {
    await runAndExpectEveryCheck("lost-updates");
  });

  test("on PostgreSQL, reviewers saving at once lose no acknowledged change, and every refusal says why", async () => {
    await runAndExpectEveryCheck("lost-updates-postgres");
  });

  test("a server killed mid-write comes back with every acknowledged write and a sound database", async () => {
    await runAndExpectEveryCheck("crash");
  });

  test("on PostgreSQL, a server killed mid-write comes back with every acknowledged write", async () => {
    await runAndExpectEveryCheck("crash-postgres");
  });

  test("a backup taken while people write restores into a fresh workspace with every earlier write", async () => {
    await runAndExpectEveryCheck("backup");
  });

  test("on PostgreSQL, a pg_dump taken while people write restores with pg_restore into a new database with every earlier write", async () => {
    await runAndExpectEveryCheck("backup-postgres");
  });

  test("PostgreSQL crashing under a write burst loses no acknowledged write; the app servers answer 503, then recover by themselves", async () => {
    await runAndExpectEveryCheck("database-restart");
  });
});
