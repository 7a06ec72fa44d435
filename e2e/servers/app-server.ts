import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { expect, type Browser, type Page } from "@playwright/test";
import { freePort } from "../setup/postgres-server.mjs";

/**
 * `npm start` (db/cli/start.mjs) as an operator runs it, on a free port and a fresh data
 * folder, for the tests of several servers or processes; the e2e server of the other specs
 * is not touched. The build is the one the e2e server made.
 */
export type AppServer = { url: string; process: ChildProcess; log: string[]; dataDir: string };

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
    if (answer?.ok) return { url, process: child, log, dataDir };
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

/** An answer of the API; `json()` is typed by the caller (objects made by the API have an `id`). */
export type ApiAnswer = { status: number; json<T = { id: string }>(): Promise<T> };

/**
 * The API of `server` with a bearer token: POST when a body is given, else GET, unless `method`
 * says otherwise. Each request opens its own connection, so that behind WORKERS=N consecutive requests go to different
 * processes (the cluster hands out connections in turn), not all down one kept-alive socket.
 */
export function apiOf(server: AppServer, token: string) {
  return (route: string, body?: unknown, { method, headers = {} }: { method?: string; headers?: Record<string, string> } = {}): Promise<ApiAnswer> =>
    new Promise((resolve, reject) => {
      const payload = body === undefined ? undefined : JSON.stringify(body);
      const request = http.request(
        `${server.url}/api/v1${route}`,
        {
          method: method ?? (payload ? "POST" : "GET"),
          agent: false,
          headers: {
            Authorization: `Bearer ${token}`,
            "Content-Type": "application/json",
            ...(payload ? { "Content-Length": String(Buffer.byteLength(payload)) } : {}),
            ...headers,
          },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on("data", (chunk: Buffer) => chunks.push(chunk));
          response.on("end", () => {
            const text = Buffer.concat(chunks).toString("utf8");
            resolve({ status: response.statusCode ?? 0, json: async <T>() => JSON.parse(text) as T });
          });
        },
      );
      request.on("error", reject);
      request.end(payload);
    });
}
