import { execFileSync } from "node:child_process";
import { expect, test } from "@playwright/test";
import { typescriptCli } from "../../db/cli/typescript-cli.mjs";
import { startPostgres } from "../setup/postgres-server.mjs";
import { apiClient } from "../api-client";
import { signInOn, startAppServer, stopAppServer, type AppServer } from "./app-server";

/**
 * Two app servers started with the same DATABASE_URL and nothing else shared (each its own
 * data folder, no AUTH_SECRET) work as one workspace: one first admin and one demo although
 * they start together, a session made on one is valid on the other, what is written on one
 * is read on the other, live updates cross from one to the other (LISTEN/NOTIFY), and
 * sign-in failures on one throttle the account on the other.
 */
const admin = { email: "admin@two-servers.test", password: "two servers admin password" };
let postgres: Awaited<ReturnType<typeof startPostgres>>;
let servers: AppServer[] = [];

function usersCli(...args: string[]): string {
  return execFileSync(process.execPath, [...typescriptCli, "db/cli/users.ts", ...args], {
    env: { ...process.env, DATABASE_URL: postgres.url },
    encoding: "utf8",
  });
}

test.describe("two app servers on one PostgreSQL database", () => {
  test.describe.configure({ timeout: 180_000 });

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    postgres = await startPostgres({ database: "two_servers" });
    const env = { DATABASE_URL: postgres.url, ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password };
    servers = await Promise.all([startAppServer(env), startAppServer(env)]);
  });

  test.afterAll(async () => {
    await Promise.all(servers.map(stopAppServer));
    postgres?.stop();
  });

  test("started together, they make one first admin and one demo, and a session from one is valid on the other", async ({ browser }) => {
    const [a, b] = servers as [AppServer, AppServer];
    expect(usersCli("list").match(/@/g)).toHaveLength(1);
    const onA = await signInOn(browser, a, admin);
    await onA.goto("/investigations");
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
    const [a, b] = servers as [AppServer, AppServer];
    usersCli("add", "editor@two-servers.test", "--role", "editor", "--password", "two servers editor password");
    const token = usersCli("token", "editor@two-servers.test", "--name", "e2e").trim().split("\n").at(-1)!;
    const api = (server: AppServer) => apiClient(token, { port: server.port });
    const text = "Officials said 238 Venezuelans were on the flights.";
    const investigation = await api(a).json("POST", "investigations", { title: "Across servers" });
    const source = await api(a).json("POST", `investigations/${investigation.id}/sources`, { title: "Wire", text });
    const created = await api(a).send("POST", `sources/${source.id}/claims`, {
      start: text.indexOf("238"),
      end: text.indexOf("238") + "238 Venezuelans".length,
    });
    expect(created.status).toBe(201);
    const claim = JSON.parse(created.text) as { id: string };

    const readOnB = await api(b).send("GET", `claims/${claim.id}`);
    expect(readOnB.status).toBe(200);
    expect(JSON.parse(readOnB.text)).toMatchObject({ id: claim.id, exact: "238 Venezuelans" });

    const editor = { email: "editor@two-servers.test", password: "two servers editor password" };
    const watcher = await signInOn(browser, b, admin);
    await watcher.goto(`/sources/${source.id}?claim=${claim.id}`);
    const comments = watcher.getByTestId("checking-panel").getByRole("list", { name: "Comments" });
    await expect(watcher.getByTestId("checking-panel")).toBeVisible();

    const writer = await signInOn(browser, a, editor);
    await writer.goto(`/sources/${source.id}?claim=${claim.id}`);
    await writer.getByRole("form", { name: "Add comment" }).getByLabel("Comment").fill("Posted on server A.");
    await writer.getByRole("button", { name: "Add comment" }).click();
    await expect(writer.getByTestId("checking-panel").getByRole("list", { name: "Comments" })).toContainText("Posted on server A.");

    await expect(comments).toContainText("Posted on server A.", { timeout: 15_000 });
    await writer.context().close();
    await watcher.context().close();
  });

  test("a claim assigned on A shows on the assignee's bell, open on B, without a reload", async ({ browser }) => {
    const [a, b] = servers as [AppServer, AppServer];
    usersCli("add", "desk@two-servers.test", "--role", "editor", "--password", "two servers desk password");
    const assignee = { email: "checker@two-servers.test", password: "two servers checker password" };
    usersCli("add", assignee.email, "--role", "reviewer", "--password", assignee.password, "--name", "Checker Across Servers");
    const token = usersCli("token", "desk@two-servers.test", "--name", "e2e").trim().split("\n").at(-1)!;
    const onA = apiClient(token, { port: a.port });
    const text = "Officials said 137 people were removed under the act.";
    const investigation = await onA.json("POST", "investigations", { title: "Bell across servers" });
    const source = await onA.json("POST", `investigations/${investigation.id}/sources`, { title: "Wire", text });
    const claim = await onA.json("POST", `sources/${source.id}/claims`, { start: text.indexOf("137"), end: text.indexOf("137") + "137 people".length });

    const bellPage = await signInOn(browser, b, assignee);
    const count = bellPage.getByRole("banner").getByTestId("unread-count");
    await expect(bellPage.getByRole("banner").getByRole("button", { name: "Notifications" })).toBeVisible();
    await expect(count).toHaveCount(0);
    const checkerToken = usersCli("token", assignee.email, "--name", "e2e").trim().split("\n").at(-1)!;
    const { id: checkerId } = await apiClient(checkerToken, { port: a.port }).json("GET", "me");
    await onA.json("PATCH", `claims/${claim.id}`, { assigneeId: checkerId }, { "If-Match": `"v${claim.version}"` });
    await expect(count).toHaveText("1", { timeout: 15_000 });
    await bellPage.context().close();
  });

  test("If-Match stays exact across servers: of 20 updates sent at once with one ETag, half to each server, one wins and 19 get 412", async () => {
    const [a, b] = servers as [AppServer, AppServer];
    usersCli("add", "racer@two-servers.test", "--role", "editor", "--password", "two servers racer password");
    const token = usersCli("token", "racer@two-servers.test", "--name", "e2e").trim().split("\n").at(-1)!;
    const text = "Officials said 261 people were on the flights.";
    const onA = apiClient(token, { port: a.port });
    const onB = apiClient(token, { port: b.port });
    const investigation = await onA.json("POST", "investigations", { title: "Racing" });
    const source = await onA.json("POST", `investigations/${investigation.id}/sources`, { title: "Wire", text });
    const claim = await onA.json("POST", `sources/${source.id}/claims`, { start: text.indexOf("261"), end: text.indexOf("261") + "261 people".length });
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, n) => (n % 2 ? onB : onA).send("PATCH", `claims/${claim.id}`, { rationale: `Update ${n}` }, { "If-Match": '"v1"' })),
    );
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, ...Array<number>(19).fill(412)]);
    const saved = await onB.json<{ version: number; rationale: string }>("GET", `claims/${claim.id}`);
    expect(saved.version).toBe(2);
    const winner = answers.findIndex((answer) => answer.status === 200);
    expect(saved.rationale).toBe(`Update ${winner}`);
  });

  test("wrong passwords tried on A make the account wait on B too: sign-in throttling counts across servers", async ({ browser }) => {
    const [a, b] = servers as [AppServer, AppServer];
    const account = { email: "throttled@two-servers.test", password: "two servers throttled password" };
    usersCli("add", account.email, "--role", "reviewer", "--password", account.password);
    const tryOn = async (server: AppServer, password: string, expected: string | RegExp) => {
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

  test("while the database is down, a page says so and the API answers 503; once it is back, Try again brings the page back", async ({ browser }) => {
    const [a] = servers as [AppServer, AppServer];
    const token = usersCli("token", admin.email, "--name", "outage").trim().split("\n").at(-1)!;
    const page = await signInOn(browser, a, admin);
    postgres.stop({ mode: "immediate", keep: true });
    try {
      await page.goto("/investigations");
      const notice = page.getByRole("alert").filter({ hasText: "This page could not be loaded" });
      await expect(notice).toBeVisible();
      await expect(notice).toContainText("If the database is restarting");
      const answer = await apiClient(token, { port: a.port }).send("GET", "me");
      expect(answer.status).toBe(503);
      expect(answer.headers["retry-after"]).toBe("5");
      expect(JSON.parse(answer.text)).toMatchObject({ error: { code: "UNAVAILABLE" } });
    } finally {
      postgres.restart();
    }
    // As a person would: "Try again" until the database answers (it is back within seconds).
    const tryAgain = page.getByRole("button", { name: "Try again" });
    await expect(async () => {
      if (await tryAgain.isVisible()) await tryAgain.click();
      await expect(page.getByRole("link", { name: /Deportation flights/ })).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 30_000 });
    await page.context().close();
  });
});
