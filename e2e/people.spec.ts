import { seededAdmin, createAccount, createApiToken, expect, signIn, test, usersCli } from "./fixtures";

test.describe("people", () => {
  test("an admin adds a reviewer in Settings → People, who signs in with the generated password", async ({ page, browser }) => {
    await signIn(page, seededAdmin);
    await page.getByRole("link", { name: "Settings" }).click();
    await page.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: "People" }).click();
    const form = page.getByRole("form", { name: "Add person" });
    const email = `new-reviewer-${Date.now()}@e2e.test`;
    await form.getByLabel("Email").fill(email);
    await form.getByLabel("Name").fill("Rosa Reviewer");
    await form.getByRole("button", { name: "Add person" }).click();
    const message = page.getByTestId("form-message");
    await expect(message).toContainText(`Account created for ${email}`);
    const password = /shown once: (\S+)/.exec((await message.textContent()) ?? "")?.[1];
    expect(password).toMatch(/^[A-Za-z2-9]{20}$/);
    await expect(page.getByRole("row", { name: new RegExp(email) })).toContainText("Active");

    const context = await browser.newContext();
    const newcomer = await context.newPage();
    await signIn(newcomer, { email, password: password!, role: "reviewer" });
    await expect(newcomer.getByTestId("current-user")).toContainText("Rosa Reviewer");
    await context.close();
  });

  test("adding a person with a bad email says so at the field and keeps what was typed", async ({ page }) => {
    await signIn(page, seededAdmin);
    await page.goto("/settings/people");
    const form = page.getByRole("form", { name: "Add person" });
    await form.getByLabel("Email").fill("not-an-email");
    await form.getByLabel("Name").fill("Someone");
    await form.getByLabel("Role").selectOption({ label: "Editor" });
    await form.getByRole("button", { name: "Add person" }).click();
    await expect(form.getByText("Enter an email address like name@newsroom.org.")).toBeVisible();
    await expect(form.getByLabel("Email")).toHaveValue("not-an-email");
    await expect(form.getByLabel("Name")).toHaveValue("Someone");
    await expect(form.getByLabel("Role")).toHaveValue("editor");
    await expect(form.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
    await expect(form.getByLabel("Email")).toHaveAccessibleDescription("Enter an email address like name@newsroom.org.");
  });

  test("an admin changes someone's role in the list, and the list goes on showing the new role", async ({ page }) => {
    const reviewer = createAccount("reviewer");
    await signIn(page, seededAdmin);
    await page.goto("/settings/people");
    const role = page.getByLabel(`Role of ${reviewer.email}`);
    const saved = page.waitForResponse((response) => response.request().method() === "POST" && response.url().includes("/settings/people"));
    await role.selectOption({ label: "Editor" });
    await saved;
    expect(usersCli("list")).toMatch(new RegExp(`${reviewer.email.replace(/[.]/g, "\\.")}\teditor`));
    // The form resets after its action; the select must show the saved role, not the one it was first drawn with.
    await expect(role).toHaveValue("editor");
    await expect(role).not.toHaveAttribute("aria-invalid");
    await page.reload();
    await expect(role).toHaveValue("editor");
  });

  test("a reviewer cannot reach People", async ({ page }) => {
    await signIn(page, createAccount("reviewer"));
    await page.getByRole("link", { name: "Settings" }).click();
    await expect(page.getByRole("heading", { name: "API tokens" })).toBeVisible();
    await expect(page.getByRole("link", { name: "People" })).toHaveCount(0);
    await page.goto("/settings/people");
    await expect(page.getByRole("heading", { name: "Only admins manage people" })).toBeVisible();
    await expect(page.getByRole("form", { name: "Add person" })).toHaveCount(0);
  });

  test("a disabled reviewer is refused on their very next request", async ({ page, browser }) => {
    const reviewer = createAccount("reviewer");
    await signIn(page, reviewer);

    const adminContext = await browser.newContext();
    const adminPage = await adminContext.newPage();
    await signIn(adminPage, seededAdmin);
    await adminPage.goto("/settings/people");
    await adminPage.getByRole("button", { name: `Disable ${reviewer.email}` }).click();
    await expect(adminPage.getByRole("row", { name: new RegExp(reviewer.email) })).toContainText("Disabled");
    await adminContext.close();

    await page.reload();
    await expect(page).toHaveURL(/\/signin/);
    await expect(page.getByText("Your session has ended.")).toBeVisible();
    await page.getByLabel("Email").fill(reviewer.email);
    await page.getByLabel("Password").fill(reviewer.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByTestId("form-message")).toHaveText("That email and password do not match an active account.");
  });

  test("an editor demoted on the command line loses editor powers on the next request", async ({ page }) => {
    const editor = createAccount("editor");
    await signIn(page, editor);
    await page.goto("/investigations");
    await expect(page.getByRole("form", { name: "Start an investigation" })).toBeVisible();
    usersCli("set-role", editor.email, "reviewer");
    await page.reload();
    await expect(page).toHaveURL(/\/signin/);
    await signIn(page, editor);
    await expect(page.getByTestId("current-user")).toContainText("Reviewer");
    await page.goto("/investigations");
    await expect(page.getByRole("form", { name: "Start an investigation" })).toHaveCount(0);
  });

  test("a name with a right-to-left override is isolated, so it cannot reverse the words around it (plan T38)", async ({ page, browser }) => {
    const email = `bidi-${Date.now()}@e2e.test`;
    const password = `password for ${email}`;
    const name = "Ann \u202Efdp.exe";
    usersCli("add", email, "--role", "editor", "--password", password, "--name", name);
    await signIn(page, { email, password, role: "editor" });
    // In the header, and in every "by …" line, the name sits in its own <bdi>.
    await expect(page.getByTestId("current-user").locator("bdi")).toHaveText(name);
    const adminPage = await (await browser.newContext()).newPage();
    await signIn(adminPage, seededAdmin);
    await adminPage.goto("/settings/people");
    await expect(adminPage.locator("bdi").filter({ hasText: "fdp.exe" })).toHaveText(name);

    // A source's outlet beside its date, likewise.
    const headers = { Authorization: `Bearer ${createApiToken(seededAdmin)}` };
    const outlet = "Wire \u202Eelbairav";
    const investigationTitle = `Bidi ${Date.now()} \u202Etsil`;
    const sourceTitle = "Flights \u202Etroper";
    const investigation = await (await adminPage.request.post("/api/v1/investigations", { headers, data: { title: investigationTitle } })).json();
    const source = await (
      await adminPage.request.post(`/api/v1/investigations/${investigation.id}/sources`, {
        headers,
        data: { title: sourceTitle, outlet, publishedAt: "2025-03-16", text: "Officials said 238 people were flown out." },
      })
    ).json();
    await adminPage.goto(`/investigations/${investigation.id}`);
    await expect(adminPage.locator("bdi").filter({ hasText: "elbairav" })).toHaveText(outlet);

    // Titles too (issue 13): in the dashboard's list, the investigation's heading and its
    // source list, the source page's heading and breadcrumbs, and the page title.
    await expect(adminPage.getByRole("heading", { level: 1 }).locator("bdi")).toHaveText(investigationTitle);
    await expect(adminPage.getByRole("main").locator("li bdi").filter({ hasText: "troper" })).toHaveText(sourceTitle);
    await expect(adminPage).toHaveTitle(`\u2068${investigationTitle}\u2069 · Corroborate`);
    await adminPage.goto("/investigations");
    await expect(adminPage.getByRole("main").locator("bdi").filter({ hasText: investigationTitle })).toHaveText(investigationTitle);
    await adminPage.goto(`/sources/${source.id}`);
    await expect(adminPage.getByRole("heading", { level: 1 }).locator("bdi")).toHaveText(sourceTitle);
    await expect(adminPage.getByRole("navigation", { name: "Breadcrumb" }).locator("bdi").filter({ hasText: "tsil" })).toHaveText(investigationTitle);
    await expect(adminPage).toHaveTitle(`\u2068${sourceTitle}\u2069 · Corroborate`);
  });
});
