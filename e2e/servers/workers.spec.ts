import { execFileSync } from "node:child_process";
import { expect, test } from "@playwright/test";
import { typescriptCli } from "../../db/cli/typescript-cli.mjs";
import { apiClient } from "../api-client";
import { signInOn, startAppServer, stopAppServer, type AppServer } from "./app-server";

/**
 * `WORKERS=2 npm start` on SQLite: two server processes share one port and one database file.
 * Requests land on either process in turn, so comments sent one after another through the API
 * are written by both; a browser whose event stream lives in one process sees every one of
 * them without a reload (each process watches the events table for the other's).
 */
const admin = { email: "admin@workers.test", password: "workers admin password" };
let server: AppServer;

test.describe("two worker processes on one SQLite file", () => {
  test.describe.configure({ timeout: 180_000 });
  test.beforeAll(async () => {
    test.setTimeout(180_000);
    server = await startAppServer({ WORKERS: "2", ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password });
  });
  test.afterAll(async () => {
    if (server) await stopAppServer(server);
  });

  test("serve one workspace: every comment, whichever process wrote it, appears live in the open panel", async ({ browser }) => {
    const workers = server.log.join("").match(/Ready in/g) ?? [];
    expect(workers).toHaveLength(2);
    const token = execFileSync(process.execPath, [...typescriptCli, "db/cli/users.ts", "token", admin.email, "--name", "e2e"], {
      env: { ...process.env, DATA_DIR: server.dataDir, DATABASE_URL: "" },
      encoding: "utf8",
    })
      .trim()
      .split("\n")
      .at(-1)!;
    const api = apiClient(token, { port: server.port });
    const text = "Officials said 238 Venezuelans were on the flights.";
    const investigation = await api.json("POST", "investigations", { title: "Two workers" });
    const source = await api.json("POST", `investigations/${investigation.id}/sources`, { title: "Wire", text });
    const claim = await api.json("POST", `sources/${source.id}/claims`, { start: text.indexOf("238"), end: text.indexOf("238") + "238 Venezuelans".length });

    const page = await signInOn(browser, server, admin);
    await page.goto(`/sources/${source.id}?claim=${claim.id}`);
    const comments = page.getByTestId("checking-panel").getByRole("list", { name: "Comments" });
    await expect(page.getByTestId("checking-panel")).toBeVisible();
    // One at a time, each shown before the next is sent: about half are written by the process
    // that does not hold the page's event stream, and can only reach it through the events table.
    for (let n = 1; n <= 6; n++) {
      expect((await api.send("POST", `claims/${claim.id}/comments`, { body: `Comment number ${n}` })).status).toBe(201);
      await expect(comments).toContainText(`Comment number ${n}`);
    }
    await page.context().close();
  });

  test("every mention, whichever process wrote it, reaches the open bell of the person mentioned without a reload", async ({ browser }) => {
    const cli = (...args: string[]) =>
      execFileSync(process.execPath, [...typescriptCli, "db/cli/users.ts", ...args], {
        env: { ...process.env, DATA_DIR: server.dataDir, DATABASE_URL: "" },
        encoding: "utf8",
      });
    const reader = { email: "reader@workers.test", password: "workers reader password" };
    cli("add", reader.email, "--role", "reviewer", "--password", reader.password, "--name", "Reader Of Workers");
    const api = apiClient(cli("token", admin.email, "--name", "e2e").trim().split("\n").at(-1)!, { port: server.port });
    const text = "Officials said 23 Salvadorans were on the flights.";
    const investigation = await api.json("POST", "investigations", { title: "Bell with two workers" });
    const source = await api.json("POST", `investigations/${investigation.id}/sources`, { title: "Wire", text });
    const claim = await api.json("POST", `sources/${source.id}/claims`, { start: text.indexOf("23"), end: text.indexOf("23") + "23 Salvadorans".length });

    const page = await signInOn(browser, server, reader);
    const count = page.getByRole("banner").getByTestId("unread-count");
    await expect(page.getByRole("banner").getByRole("button", { name: "Notifications" })).toBeVisible();
    // One at a time: about half are written by the process that does not hold the bell's stream.
    for (let n = 1; n <= 4; n++) {
      expect((await api.send("POST", `claims/${claim.id}/comments`, { body: `@[Reader Of Workers] look, number ${n}` })).status).toBe(201);
      await expect(count).toHaveText(String(n));
    }
    await page.context().close();
  });
});
