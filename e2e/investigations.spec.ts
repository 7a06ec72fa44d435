import { seededAdmin, createAccount, expect, signIn, test } from "./fixtures";

const pastedText = `Officials said roughly 250 Venezuelans were on the flights.

A second statement put the figure at 238, plus 23 Salvadorans.`;

test.describe("investigations and sources", () => {
  test("the demo investigation is ready on first start, with sources that disagree", async ({ page }) => {
    await signIn(page, seededAdmin);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Investigations" }).click();
    const demo = page.getByRole("link", { name: /Deportation flights to El Salvador, March 2025/ });
    await expect(demo).toContainText("4 sources");
    await demo.click();
    await expect(page.getByTestId("facts-with-conflicts")).toHaveText("1 of 2 facts has conflicting figures.");
    await page.getByRole("link", { name: /People flown to El Salvador/ }).click();
    await expect(page.getByRole("list", { name: "Conflicts" })).toContainText("261");
    await page.goBack();
    await page.getByRole("link", { name: /US flies deportees to El Salvador/ }).click();
    await expect(page.getByTestId("source-text")).toContainText("over 200 deportees");
    await expect(page.getByTestId("source-text")).toContainText("roughly 250 Venezuelans");
    await expect(page.getByRole("list", { name: "Claims in text order" }).getByRole("button")).toHaveCount(2);
  });

  test("an editor creates an investigation, pastes a source and reads it", async ({ editorPage: page }) => {
    // After sign-in the page is My work; investigations are one click away in the main menu.
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Investigations" }).click();
    await page.getByLabel("New investigation").fill("Prison capacity claims");
    await page.getByRole("button", { name: "Create investigation" }).click();
    await expect(page.getByRole("heading", { name: "Prison capacity claims" })).toBeVisible();
    await expect(page.getByText("No sources yet")).toBeVisible();

    await page.getByRole("link", { name: "Add source" }).click();
    await page.getByRole("form", { name: "Add source" }).getByLabel("Title", { exact: true }).fill("Officials give two figures");
    await page.getByRole("form", { name: "Add source" }).getByLabel("Outlet", { exact: true }).fill("Example Gazette");
    await page.getByRole("form", { name: "Add source" }).getByLabel("Publish date", { exact: true }).fill("2025-03-17");
    await page.getByRole("form", { name: "Add source" }).getByLabel("URL", { exact: true }).fill("https://example.org/two-figures");
    await page.getByRole("form", { name: "Add source" }).getByLabel("Text", { exact: true }).fill(pastedText);
    await page.getByRole("button", { name: "Add source" }).click();

    await expect(page.getByRole("heading", { name: "Officials give two figures" })).toBeVisible();
    await expect(page.getByText("Example Gazette · published 17 Mar 2025")).toBeVisible();
    const paragraphs = page.getByTestId("source-text").locator("p");
    await expect(paragraphs).toHaveCount(2);
    await expect(paragraphs.first()).toHaveText("Officials said roughly 250 Venezuelans were on the flights.");
    await expect(page.getByRole("link", { name: "https://example.org/two-figures" })).toHaveAttribute("rel", "noopener noreferrer nofollow");

    await page.getByRole("link", { name: "Prison capacity claims" }).click();
    await expect(page.getByRole("list", { name: "Sources" }).getByRole("listitem")).toHaveCount(1);
  });

  test("bad source input is explained at each field and everything typed is kept", async ({ reviewerPage: page }) => {
    await page.goto("/investigations");
    await page.getByRole("link", { name: /^Deportation flights to El Salvador, March 2025/ }).click();
    await page.getByRole("link", { name: "Add source" }).click();
    await page.getByRole("form", { name: "Add source" }).getByLabel("Title", { exact: true }).fill("   ");
    await page.getByRole("form", { name: "Add source" }).getByLabel("Outlet", { exact: true }).fill("Example Gazette");
    await page.getByRole("form", { name: "Add source" }).getByLabel("URL", { exact: true }).fill("javascript:alert(document.cookie)");
    await page.getByRole("form", { name: "Add source" }).getByLabel("Publish date", { exact: true }).fill("2025-02-30");
    await page.getByRole("form", { name: "Add source" }).getByLabel("Text", { exact: true }).fill(pastedText);
    await page.getByRole("button", { name: "Add source" }).click();

    const form = page.getByRole("form", { name: "Add source" });
    await expect(form.getByText("The title is required.")).toBeVisible();
    await expect(form.getByText("Enter a full web address starting with http:// or https://.")).toBeVisible();
    await expect(form.getByText("That day does not exist in the calendar.")).toBeVisible();
    await expect(page.getByRole("form", { name: "Add source" }).getByLabel("Outlet", { exact: true })).toHaveValue("Example Gazette");
    await expect(page.getByRole("form", { name: "Add source" }).getByLabel("URL", { exact: true })).toHaveValue("javascript:alert(document.cookie)");
    await expect(page.getByRole("form", { name: "Add source" }).getByLabel("Publish date", { exact: true })).toHaveValue("2025-02-30");
    await expect(page.getByRole("form", { name: "Add source" }).getByLabel("Text", { exact: true })).toHaveValue(pastedText);
    await expect(page.getByRole("form", { name: "Add source" }).getByLabel("Title", { exact: true })).toHaveAttribute("aria-invalid", "true");

    await page.getByRole("form", { name: "Add source" }).getByLabel("Publish date", { exact: true }).fill("last Tuesday");
    await page.getByRole("button", { name: "Add source" }).click();
    await expect(form.getByText("Enter the date as YYYY-MM-DD, for example 2025-03-16.")).toBeVisible();
    await expect(page.getByRole("form", { name: "Add source" }).getByLabel("Publish date", { exact: true })).toHaveValue("last Tuesday");

    // Nothing half-written: the investigation still has only its four demo sources.
    await page.getByRole("link", { name: /^Deportation flights to El Salvador, March 2025/ }).click();
    await expect(page.getByRole("list", { name: "Sources" }).getByRole("listitem")).toHaveCount(4);
  });

  test("a text over the 2 MB limit is refused with its size, and kept in the field", async ({ reviewerPage: page }) => {
    await page.goto("/investigations");
    await page.getByRole("link", { name: /^Deportation flights to El Salvador, March 2025/ }).click();
    await page.getByRole("link", { name: "Add source" }).click();
    const hugeText = "Over 200 deportees. ".repeat(110_000); // 2.2 MB
    await page.getByRole("form", { name: "Add source" }).getByLabel("Title", { exact: true }).fill("A very long transcript");
    await page.getByRole("form", { name: "Add source" }).getByLabel("Text", { exact: true }).fill(hugeText);
    await expect(page.getByText("too long to save")).toBeVisible();
    await page.getByRole("button", { name: "Add source" }).click();
    await expect(page.getByText("The text is 2.1 MB; the limit is 2.0 MB. Split it into several sources.")).toBeVisible();
    expect((await page.getByRole("form", { name: "Add source" }).getByLabel("Text", { exact: true }).inputValue()).length).toBe(hugeText.length);
    await expect(page.getByRole("form", { name: "Add source" }).getByLabel("Title", { exact: true })).toHaveValue("A very long transcript");
  });

  test("an editor renames an investigation, and a stale rename is refused without losing the draft", async ({ page, browser }) => {
    const editor = createAccount("editor");
    await signIn(page, editor);
    await page.goto("/investigations");
    await page.getByLabel("New investigation").fill("Flight numbers");
    await page.getByRole("button", { name: "Create investigation" }).click();
    await expect(page.getByRole("heading", { name: "Flight numbers" })).toBeVisible();
    const investigationUrl = page.url();

    await page.getByRole("button", { name: "Rename" }).click();
    await page.getByLabel("Title").fill("Flight numbers, March 2025");

    const otherContext = await browser.newContext();
    const other = await otherContext.newPage();
    await signIn(other, createAccount("editor"));
    await other.goto(investigationUrl);
    await other.getByRole("button", { name: "Rename" }).click();
    await other.getByLabel("Title").fill("Flights to CECOT");
    await other.getByRole("button", { name: "Save title" }).click();
    await expect(other.getByRole("heading", { name: "Flights to CECOT" })).toBeVisible();
    await otherContext.close();

    await page.getByRole("button", { name: "Save title" }).click();
    await expect(page.getByTestId("form-message")).toContainText("Someone else renamed this investigation to “Flights to CECOT”");
    await expect(page.getByLabel("Title")).toHaveValue("Flight numbers, March 2025");
    await page.getByRole("button", { name: "Save title" }).click();
    await expect(page.getByRole("heading", { name: "Flight numbers, March 2025" })).toBeVisible();
  });

  test("an editor deletes an investigation after confirming", async ({ editorPage: page }) => {
    await page.goto("/investigations");
    await page.getByLabel("New investigation").fill("Short-lived investigation");
    await page.getByRole("button", { name: "Create investigation" }).click();
    await page.getByRole("button", { name: "Delete investigation" }).click();
    const dialog = page.getByRole("alertdialog");
    await expect(dialog).toContainText("Delete “Short-lived investigation”?");
    await dialog.getByRole("button", { name: "Delete" }).click();
    await expect(page).toHaveURL(/localhost:\d+\/investigations$/);
    await expect(page.getByRole("link", { name: /Short-lived investigation/ })).toHaveCount(0);
  });

  test("an empty investigation title is explained at the field", async ({ editorPage: page }) => {
    await page.goto("/investigations");
    await page.getByRole("button", { name: "Create investigation" }).click();
    await expect(page.getByText("The title is required.")).toBeVisible();
  });

  test("a reviewer reads investigations but cannot create or delete them", async ({ reviewerPage: page }) => {
    await page.goto("/investigations");
    await expect(page.getByRole("form", { name: "Start an investigation" })).toHaveCount(0);
    await page.getByRole("link", { name: /^Deportation flights to El Salvador, March 2025/ }).click();
    await expect(page.getByRole("button", { name: "Delete investigation" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Rename" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Add source" })).toBeVisible();
  });
});
