import type { Page } from "@playwright/test";
import { createAccount, expect, signIn, test, usersCli, watchForScriptEffects, wireCopy } from "./fixtures";

function panel(page: Page) {
  return page.getByTestId("checking-panel");
}

async function addEvidence(page: Page, fields: { url?: string; outlet?: string; quote?: string; stance: RegExp }) {
  const form = page.getByRole("form", { name: "Add evidence" });
  if (!(await form.isVisible())) await page.getByText("Add evidence", { exact: true }).first().click();
  if (fields.url) await form.getByLabel("Link").fill(fields.url);
  if (fields.outlet) await form.getByLabel("Outlet or document").fill(fields.outlet);
  if (fields.quote) await form.getByLabel("Quote").fill(fields.quote);
  await form.getByLabel(fields.stance).check();
  await form.getByRole("button", { name: "Add evidence" }).click();
}

test.describe("checking a claim", () => {
  test("a reviewer adds evidence and a verdict, is offered Send to review and not Approve; an editor approves", async ({
    reviewerPage: page,
    editorPage,
    world: { path },
  }) => {
    await page.goto(path);
    await expect(panel(page)).toBeVisible();

    await addEvidence(page, { url: "https://example.org/wire-copy", outlet: "Wire copy", quote: "238 Venezuelans and 23 Salvadorans", stance: /Refutes/ });
    await expect(panel(page).getByRole("list", { name: "Evidence" }).getByRole("listitem")).toHaveCount(1);
    await expect(panel(page)).toContainText("Quote found in “Wire copy”");
    await addEvidence(page, { outlet: "Court filing, 17 March", quote: "a figure nobody printed", stance: /Adds context/ });
    await expect(panel(page).getByRole("list", { name: "Evidence" }).getByRole("listitem")).toHaveCount(2);
    const link = panel(page).getByRole("link", { name: "https://example.org/wire-copy" });
    await expect(link).toHaveAttribute("rel", "noopener noreferrer nofollow");

    const verdict = page.getByRole("form", { name: "Verdict and status" });
    await verdict.getByLabel("Verdict").selectOption({ label: "Mostly false" });
    await verdict.getByLabel("Rationale").fill("The government's own count was **261 people**, of whom 238 were Venezuelan.");
    await verdict.getByRole("button", { name: "Save" }).click();
    await expect(panel(page).getByTestId("rationale").locator("strong")).toHaveText("261 people");

    // A reviewer is offered only the moves they can make: no Approve that would fail.
    await expect(verdict.getByRole("button", { name: "Approve" })).toHaveCount(0);
    await verdict.getByRole("button", { name: "Send to review" }).click();
    await expect(panel(page).getByTestId("claim-status")).toHaveText("In review");
    await expect(verdict.getByRole("button", { name: "Back to open" })).toBeVisible();
    await expect(verdict.getByRole("button", { name: "Approve" })).toHaveCount(0);

    await editorPage.goto(path);
    await editorPage.getByRole("form", { name: "Verdict and status" }).getByRole("button", { name: "Approve" }).click();
    await expect(panel(editorPage).getByTestId("claim-status")).toHaveText("Approved");

    await page.reload();
    await expect(panel(page).getByTestId("claim-status")).toHaveText("Approved");
    const history = panel(page).getByRole("list", { name: "History" });
    await expect(history).toContainText("changed the status from in review to approved");
    await expect(history.getByRole("listitem")).toHaveCount(7);
  });

  test("an evidence quote that is only in an earlier version of the linked source says which version, not just 'not found'", async ({
    editor,
    editorPage: page,
    world: { sourceId, path },
  }) => {
    const revised = wireCopy.text.replace("A later government count gave 238 Venezuelans and 23 Salvadorans.", "A later government count was not published.");
    const saved = await editor.api.send("PUT", `sources/${sourceId}/text`, { text: revised });
    expect(saved.status).toBe(200);
    await page.goto(path);
    await addEvidence(page, { url: "https://example.org/wire-copy", quote: "238 Venezuelans and 23 Salvadorans", stance: /Refutes/ });
    const item = panel(page).getByRole("list", { name: "Evidence" }).getByRole("listitem");
    await expect(item).toHaveCount(1);
    await expect(item).toContainText("Warning: this quote was found in version 1 of 2 of “Wire copy”, not in the current text.");
    await expect(item).not.toContainText("was not found in");
  });

  test("approval without evidence is refused with what is missing", async ({ editorPage: page, world: { path } }) => {
    await page.goto(path);
    const verdict = page.getByRole("form", { name: "Verdict and status" });
    await verdict.getByLabel("Verdict").selectOption({ label: "False" });
    await verdict.getByLabel("Rationale").fill("No count supports this.");
    await verdict.getByRole("button", { name: "Approve" }).click();
    await expect(verdict.getByRole("alert").filter({ hasText: "at least one evidence item" })).toBeVisible();
    await expect(verdict.getByLabel("Rationale")).toHaveValue("No count supports this.");
    await expect(verdict.getByLabel("Verdict").locator("option:checked")).toHaveText("False");
    await expect(panel(page).getByTestId("claim-status")).toHaveText("Open");
  });

  test("assigning someone disabled meanwhile is refused at the field, and the chosen verdict is kept", async ({ editorPage: page, world: { path } }) => {
    const leaver = { email: `leaver-${Date.now().toString(36)}@e2e.test`, name: `Leaver ${Date.now().toString(36)}` };
    usersCli("add", leaver.email, "--role", "reviewer", "--password", `password for ${leaver.email}`, "--name", leaver.name);
    await page.goto(path);
    const verdict = page.getByRole("form", { name: "Verdict and status" });
    await verdict.getByLabel("Verdict").selectOption({ label: "Mostly false" });
    await verdict.getByLabel("Assigned to").selectOption({ label: leaver.name });
    usersCli("disable", leaver.email);
    await verdict.getByRole("button", { name: "Save", exact: true }).click();

    const assignee = verdict.getByLabel("Assigned to");
    await expect(assignee).toHaveAttribute("aria-invalid", "true");
    await expect(assignee).toHaveAccessibleDescription("Choose an active member of the workspace.");
    await expect(verdict.getByLabel("Verdict")).not.toHaveAttribute("aria-invalid");
    await expect(verdict.getByLabel("Verdict").locator("option:checked")).toHaveText("Mostly false");
  });

  test("when two people edit the same verdict, the second is told and keeps their draft", async ({ editorPage: page, browser, world: { path } }) => {
    await page.goto(path);

    const otherContext = await browser.newContext();
    const other = await otherContext.newPage();
    await signIn(other, createAccount("editor"));
    await other.goto(path);

    const mine = page.getByRole("form", { name: "Verdict and status" });
    await mine.getByLabel("Rationale").fill("My careful rationale.");

    const theirs = other.getByRole("form", { name: "Verdict and status" });
    await theirs.getByLabel("Verdict").selectOption({ label: "False" });
    await theirs.getByLabel("Rationale").fill("Their rationale.");
    await theirs.getByRole("button", { name: "Save" }).click();
    await expect(panel(other).getByTestId("rationale")).toHaveText("Their rationale.");
    await otherContext.close();

    await mine.getByRole("button", { name: "Save" }).click();
    await expect(mine.getByTestId("form-message")).toContainText("Someone else changed this claim");
    await expect(mine.getByTestId("their-version")).toContainText("Their rationale.");
    await expect(mine.getByLabel("Rationale")).toHaveValue("My careful rationale.");
    await mine.getByRole("button", { name: "Save" }).click();
    await expect(panel(page).getByTestId("rationale")).toHaveText("My careful rationale.");
  });

  test("a comment made in one browser appears in another without a reload", async ({ reviewerPage: page, editorPage: other, world: { path } }) => {
    await page.goto(path);
    await expect(panel(page)).toBeVisible();

    await other.goto(path);
    await other.getByRole("form", { name: "Add comment" }).getByLabel("Comment").fill("Has anyone found the **court filing**?");
    await other.getByRole("button", { name: "Add comment" }).click();
    await expect(panel(other).getByRole("list", { name: "Comments" })).toContainText("Has anyone found the court filing?");

    await expect(panel(page).getByRole("list", { name: "Comments" })).toContainText("Has anyone found the court filing?");
  });

  test("script in any text field is shown as text and never runs; non-web links are refused", async ({ reviewerPage: page, world: { path } }) => {
    const effects = watchForScriptEffects(page);
    await page.goto(path);
    const payloads = [`<script>alert(1)</script>`, `<img src=x onerror=alert(2)>`, `[click](javascript:alert(3))`, `"><svg onload=alert(4)>`];

    await addEvidence(page, { url: "javascript:alert(5)", outlet: "x", stance: /Supports/ });
    await expect(page.getByRole("form", { name: "Add evidence" }).getByText("Enter a full web address starting with http:// or https://.")).toBeVisible();
    await page.getByRole("form", { name: "Add evidence" }).getByLabel("Link").fill("");
    await page.getByRole("form", { name: "Add evidence" }).getByLabel("Outlet or document").fill(payloads[1]!);
    await page.getByRole("form", { name: "Add evidence" }).getByLabel("Quote").fill(payloads[0]!);
    await page.getByRole("form", { name: "Add evidence" }).getByRole("button", { name: "Add evidence" }).click();
    await expect(panel(page).getByRole("list", { name: "Evidence" })).toContainText(payloads[0]!);

    const comments = panel(page).getByRole("list", { name: "Comments" }).getByRole("listitem");
    for (const [index, payload] of payloads.entries()) {
      await page.getByRole("form", { name: "Add comment" }).getByLabel("Comment").fill(payload);
      await page.getByRole("button", { name: "Add comment" }).click();
      await expect(comments).toHaveCount(index + 1);
    }
    const verdict = page.getByRole("form", { name: "Verdict and status" });
    await verdict.getByLabel("Rationale").fill(payloads.join("\n\n"));
    await verdict.getByRole("button", { name: "Save" }).click();
    await expect(panel(page).getByTestId("rationale")).toBeVisible();
    await page.reload();
    await expect(panel(page).getByRole("list", { name: "Comments" }).getByRole("listitem")).toHaveCount(payloads.length);
    expect(await panel(page).locator("script, [onerror], [onload], a[href^='javascript']").count()).toBe(0);
    expect(effects.dialogs).toBe(0);
    expect(effects.outbound).toEqual([]);
  });
});

test("an editor extends and renames the investigation's verdict scale, and the claim panel offers it", async ({ editorPage: page, world: { path } }) => {
  await page.goto(path);
  await page.getByRole("link", { name: "Checking test" }).click();
  await page.getByText("Verdict scale, review and comparison settings").click();
  const settings = page.getByRole("form", { name: "Verdict scale and review settings" });
  await settings.getByLabel("Verdict 3", { exact: true }).fill("Half true");
  await settings.getByRole("button", { name: "Add a verdict" }).click();
  await settings.getByLabel("Verdict 8", { exact: true }).fill("Needs context");
  await settings.getByLabel("Rating of verdict 8").selectOption("3");
  await settings.getByRole("button", { name: "Move Needs context up" }).click();
  await settings.getByRole("button", { name: "Save settings" }).click();
  await expect(settings.getByTestId("form-message")).toHaveText("Settings saved.");

  await page.goto(path);
  const options = page.getByRole("form", { name: "Verdict and status" }).getByLabel("Verdict").locator("option");
  await expect(options).toHaveText([
    "No verdict yet",
    "True",
    "Mostly true",
    "Half true",
    "Mostly false",
    "False",
    "Misleading",
    "Needs context",
    "Unverifiable",
  ]);
});
