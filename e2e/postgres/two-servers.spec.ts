import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { freePort, startPostgres } from "../setup/postgres-server.mjs";
import { typescriptCli } from "../../db/cli/typescript-cli.mjs";

/**
 * Two app servers started with the same DATABASE_URL and nothing else shared (each its own
 * data folder, no AUTH_SECRET) work as one workspace: one first admin and one demo although
 * they start together, a session made on one is valid on the other, what is written on one
 * is read on the other, live updates cross from one to the other (LISTEN/NOTIFY), and
 * sign-in failures on one throttle the account on the other.
 */
type Server = { url: string; process: ChildProcess; log: string[] };
const admin = { email: "admin@two-servers.test", password: "two servers admin password" };
let postgres: Awaited<ReturnType<typeof startPostgres>>;
let servers: Server[] = [];
const dataDirs: string[] = [];

async function startServer(databaseUrl: string): Promise<Server> {
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "corroborate-server-"));
  dataDirs.push(dataDir);
  const log: string[] = [];
  const child = spawn(process.execPath, ["db/cli/start.mjs"], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      DATA_DIR: dataDir,
      PORT: String(port),
      AUTH_SECRET: "",
      ADMIN_EMAIL: admin.email,
      ADMIN_PASSWORD: admin.password,
      NEXT_TELEMETRY_DISABLED: "1",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (chunk) => log.push(String(chunk)));
  child.stderr!.on("data", (chunk) => log.push(String(chunk)));
  const url = `http://localhost:${port}`;
  for (const started = Date.now(); Date.now() - started < 90_000; await new Promise((resolve) => setTimeout(resolve, 250))) {
    if (child.exitCode !== null) throw new Error(`The server stopped (exit ${child.exitCode}):\n${log.join("")}`);
    const answer = await fetch(`${url}/signin`).catch(() => null);
    if (answer?.ok) return { url, process: child, log };
  }
  throw new Error(`The server did not start in 90 s:\n${log.join("")}`);
}

/** SIGTERM, then SIGKILL after 10 s (an open event stream can hold a graceful stop). */
async function stopServer(server: Server) {
  if (server.process.exitCode !== null) return;
  const exited = new Promise((resolve) => server.process.on("exit", resolve));
  server.process.kill("SIGTERM");
  const killer = setTimeout(() => server.process.kill("SIGKILL"), 10_000);
  await exited;
  clearTimeout(killer);
}

function usersCli(...args: string[]): string {
  return execFileSync(process.execPath, [...typescriptCli, "db/cli/users.ts", ...args], {
    env: { ...process.env, DATABASE_URL: postgres.url },
    encoding: "utf8",
  });
}

async function signIn(browser: Browser, server: Server, account: { email: string; password: string }): Promise<Page> {
  const page = await (await browser.newContext({ baseURL: server.url })).newPage();
  await page.goto("/signin");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("current-user")).toContainText(account.email);
  return page;
}

test.describe("two app servers on one PostgreSQL database", () => {
  test.describe.configure({ timeout: 180_000 });

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    postgres = await startPostgres({ database: "two_servers" });
    servers = await Promise.all([startServer(postgres.url), startServer(postgres.url)]);
  });

  test.afterAll(async () => {
    await Promise.all(servers.map(stopServer));
    postgres?.stop();
    for (const dir of dataDirs) fs.rmSync(dir, { recursive: true, force: true });
  });

  test("started together, they make one first admin and one demo, and a session from one is valid on the other", async ({ browser }) => {
    const [a, b] = servers as [Server, Server];
    expect(usersCli("list").match(/@/g)).toHaveLength(1);
    const onA = await signIn(browser, a, admin);
    const demos = onA.getByRole("link", { name: /Deportation flights/ });
    await expect(demos).toHaveCount(1);

    const onB = await (await browser.newContext({ baseURL: b.url })).newPage();
    await onB.context().addCookies((await onA.context().cookies()).map((cookie) => ({ ...cookie, domain: "localhost" })));
    await onB.goto("/");
    await expect(onB.getByTestId("current-user")).toContainText(admin.email);
    await onA.context().close();
    await onB.context().close();
  });

  test("a claim created on A is read on B, and a comment posted on A appears on B without a reload", async ({ browser }) => {
    const [a, b] = servers as [Server, Server];
    usersCli("add", "editor@two-servers.test", "--role", "editor", "--password", "two servers editor password");
    const token = usersCli("token", "editor@two-servers.test", "--name", "e2e").trim().split("\n").at(-1)!;
    const api = (server: Server, route: string, body?: unknown) =>
      fetch(`${server.url}/api/v1${route}`, {
        method: body ? "POST" : "GET",
        headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
        body: body ? JSON.stringify(body) : undefined,
      });
    const text = "Officials said 238 Venezuelans were on the flights.";
    const investigation = await (await api(a, "/investigations", { title: "Across servers" })).json();
    const source = await (await api(a, `/investigations/${investigation.id}/sources`, { title: "Wire", text })).json();
    const created = await api(a, `/sources/${source.id}/claims`, { start: text.indexOf("238"), end: text.indexOf("238") + "238 Venezuelans".length });
    expect(created.status).toBe(201);
    const claim = await created.json();

    const readOnB = await api(b, `/claims/${claim.id}`);
    expect(readOnB.status).toBe(200);
    expect(await readOnB.json()).toMatchObject({ id: claim.id, exact: "238 Venezuelans" });

    const editor = { email: "editor@two-servers.test", password: "two servers editor password" };
    const watcher = await signIn(browser, b, admin);
    await watcher.goto(`/sources/${source.id}?claim=${claim.id}`);
    const comments = watcher.getByTestId("checking-panel").getByRole("list", { name: "Comments" });
    await expect(watcher.getByTestId("checking-panel")).toBeVisible();

    const writer = await signIn(browser, a, editor);
    await writer.goto(`/sources/${source.id}?claim=${claim.id}`);
    await writer.getByRole("form", { name: "Add comment" }).getByLabel("Comment").fill("Posted on server A.");
    await writer.getByRole("button", { name: "Add comment" }).click();
    await expect(writer.getByTestId("checking-panel").getByRole("list", { name: "Comments" })).toContainText("Posted on server A.");

    await expect(comments).toContainText("Posted on server A.", { timeout: 15_000 });
    await writer.context().close();
    await watcher.context().close();
  });

  test("wrong passwords tried on A make the account wait on B too: sign-in throttling counts across servers", async ({ browser }) => {
    const [a, b] = servers as [Server, Server];
    const account = { email: "throttled@two-servers.test", password: "two servers throttled password" };
    usersCli("add", account.email, "--role", "reviewer", "--password", account.password);
    const tryOn = async (server: Server, password: string, expected: string | RegExp) => {
      const page = await (await browser.newContext({ baseURL: server.url })).newPage();
      await page.goto("/signin");
      await page.getByLabel("Email").fill(account.email);
      await page.getByLabel("Password").fill(password);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.getByTestId("form-message")).toHaveText(expected);
      await page.context().close();
    };
    // Seven failures, waiting out the delays after the fifth (2 s) and the sixth (4 s): the next attempt must wait 8 s.
    for (let i = 0; i < 7; i++) {
      if (i >= 5) await new Promise((resolve) => setTimeout(resolve, 2 ** (i - 4) * 1_000 + 100));
      await tryOn(a, `guess ${i}`, "That email and password do not match an active account.");
    }
    await tryOn(b, account.password, /^Too many failed sign-in attempts\. Wait \d+ seconds?, then try again\.$/);
  });
});
