import { execFileSync } from "node:child_process";
import { expect, type Page } from "@playwright/test";
import { e2eEnvironment } from "./setup/environment.mjs";
import { typescriptCli } from "../db/cli/typescript-cli.mjs";

export type Account = { email: string; password: string; role: "admin" | "editor" | "reviewer" };

/** The admin `npm start` creates on a fresh database; the specs that manage people sign in as it. */
export const seededAdmin: Account = { email: e2eEnvironment.ADMIN_EMAIL, password: e2eEnvironment.ADMIN_PASSWORD, role: "admin" };

/** Runs `npm run users -- …` against the test server's database; returns its output. */
export function usersCli(...args: string[]): string {
  return execFileSync(process.execPath, [...typescriptCli, "db/cli/users.ts", ...args], {
    env: { ...process.env, ...e2eEnvironment },
    encoding: "utf8",
  });
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
