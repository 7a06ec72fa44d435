import { execFileSync } from "node:child_process";
import { test as base, expect, type Browser, type Page } from "@playwright/test";
import { signIn } from "./accounts";
import { e2eEnvironment } from "./setup/environment.mjs";
import { newPerson, seedWorld, type Person, type World } from "./world";
import { typescriptCli } from "../db/cli/typescript-cli.mjs";

export { createAccount, createApiToken, seededAdmin, signIn, usersCli, type Account } from "./accounts";
export { newPerson, Person, seedSource, seedWorld, wireCopy, type World } from "./world";

type Fixtures = {
  /** A fresh admin, editor or reviewer for this test, with an API token, made through the users CLI. */
  admin: Person;
  editor: Person;
  reviewer: Person;
  /** A browser page signed in through the form as `admin`, `editor` or `reviewer`, each in its own browser context. */
  adminPage: Page;
  editorPage: Page;
  reviewerPage: Page;
  /** `editor`'s investigation with the wire copy and a claim on it, both by `reviewer` (see seedWorld). */
  world: World;
};

async function signedInPage(browser: Browser, person: Person, provide: (page: Page) => Promise<void>) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, person);
  await provide(page);
  await context.close();
}

/** Signs `person` in through the sign-in form as it reads for a browser that asks for Spanish (`test.use({ locale: "es-ES" })`). */
export async function signInInSpanish(page: Page, person: Person) {
  await page.goto("/signin");
  await page.getByLabel("Correo electrónico").fill(person.email);
  await page.getByLabel("Contraseña").fill(person.password);
  await page.getByRole("button", { name: "Iniciar sesión" }).click();
  await expect(page.getByTestId("current-user")).toContainText(person.email);
}

/** Playwright's test with the fixtures above; every fixture is made only when a test asks for it. */
export const test = base.extend<Fixtures>({
  // The second argument is Playwright's `use`, named so the React hooks lint leaves it alone.
  admin: async ({}, provide) => provide(newPerson("admin")),
  editor: async ({}, provide) => provide(newPerson("editor")),
  reviewer: async ({}, provide) => provide(newPerson("reviewer")),
  adminPage: async ({ browser, admin }, provide) => signedInPage(browser, admin, provide),
  editorPage: async ({ browser, editor }, provide) => signedInPage(browser, editor, provide),
  reviewerPage: async ({ browser, reviewer }, provide) => signedInPage(browser, reviewer, provide),
  world: async ({ editor, reviewer }, provide) => provide(await seedWorld(editor, reviewer)),
});
export { expect };

/** Saves a new version of a source's text (until the UI can edit sources). */
export function saveNewSourceVersion(sourceId: string, text: string): string {
  return execFileSync(process.execPath, [...typescriptCli, "e2e/setup/new-source-version.ts", sourceId], {
    env: { ...process.env, ...e2eEnvironment },
    input: text,
    encoding: "utf8",
  }).trim();
}

/** Counts what a script that ran would leave behind: dialogs opened, requests to other hosts. */
export function watchForScriptEffects(page: Page) {
  const effects = { dialogs: 0, outbound: [] as string[] };
  page.on("dialog", (dialog) => {
    effects.dialogs++;
    void dialog.dismiss();
  });
  page.on("request", (request) => {
    if (!request.url().startsWith("http://localhost")) effects.outbound.push(request.url());
  });
  return effects;
}
