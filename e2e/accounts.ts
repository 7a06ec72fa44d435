import { execFileSync, spawn } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { expect, type Page } from "@playwright/test";
import { e2eEnvironment } from "./setup/environment.mjs";
import { typescriptCli } from "../db/cli/typescript-cli.mjs";

export type Account = { email: string; password: string; role: "admin" | "editor" | "reviewer" };

/** The admin `npm start` creates on a fresh database; the specs that manage people sign in as it. */
export const seededAdmin: Account = { email: e2eEnvironment.ADMIN_EMAIL, password: e2eEnvironment.ADMIN_PASSWORD, role: "admin" };

let usersService: string | undefined;

/** The socket of this test worker's account service (e2e/setup/users-service.ts), started on first use. */
function usersServiceSocket(): string {
  if (usersService) return usersService;
  const socket = path.join(os.tmpdir(), `corroborate-users-${process.pid}.sock`);
  // Its standard input is its lifeline: it ends when this worker does, however the worker ends.
  const service = spawn(process.execPath, [...typescriptCli, "e2e/setup/users-service.ts", socket], {
    env: { ...process.env, ...e2eEnvironment },
    stdio: ["pipe", "ignore", "inherit"],
  });
  service.unref();
  (service.stdin as unknown as { unref(): void }).unref();
  usersService = socket;
  return socket;
}

/**
 * Runs `npm run users -- …` against the test server's database; returns its output, and throws
 * with its message when it exits with an error, as the command line does. The commands run in
 * this worker's account service, which answers in milliseconds where a process takes 1.5 s.
 */
export function usersCli(...args: string[]): string {
  return execFileSync(process.execPath, ["e2e/setup/users-client.mjs", usersServiceSocket()], { input: JSON.stringify(args), encoding: "utf8" });
}

let accountCounter = 0;

/** A new account for one test, made through the users CLI. */
export function createAccount(role: Account["role"]): Account {
  const email = `${role}-${Date.now().toString(36)}-${accountCounter++}@e2e.test`;
  const password = `password for ${email}`;
  usersCli("add", email, "--role", role, "--password", password, "--name", `${role[0]!.toUpperCase()}${role.slice(1)} ${accountCounter}`);
  return { email, password, role };
}

/** A personal API token for an account, made with `npm run users -- token`. */
export function createApiToken(account: Account): string {
  return usersCli("token", account.email, "--name", "e2e").trim().split("\n").at(-1)!;
}

/** Signs in through the form, as a person would, and waits for the workspace. */
export async function signIn(page: Page, account: Account) {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("current-user")).toContainText(account.email);
}
