import { createAccount, expect, signIn, test } from "./fixtures";

test("a reviewer creates a personal API token in Settings, uses it, and revokes it", async ({ page, request }) => {
  const reviewer = createAccount("reviewer");
  await signIn(page, reviewer);
  await page.getByRole("link", { name: "Settings" }).click();
  await page.getByRole("button", { name: "Create token" }).click();
  await expect(page.getByText("The name is required.")).toBeVisible();

  await page.getByLabel("Token name").fill("Spreadsheet sync");
  await page.getByRole("button", { name: "Create token" }).click();
  const token = (await page.getByTestId("new-token").textContent())!.trim();
  expect(token).toMatch(/^cor_[A-Za-z0-9_-]{43}$/);
  const item = page.getByRole("list", { name: "Your tokens" }).getByRole("listitem").filter({ hasText: "Spreadsheet sync" });
  await expect(item).toContainText("never used");
  await expect(item).not.toContainText(token);

  const investigations = await request.get("/api/v1/openapi.json");
  expect(investigations.ok()).toBe(true);
  const before = await request.get("/api/v1/investigations/none", { headers: { Authorization: `Bearer ${token}` } });
  expect(before.status()).toBe(404);
  expect(await (await request.get("/api/v1/me", { headers: { Authorization: `Bearer ${token}` } })).json()).toMatchObject({
    email: reviewer.email,
    role: "reviewer",
  });

  await item.getByRole("button", { name: "Revoke Spreadsheet sync" }).click();
  await expect(item).toContainText("Revoked");
  const after = await request.get("/api/v1/investigations/none", { headers: { Authorization: `Bearer ${token}` } });
  expect(after.status()).toBe(401);
  expect((await request.get("/api/v1/me", { headers: { Authorization: `Bearer ${token}` } })).status()).toBe(401);
});
