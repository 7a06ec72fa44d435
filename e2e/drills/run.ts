/**
 * Drill runner: `npm run drill [-- name...] [--short]` (names: lost-updates, crash, backup, each also
 * on PostgreSQL as <name>-postgres, and database-restart, PostgreSQL's own; all by default). Runs each drill at its long size (or short), prints its
 * figures and checks, records each drill's run in `.bench/drills.json` (parameters,
 * figures, checks and the machine; other drills' last runs are kept) and ends with `N passed, N failed`; exit code 1 when a check failed or a drill
 * crashed.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { drills, printDrill, type DrillSize } from "./drills";
import type { DrillResult } from "./drill";

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const size: DrillSize = args.includes("--short") ? "short" : "long";
  const names = args.filter((arg) => !arg.startsWith("--"));
  const unknown = names.filter((name) => !(name in drills));
  if (unknown.length > 0) {
    console.error(`Unknown drill ${unknown.join(", ")}. Drills: ${Object.keys(drills).join(", ")}.`);
    return 2;
  }
  const loadAtStart = loadavg();
  const results: DrillResult[] = [];
  const crashed: Array<{ drill: string; error: string }> = [];
  for (const name of names.length > 0 ? names : Object.keys(drills)) {
    try {
      const result = await drills[name]!(size);
      printDrill(result);
      results.push(result);
    } catch (error) {
      console.error(`\n[${name}] crashed:`, error);
      crashed.push({ drill: name, error: String(error) });
    }
  }
  const checks = results.flatMap((result) => result.checks);
  const passed = checks.filter((check) => check.passed).length;
  const failed = checks.length - passed + crashed.length;
  // One entry per drill, kept across runs: running one drill replaces only its own entry.
  const file = ".bench/drills.json";
  const previous = existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as { drills?: Record<string, unknown> }) : {};
  const machine = { node: process.version, cpus: cpus().length, memoryGb: Math.round(totalmem() / 2 ** 30), loadAverageAtStart: loadAtStart };
  const runs = Object.fromEntries([
    ...results.map((result) => [result.drill, { at: new Date().toISOString(), size, ...machine, result }]),
    ...crashed.map(({ drill, error }) => [drill, { at: new Date().toISOString(), size, ...machine, crashed: error }]),
  ]);
  mkdirSync(".bench", { recursive: true });
  writeFileSync(file, JSON.stringify({ drills: { ...previous.drills, ...runs } }, null, 2) + "\n");
  console.log(`\n${passed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
