import { seededAdmin, createAccount, expect, signIn, test, usersCli, type Account } from "./fixtures";
import { send } from "./security/support";

/** A named token for `account`, made with the users CLI (its last line is the token). */
const tokenFor = (account: Account, name: string) => usersCli("token", account.email, "--name", name).trim().split("\n").at(-1)!;
/** What `GET /api/v1/me` answers to the token: 200 while it works, 401 once revoked. */
const statusOf = async (token: string) => (await send({ path: "/api/v1/me", headers: { Authorization: `Bearer ${token}` } })).status;

test.describe("an admin manages a person's API tokens", () => {
  test("an admin sees a person's tokens in Settings → People (never the token itself), revokes one, then all, and each then answers 401", async ({ page }) => {
    const person = createAccount("reviewer");
    const tokens = { cms: tokenFor(person, "Newsroom CMS"), script: tokenFor(person, "Nightly script"), sheet: tokenFor(person, "Spreadsheet") };
    expect(await statusOf(tokens.cms)).toBe(200); // used once, so "last used" has a time

    await signIn(page, seededAdmin);
    await page.goto("/settings/people");
    const row = page.getByRole("row", { name: new RegExp(person.email) });
    await row.getByText("3 active of 3").click();
    const list = row.getByRole("list", { name: `API tokens of ${person.email}` });
    await expect(list.getByRole("listitem")).toHaveCount(3);
    await expect(list.getByRole("listitem").filter({ hasText: "Newsroom CMS" })).toContainText("last used");
    await expect(list.getByRole("listitem").filter({ hasText: "Spreadsheet" })).toContainText("never used");
    const html = await page.content();
    for (const token of Object.values(tokens)) expect(html.includes(token.slice(4, 10)), "a part of a token in the page").toBe(false);

    await list.getByRole("button", { name: `Revoke Newsroom CMS of ${person.email}` }).click();
    await expect(row.getByRole("status").filter({ hasText: "1 API token was revoked." })).toBeVisible();
    await expect(list.getByRole("listitem").filter({ hasText: "Newsroom CMS" })).toContainText("Revoked");
    expect([await statusOf(tokens.cms), await statusOf(tokens.script), await statusOf(tokens.sheet)]).toEqual([401, 200, 200]);

    await row.getByRole("button", { name: `Revoke all API tokens of ${person.email}` }).click();
    await expect(row.getByRole("status").filter({ hasText: "2 API tokens were revoked." })).toBeVisible();
    expect([await statusOf(tokens.cms), await statusOf(tokens.script), await statusOf(tokens.sheet)]).toEqual([401, 401, 401]);
  });

  test("an admin resets a password in Settings → People: the confirmation says the tokens were revoked, the old token answers 401, the new password signs in", async ({
    page,
    browser,
  }) => {
    const person = createAccount("editor");
    const token = tokenFor(person, "Newsroom CMS");
    expect(await statusOf(token)).toBe(200);

    await signIn(page, seededAdmin);
    await page.goto("/settings/people");
    await page.getByRole("button", { name: `Reset the password of ${person.email}` }).click();
    const outcome = page.getByTestId(`outcome-${person.email}`);
    await expect(outcome).toContainText(`Password reset for ${person.email}; they are signed out everywhere. 1 API token was revoked.`);
    const password = /shown once: (\S+)/.exec((await outcome.textContent()) ?? "")?.[1];
    expect(password).toMatch(/^[A-Za-z2-9]{20}$/);
    expect(await statusOf(token)).toBe(401);

    const context = await browser.newContext();
    await signIn(await context.newPage(), { ...person, password: password! });
    await context.close();
  });

  test("disabling in Settings → People revokes the tokens for good: enabling the account again does not bring them back", async ({ page }) => {
    const person = createAccount("reviewer");
    const token = tokenFor(person, "Newsroom CMS");
    await signIn(page, seededAdmin);
    await page.goto("/settings/people");
    await page.getByRole("button", { name: `Disable ${person.email}` }).click();
    await expect(page.getByTestId(`outcome-${person.email}`)).toHaveText(`${person.email} is disabled and signed out. 1 API token was revoked.`);
    await page.getByRole("button", { name: `Enable ${person.email}` }).click();
    await expect(page.getByTestId(`outcome-${person.email}`)).toHaveText(`${person.email} is enabled again.`);
    expect(await statusOf(token)).toBe(401);
  });

  test("`npm run users -- reset-password` revokes the tokens and says so", async () => {
    const person = createAccount("reviewer");
    const token = tokenFor(person, "Newsroom CMS");
    expect(usersCli("reset-password", person.email, "--password", "a brand new password 1")).toContain("1 API token was revoked.");
    expect(await statusOf(token)).toBe(401);
    expect(usersCli("tokens", person.email)).toMatch(/^Newsroom CMS\t\S+\tnever used\trevoked$/m);
  });
});
