/**
 * The browser tests' server: `npm start` itself (so the tests also prove the newcomer path),
 * on a fresh, empty data folder, with a known first admin.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import { e2eEnvironment } from "./environment.mjs";

fs.rmSync(e2eEnvironment.DATA_DIR, { recursive: true, force: true });
const server = spawn(process.execPath, ["db/cli/start.mjs"], { stdio: "inherit", env: { ...process.env, ...e2eEnvironment } });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 1));
