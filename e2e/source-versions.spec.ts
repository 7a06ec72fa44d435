import { bearer } from "./api-client";
import { expect, seedSource, test } from "./fixtures";
import { ReaderPage } from "./pages/reader-page";

const original = `The United States sent over 200 deportees to El Salvador on Sunday, officials said.

A later statement put the number at roughly 250 Venezuelans, held in a prison built for 40,000 inmates.

Lawyers said the men were never charged with any crime in the United States.`;

const edited = `Updated on Monday with the government's figures.

The United States sent over 200 deportees to El Salvador on Sunday, officials said.

A later statement put the number at roughly 250 Venezuelan, held in a prison built for 40,000 inmates.`;

test("editing a source's text makes a new version and shows which claims moved, changed wording or lost their words", async ({
  editor,
  editorPage: page,
  request,
}) => {
  const headers = bearer(editor.token);
  const source = await seedSource(editor, { title: "Wire", text: original });
  for (const exact of ["over 200 deportees", "roughly 250 Venezuelans", "never charged with any crime"]) {
    expect((await request.post(`/api/v1/sources/${source.id}/claims`, { headers, data: { selector: { exact } } })).status()).toBe(201);
  }

  const reader = new ReaderPage(page);
  await reader.goto(source.id);
  await page.getByRole("link", { name: "Edit text" }).click();
  await page.getByLabel("Text", { exact: true }).fill(edited);
  await page.getByRole("button", { name: "Save as a new version" }).click();

  await expect(page.getByTestId("reanchoring-summary")).toHaveText("Saved version 2. Claims: 0 in place, 1 moved, 1 matched approximately, 1 orphaned.");
  await expect(reader.claimList.getByRole("button")).toHaveCount(2);
  await expect(reader.claimList.getByRole("button").nth(0)).toContainText("moved");
  await expect(reader.claimList.getByRole("button").nth(1)).toContainText("“roughly 250 Venezuelan”");
  await expect(reader.claimList.getByRole("button").nth(1)).toContainText("was “roughly 250 Venezuelans”");
  await expect(page.getByRole("list", { name: "Orphaned claims" })).toContainText("never charged with any crime");

  // The earlier version, read-only, with its claims as they were; then what changed.
  await page.getByRole("navigation", { name: "Versions" }).getByRole("link", { name: "1" }).click();
  await expect(page.getByText("You are reading version 1 of 2")).toBeVisible();
  await expect(reader.text).toContainText("never charged with any crime");
  await expect(reader.claimList.getByRole("button")).toHaveCount(3);
  await page.getByRole("link", { name: "What changed since" }).click();
  const diff = page.getByTestId("diff");
  await expect(diff.locator("ins").first()).toContainText("Updated on Monday");
  await expect(diff.locator("del").filter({ hasText: "never charged with any crime" })).toHaveCount(1);

  const versions = await (await request.get(`/api/v1/sources/${source.id}/versions`, { headers })).json();
  expect(versions.versions.map((v: { number: number }) => v.number)).toEqual([2, 1]);
  const again = await request.put(`/api/v1/sources/${source.id}/text`, { headers, data: { text: edited } });
  expect(await again.json()).toMatchObject({ number: 2, isNew: false, reanchoring: { exact: 0, moved: 1, fuzzy: 1, orphan: 1 } });
});

test("what changed since: a rewritten paragraph reads as its old sentences removed, then the new ones added; a changed figure as that figure", async ({
  editor,
  editorPage: page,
  request,
}) => {
  const headers = bearer(editor.token);
  const source = await seedSource(editor, { title: "Wire", text: original });
  const rewritten = "Families in Caracas learned of the flight from photographs. None of them had been told where the men were taken.";
  const revised = original
    .replace("roughly 250 Venezuelans", "roughly 238 Venezuelans")
    .replace("Lawyers said the men were never charged with any crime in the United States.", rewritten);
  expect((await request.put(`/api/v1/sources/${source.id}/text`, { headers, data: { text: revised } })).status()).toBe(200);

  const reader = new ReaderPage(page);
  await reader.goto(source.id);
  await page.getByRole("navigation", { name: "Versions" }).getByRole("link", { name: "1" }).click();
  await page.getByRole("link", { name: "What changed since" }).click();
  const diff = page.getByTestId("diff");
  // The figure: only it is marked, inside its sentence.
  await expect(diff.locator("del", { hasText: "250" })).toHaveText("250");
  await expect(diff.locator("del + ins", { hasText: "238" })).toHaveText("238");
  // The rewritten paragraph: the whole old sentence struck, then the whole new text.
  await expect(diff.locator("del", { hasText: "Lawyers" })).toHaveText("Lawyers said the men were never charged with any crime in the United States.");
  await expect(diff.locator("del + ins", { hasText: "Families" })).toHaveText(rewritten);
  await expect(diff.locator("del")).toHaveCount(2);
  await expect(diff.locator("ins")).toHaveCount(2);
  await expect(diff).toContainText("officials said.");
});

test("after an edit, a claim matched approximately covers whole words in the reader and the Markdown export, never '…men we'", async ({
  editor,
  editorPage: page,
  request,
}) => {
  const headers = bearer(editor.token);
  const text = "The ministry said on Tuesday that nearly 300 men were held at the airbase overnight before the flight left.";
  const source = await seedSource(editor, { title: "Wire", text });
  expect((await request.post(`/api/v1/sources/${source.id}/claims`, { headers, data: { selector: { exact: "nearly 300 men were" } } })).status()).toBe(201);
  const saved = await request.put(`/api/v1/sources/${source.id}/text`, { headers, data: { text: text.replace("men were held", "men we were held") } });
  expect(await saved.json()).toMatchObject({ number: 2, reanchoring: { fuzzy: 1 } });

  const markdown = await (await request.get(`/api/v1/investigations/${source.investigationId}/export?format=md`, { headers })).text();
  expect(markdown).toContain("nearly 300 men we were");
  expect(markdown).not.toMatch(/men we we(?!re)/);

  const reader = new ReaderPage(page);
  await reader.goto(source.id);
  await expect(reader.claimList.getByRole("button")).toContainText("“nearly 300 men we were”");
  await expect(reader.claimList.getByRole("button")).toContainText("was “nearly 300 men were”");
});

test("an edit that empties the text is refused at the field and the typed text is kept", async ({ editor, editorPage: page }) => {
  const source = await seedSource(editor, { title: "Wire", text: original });
  await page.goto(`/sources/${source.id}/edit`);
  await page.getByLabel("Text", { exact: true }).fill("   ");
  await page.getByRole("button", { name: "Save as a new version" }).click();
  await expect(page.getByText("Paste the text of the source.")).toBeVisible();
  await expect(page.getByLabel("Text", { exact: true })).toHaveValue("   ");
});
