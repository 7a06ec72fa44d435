import { seededAdmin, createAccount, expect, signIn, test } from "./fixtures";

test.describe("signing in", () => {
  test("a fact-checker signs in, sees who they are, and signs out", async ({ page }) => {
    const reviewer = createAccount("reviewer");
    await signIn(page, reviewer);
    await expect(page.getByTestId("current-user")).toContainText("Reviewer");
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/signin/);
    await page.goto("/");
    await expect(page).toHaveURL(/\/signin/);
  });

  test("a wrong password and an unknown email get the same answer, and the email stays typed", async ({ page }) => {
    const messages: string[] = [];
    for (const attempt of [
      { email: seededAdmin.email, password: "not the password" },
      { email: "nobody-here@e2e.test", password: "not the password" },
    ]) {
      await page.goto("/signin");
      await page.getByLabel("Email").fill(attempt.email);
      await page.getByLabel("Password").fill(attempt.password);
      await page.getByRole("button", { name: "Sign in" }).click();
      const message = page.getByTestId("form-message");
      await expect(message).toBeVisible();
      messages.push((await message.textContent()) ?? "");
      await expect(page.getByLabel("Email")).toHaveValue(attempt.email);
    }
    expect(messages[0]).toBe("That email and password do not match an active account.");
    expect(messages[1]).toBe(messages[0]);
  });

  test("every workspace page sends a signed-out visitor to sign-in, then back where they were going", async ({ page }) => {
    for (const path of ["/", "/settings/people", "/investigations/anything", "/sources/anything"]) {
      await page.goto(path);
      await expect(page).toHaveURL(/\/signin/);
    }
    await page.goto("/settings/people");
    await page.getByLabel("Email").fill(seededAdmin.email);
    await page.getByLabel("Password").fill(seededAdmin.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/settings\/people$/);
    await expect(page.getByRole("heading", { name: "People" })).toBeVisible();
  });

  test("a sign-in link cannot send someone to another site", async ({ page }) => {
    await page.goto("/signin?callbackUrl=https%3A%2F%2Fevil.example%2F");
    await page.getByLabel("Email").fill(seededAdmin.email);
    await page.getByLabel("Password").fill(seededAdmin.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByTestId("current-user")).toBeVisible();
    await expect(page).toHaveURL(/localhost:\d+\/$/);
  });
});
