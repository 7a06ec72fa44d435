import { expect, saveNewSourceVersion, seedSource, test } from "./fixtures";
import { longArticle } from "../lib/suggestions/fixtures";
import { ReaderPage } from "./pages/reader-page";

const articleText = `The United States sent over 200 deportees to El Salvador on 16 March 2025, officials said.

A later statement put the number at roughly 250 Venezuelans, held in a prison built for 40,000 inmates.

"Every one of them was checked," the minister said. Lawyers disputed the figure of over 200 deportees within 14 days.`;

const flights = { title: "Flights", outlet: "Example Wire", text: articleText };

test.describe("the reader", () => {
  test("a reviewer selects words with the mouse, adds a claim, and still sees it after a reload", async ({ editor, reviewerPage: page }) => {
    const source = await seedSource(editor, flights);
    const reader = new ReaderPage(page);
    await reader.goto(source.id);

    await reader.addClaimWithMouse("roughly 250 Venezuelans");
    await expect(reader.announcement).toHaveText("Claim added: roughly 250 Venezuelans");
    await expect(reader.openClaim).toContainText("Highlighted by");
    expect(await reader.highlightSize("claim-unchecked")).toBe(1);

    await page.reload();
    await expect(reader.claimList.getByRole("button")).toHaveCount(1);
    await expect(reader.claimList).toContainText("“roughly 250 Venezuelans”");
    await expect.poll(() => reader.highlightSize("claim-unchecked")).toBe(1);
  });

  test("a selection is trimmed of surrounding spaces before it becomes a claim", async ({ editor, editorPage: page }) => {
    const source = await seedSource(editor, flights);
    const reader = new ReaderPage(page);
    await reader.goto(source.id);
    await reader.selectWithMouse(" 40,000 inmates.");
    await page.getByRole("button", { name: /Add claim/ }).click();
    await expect(reader.claimList.getByRole("button")).toHaveAccessibleName("Claim 1 of 1: 40,000 inmates.");
  });

  test("a reviewer highlights a claim using only the keyboard, then moves between and deletes claims", async ({ editor, reviewerPage: page }) => {
    const source = await seedSource(editor, flights);
    const reader = new ReaderPage(page);
    await reader.goto(source.id);

    await reader.text.focus();
    await page.keyboard.press("Control+Home");
    for (let i = 0; i < "The United States".length; i++) await page.keyboard.press("Shift+ArrowRight");
    await page.keyboard.press("Enter");
    await expect(reader.announcement).toHaveText("Claim added: The United States");
    await reader.waitForCheckingPanel("The United States");

    await reader.addClaimWithMouse("14 days");
    await reader.text.focus();
    await page.keyboard.press("]");
    await expect(reader.announcement).toHaveText("Claim: The United States");
    await expect(reader.claimList.getByRole("button", { name: /The United States/ })).toHaveAttribute("aria-current", "true");
    await page.keyboard.press("]");
    await expect(reader.announcement).toHaveText("Claim: 14 days");
    await page.keyboard.press("[");
    await expect(reader.announcement).toHaveText("Claim: The United States");

    await page.keyboard.press("Delete");
    const dialog = page.getByRole("alertdialog");
    await expect(dialog).toContainText("“The United States”");
    await dialog.getByRole("button", { name: "Delete claim" }).click();
    await expect(reader.announcement).toHaveText("Claim deleted: The United States");
    await expect(reader.claimList.getByRole("button")).toHaveCount(1);
    await page.reload();
    await expect(reader.claimList.getByRole("button")).toHaveCount(1);
  });

  test("two overlapping claims are both drawn and both reachable from a click", async ({ editor, editorPage: page }) => {
    const source = await seedSource(editor, flights);
    const reader = new ReaderPage(page);
    await reader.goto(source.id);
    await reader.addClaimWithMouse("over 200 deportees to El Salvador");
    await reader.addClaimWithMouse("200 deportees");
    expect(await reader.highlightSize("claim-overlap")).toBe(1);

    await reader.clickOn("200 deportees");
    const chooser = page.getByRole("menu", { name: "Claims here" });
    await expect(chooser.getByRole("menuitem")).toHaveText(["“200 deportees”", "“over 200 deportees to El Salvador”"]);
    await chooser.getByRole("menuitem", { name: "“over 200 deportees to El Salvador”" }).click();
    await expect(reader.openClaim.locator("mark")).toHaveText("over 200 deportees to El Salvador");

    await reader.clickOn("200 deportees");
    await page.getByRole("menuitem", { name: "“200 deportees”" }).click();
    await expect(reader.openClaim.locator("mark")).toHaveText("200 deportees");
  });

  test("a suggested figure is accepted with one click", async ({ editor, editorPage: page }) => {
    const source = await seedSource(editor, flights);
    const reader = new ReaderPage(page);
    await reader.goto(source.id);
    await page.getByRole("button", { name: "Accept suggestion: roughly 250 Venezuelans" }).click();
    await expect(reader.claimList).toContainText("“roughly 250 Venezuelans”");
    await expect(page.getByRole("button", { name: "Accept suggestion: roughly 250 Venezuelans" })).toHaveCount(0);
  });

  test("before the page's scripts have run, the reader says suggestions are being found, and they arrive once it runs", async ({
    editor,
    editorPage: page,
  }) => {
    const source = await seedSource(editor, flights);
    await page.route("**/_next/static/chunks/**", (route) => route.abort());
    const reader = new ReaderPage(page);
    await reader.goto(source.id);
    await expect(page.getByTestId("suggestions-status")).toHaveText("Finding suggestions…");
    await expect(page.getByRole("button", { name: "Accept suggestion: roughly 250 Venezuelans" })).toHaveCount(0);

    await page.unroute("**/_next/static/chunks/**");
    await reader.goto(source.id);
    await expect(page.getByRole("button", { name: "Accept suggestion: roughly 250 Venezuelans" })).toBeEnabled();
    await expect(page.getByTestId("suggestions-status")).toHaveText("");
  });

  test("on a long source the text and claims are usable at once, and the dotted suggestions appear when found", async ({ editor, editorPage: page }) => {
    test.setTimeout(180_000);
    // About 1.9 MB: finding its suggestions takes seconds of CPU (in a worker thread).
    const text = `The mayor said 75 buses were bought on 3 March 2019.\n\n${longArticle(1_900_000)}`;
    const source = await seedSource(editor, { ...flights, text });
    expect((await editor.api.send("POST", `sources/${source.id}/claims`, { start: 4, end: 9 })).status).toBe(201);
    const reader = new ReaderPage(page);
    await reader.goto(source.id);
    const status = page.getByTestId("suggestions-status");
    await expect(status).toHaveText("Finding suggestions…");
    await expect(reader.claimList.getByRole("button")).toHaveAccessibleName("Claim 1 of 1: mayor");
    expect(await reader.highlightSize("claim-unchecked")).toBe(1);

    await reader.addClaimWithMouse("75 buses");
    await expect(reader.announcement).toHaveText("Claim added: 75 buses");
    await expect(status, "the claim was added while the suggestions were still being found").toHaveText("Finding suggestions…");
    expect(await reader.highlightSize("claim-suggestion")).toBe(0);

    await expect(status).toHaveText("", { timeout: 150_000 });
    await expect.poll(() => reader.highlightSize("claim-suggestion")).toBeGreaterThan(1000);
    await page.getByText(/^Suggestions \(\d{4,}\)$/).click(); // a long list starts folded
    await expect(page.getByRole("button", { name: "Accept suggestion: 3 March 2019" })).toBeEnabled();
  });

  test("a claim is re-selected onto new words", async ({ editor, editorPage: page }) => {
    const source = await seedSource(editor, flights);
    const reader = new ReaderPage(page);
    await reader.goto(source.id);
    await reader.addClaimWithMouse("roughly 250");
    await reader.selectWithMouse("roughly 250 Venezuelans");
    await page.getByRole("button", { name: "Move open claim here" }).click();
    await expect(reader.announcement).toHaveText("Claim moved to: roughly 250 Venezuelans");
    await page.reload();
    await expect(reader.claimList.getByRole("button")).toHaveAccessibleName("Claim 1 of 1: roughly 250 Venezuelans");
  });

  test("when a new version drops a claim's words, the claim is listed as an orphan and never drawn on other words", async ({ editor, editorPage: page }) => {
    const source = await seedSource(editor, flights);
    const reader = new ReaderPage(page);
    await reader.goto(source.id);
    await reader.addClaimWithMouse("roughly 250 Venezuelans");
    await reader.addClaimWithMouse("over 200 deportees", 1);

    const edited = articleText
      .replace("A later statement put the number at roughly 250 Venezuelans, held", "Later statements gave no number for those held")
      .replace("The United States sent", "On a weekend, the United States sent");
    saveNewSourceVersion(source.id, edited);
    await page.reload();

    const orphans = page.getByRole("list", { name: "Orphaned claims" });
    await expect(orphans.getByRole("listitem")).toHaveCount(1);
    await expect(orphans).toContainText("roughly 250 Venezuelans");
    // The duplicated phrase earlier in the text must not steal the second claim.
    await expect(reader.claimList.getByRole("button")).toHaveCount(1);
    await reader.claimList.getByRole("button").click();
    await expect(reader.openClaim).toContainText("Lawyers disputed the figure of over 200 deportees");
    expect(await reader.highlightSize("claim-unchecked")).toBe(1);
  });
});

test.describe("the reader keeps working", () => {
  test("on a freshly loaded source, Accept in the panel adds the claim and the page stays", async ({ editor, editorPage: page }) => {
    const source = await seedSource(editor, flights);
    const pageErrors: string[] = [];
    page.on("pageerror", (error) => pageErrors.push(error.message));
    const reader = new ReaderPage(page);
    await reader.goto(source.id);
    await page.getByRole("button", { name: "Accept suggestion: roughly 250 Venezuelans" }).click();
    await expect(reader.claimList).toContainText("“roughly 250 Venezuelans”");
    await expect(page.getByTestId("reader-announcement")).toHaveText("Claim added: roughly 250 Venezuelans");
    await expect(page.getByRole("heading", { name: "Flights" })).toBeVisible();
    await expect(page.getByRole("alert").filter({ hasText: "stopped after an error" })).toHaveCount(0);
    expect(pageErrors).toEqual([]);
  });

  test("one click on a dotted suggestion selects its words and offers Accept", async ({ editor, editorPage: page }) => {
    const source = await seedSource(editor, flights);
    const reader = new ReaderPage(page);
    await reader.goto(source.id);
    // Suggestions arrive after the page is interactive; the dotted words are there once the panel lists them.
    await expect(page.getByRole("button", { name: "Accept suggestion: roughly 250 Venezuelans" })).toBeEnabled();
    await reader.clickOn("roughly 250 Venezuelans");
    const toolbar = page.getByRole("toolbar", { name: "Selection" });
    await expect(toolbar.getByRole("button", { name: /^Accept/ })).toBeVisible();
    await expect(toolbar.getByRole("button", { name: /Add claim/ })).toHaveCount(0);
    expect(await page.evaluate(() => document.getSelection()?.toString())).toBe("roughly 250 Venezuelans");
    await toolbar.getByRole("button", { name: /^Accept/ }).click();
    await expect(reader.claimList).toContainText("“roughly 250 Venezuelans”");
  });

  test("a failure inside the reader stays in the reader: the page keeps its header, and Try again brings back the saved claim", async ({
    editor,
    editorPage: page,
  }) => {
    const source = await seedSource(editor, flights);
    const reader = new ReaderPage(page);
    await reader.goto(source.id);
    // A fault injected where the reader finishes adding a claim, after the claim is saved.
    await page.evaluate(() => {
      Selection.prototype.collapseToEnd = () => {
        throw new Error("injected fault");
      };
    });
    await reader.selectWithMouse("held in a prison");
    await page
      .getByRole("toolbar", { name: "Selection" })
      .getByRole("button", { name: /Add claim/ })
      .click();
    await expect(page.getByRole("alert").filter({ hasText: "The reader stopped after an error. Everything saved before it is kept." })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Flights" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Settings" })).toBeVisible();
    await page.getByRole("button", { name: "Try again" }).click();
    await expect(reader.claimList).toContainText("held in a prison");
  });
});
