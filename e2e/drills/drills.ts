/**
 * The registered drills and their two sizes: `long` for `npm run drill` (the figures the
 * README reports), `short` for the e2e suite (e2e/drills.spec.ts), same code, small numbers.
 */
import { runBackupDrill } from "./backup-under-load";
import { runCrashDrill } from "./crash";
import { runDatabaseRestartDrill } from "./database-restart";
import { drillPort, type DrillResult } from "./drill";
import { runLostUpdateDrill } from "./lost-updates";

export type DrillSize = "long" | "short";

export const drills: Record<string, (size: DrillSize) => Promise<DrillResult>> = {
  "lost-updates": (size) => runLostUpdateDrill({ reviewers: size === "long" ? 20 : 5, operationsPerReviewer: size === "long" ? 200 : 20, port: drillPort(1) }),
  "lost-updates-postgres": (size) =>
    runLostUpdateDrill({
      reviewers: size === "long" ? 20 : 5,
      operationsPerReviewer: size === "long" ? 200 : 20,
      port: drillPort(1),
      engine: "postgres",
    }),
  crash: (size) => runCrashDrill({ cycles: size === "long" ? 200 : 3, port: drillPort(2) }),
  "crash-postgres": (size) => runCrashDrill({ cycles: size === "long" ? 50 : 3, port: drillPort(2), engine: "postgres" }),
  backup: (size) =>
    runBackupDrill({
      writers: size === "long" ? 8 : 3,
      warmUpMs: size === "long" ? 5_000 : 1_000,
      fillerSources: size === "long" ? 1000 : 10,
      port: drillPort(3),
      restoredPort: drillPort(4),
    }),
  "backup-postgres": (size) =>
    runBackupDrill({
      engine: "postgres",
      writers: size === "long" ? 8 : 3,
      warmUpMs: size === "long" ? 5_000 : 1_000,
      fillerSources: size === "long" ? 1000 : 10,
      port: drillPort(3),
      restoredPort: drillPort(4),
    }),
  "database-restart": (size) =>
    runDatabaseRestartDrill({
      writers: size === "long" ? 8 : 4,
      cycles: size === "long" ? 5 : 1,
      downMs: size === "long" ? 5_000 : 2_000,
      ports: [drillPort(5), drillPort(6)],
    }),
};

/** Prints a drill's parameters, figures and checks as it finishes. */
export function printDrill(result: DrillResult) {
  console.log(
    `\n▸ ${result.drill} (${Object.entries(result.parameters)
      .map(([key, value]) => `${key} ${value}`)
      .join(", ")})`,
  );
  const width = Math.max(...Object.keys(result.figures).map((key) => key.length));
  for (const [key, value] of Object.entries(result.figures))
    console.log(`  ${key.padEnd(width)}  ${typeof value === "number" ? value.toLocaleString("en") : value}`);
  for (const check of result.checks) console.log(`  ${check.passed ? "pass" : "FAIL"}  ${check.name}: ${check.value} (${check.target})`);
}
