import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, type Browser, type Page } from "@playwright/test";
import { freePort } from "../setup/postgres-server.mjs";

/**
 * `npm start` (db/cli/start.mjs) as an operator runs it, on a free port and a fresh data
 * folder, for the tests of several servers or processes; the e2e server of the other specs
 * is not touched. The build is the one the e2e server made.
 */
export type AppServer = { url: string; port: number; process: ChildProcess; log: string[]; dataDir: string };

export async function startAppServer(env: Record<string, string>): Promise<AppServer> {
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "corroborate-server-"));
  const log: string[] = [];
  const child = spawn(process.execPath, ["db/cli/start.mjs"], {
    env: { ...process.env, DATABASE_URL: "", AUTH_SECRET: "", DATA_DIR: dataDir, PORT: String(port), NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (chunk) => log.push(String(chunk)));
  child.stderr!.on("data", (chunk) => log.push(String(chunk)));
  const url = `http://localhost:${port}`;
  for (const started = Date.now(); Date.now() - started < 90_000; await new Promise((resolve) => setTimeout(resolve, 250))) {
    if (child.exitCode !== null) throw new Error(`The server stopped (exit ${child.exitCode}):\n${log.join("")}`);
    const answer = await fetch(`${url}/signin`).catch(() => null);
    if (answer?.ok) return { url, port, process: child, log, dataDir };
  }
  throw new Error(`The server did not start in 90 s:\n${log.join("")}`);
}

/** SIGTERM, then SIGKILL after 10 s (an open event stream can hold a graceful stop); removes its data folder. */
export async function stopAppServer(server: AppServer): Promise<void> {
  if (server.process.exitCode === null) {
    const exited = new Promise((resolve) => server.process.on("exit", resolve));
    server.process.kill("SIGTERM");
    const killer = setTimeout(() => server.process.kill("SIGKILL"), 10_000);
    await exited;
    clearTimeout(killer);
  }
  fs.rmSync(server.dataDir, { recursive: true, force: true });
}

/** A new browser context on `server`, signed in through the form. */
export async function signInOn(browser: Browser, server: AppServer, account: { email: string; password: string }): Promise<Page> {
  const page = await (await browser.newContext({ baseURL: server.url })).newPage();
  await page.goto("/signin");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("current-user")).toContainText(account.email);
  return page;
}
