/**
 * `npm run test:e2e`: the browser tests in two passes over one build, each with a fresh
 * server: first the project `shared`, two specs at a time, then `alone`, the specs that need the
 * server to themselves (playwright.config.ts says which and why). Arguments go to both passes
 * (a spec file, `-g "name"`); the second pass runs even when the first failed, so one run shows
 * every failure. Exits non-zero when either pass failed.
 */
import { spawnSync } from "node:child_process";

const playwright = ["node_modules/@playwright/test/cli.js", "test", "--pass-with-no-tests"];
let failed = false;
for (const project of ["shared", "alone"]) {
  const { status, signal } = spawnSync(process.execPath, [...playwright, `--project=${project}`, ...process.argv.slice(2)], { stdio: "inherit" });
  if (signal) process.kill(process.pid, signal);
  if (status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
