import { createAccount, createApiToken, expect, signIn, test } from "./fixtures";

test("a developer opens the API reference from Settings, reads an operation and tries GET /me with a token, all served from this workspace", async ({
  page,
  baseURL,
}) => {
  const reviewer = createAccount("reviewer");
  const token = createApiToken(reviewer);
  const foreignRequests: string[] = [];
  const blocked: string[] = [];
  page.on("request", (request) => {
    if (!request.url().startsWith(baseURL!) && !request.url().startsWith("data:")) foreignRequests.push(request.url());
  });
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) blocked.push(message.text());
  });

  await signIn(page, reviewer);
  await page.goto("/settings/tokens");
  await page.getByRole("link", { name: "API reference" }).click();
  await expect(page).toHaveURL(/\/api\/docs$/);
  await expect(page.getByRole("heading", { name: /Corroborate API/ })).toBeVisible();

  const operation = page.locator(".opblock").filter({ has: page.locator(".opblock-summary-path", { hasText: /^\/me$/ }) });
  await operation.locator(".opblock-summary").click();
  await expect(operation).toContainText("the account the token acts as", { ignoreCase: true });

  await page.getByRole("button", { name: "Authorize" }).first().click();
  await page.locator(".modal-ux input[type=text], .modal-ux input[type=password]").first().fill(token);
  await page.locator(".modal-ux .auth-btn-wrapper button", { hasText: "Authorize" }).click();
  await expect(page.locator(".modal-ux .auth-btn-wrapper button", { hasText: "Logout" })).toBeVisible();
  await page.locator(".modal-ux .auth-btn-wrapper button", { hasText: "Close" }).click();
  await operation.getByRole("button", { name: "Try it out" }).click();
  await operation.getByRole("button", { name: "Execute" }).click();
  await expect(operation.locator(".responses-wrapper .live-responses-table")).toContainText(reviewer.email);

  expect(foreignRequests).toEqual([]);
  expect(blocked).toEqual([]);
});

test("the API reference is public like the description, carries its own strict policy, and serves only its own assets", async ({ request }) => {
  const page = await request.get("/api/docs");
  expect(page.status()).toBe(200);
  const policy = page.headers()["content-security-policy"]!;
  expect(policy).toContain("default-src 'none'");
  expect(policy).toContain("script-src 'self'");
  expect(policy).toContain("connect-src 'self'");
  expect(policy).not.toMatch(/unsafe-eval|https?:/);
  expect(await page.text()).toContain('href="/api/v1/openapi.json"');

  const bundle = await request.get("/api/docs/assets/swagger-ui-bundle.js");
  expect(bundle.headers()["content-type"]).toBe("text/javascript; charset=utf-8");
  expect((await bundle.body()).length).toBeGreaterThan(500_000);
  for (const name of ["..%2F..%2Fpackage.json", "index.html", "swagger-ui-bundle.js.map", "%2Fetc%2Fpasswd"]) {
    expect((await request.get(`/api/docs/assets/${name}`)).status(), name).toBe(404);
  }
});
