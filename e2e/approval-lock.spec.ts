import type { APIRequestContext, Page } from "@playwright/test";
import { createAccount, createApiToken, expect, signIn, test } from "./fixtures";
import { ReaderPage } from "./pages/reader-page";

const articleText = `The United States sent over 200 deportees to El Salvador, officials said.

A later government count gave 238 Venezuelans and 23 Salvadorans.`;

/** A claim by `author` (a reviewer) with evidence, a verdict and a rationale, ready for approval; made through the API. */
async function claimReadyForApproval(request: APIRequestContext, authorToken: string) {
  const headers = { Authorization: `Bearer ${authorToken}` };
  const editorToken = createApiToken(createAccount("editor"));
  const investigation = await (
    await request.post("/api/v1/investigations", { headers: { Authorization: `Bearer ${editorToken}` }, data: { title: "Approval lock" } })
  ).json();
  const source = await (
    await request.post(`/api/v1/investigations/${investigation.id}/sources`, { headers, data: { title: "Wire copy", text: articleText } })
  ).json();
  const claim = await (await request.post(`/api/v1/sources/${source.id}/claims`, { headers, data: { selector: { exact: "over 200 deportees" } } })).json();
  await request.post(`/api/v1/claims/${claim.id}/evidence`, { headers, data: { outlet: "Ministry statement", stance: "refutes" } });
  const reviewed = await request.patch(`/api/v1/claims/${claim.id}`, {
    headers: { ...headers, "If-Match": `"v${claim.version}"` },
    data: { verdictKey: "mostly-false", rationale: "The ministry counted 238 Venezuelans." },
  });
  expect(reviewed.status()).toBe(200);
  return `/sources/${source.id}?claim=${claim.id}`;
}

const panel = (page: Page) => page.getByTestId("checking-panel");
const reviewForm = (page: Page) => page.getByRole("form", { name: "Verdict and status" });

test.describe("an approved claim is locked until an editor reopens it", () => {
  test("the reviewer who made it finds its evidence, verdict and span locked with the reason; the editor reopens it and it opens again", async ({
    page,
    browser,
    request,
  }) => {
    const reviewer = createAccount("reviewer");
    const path = await claimReadyForApproval(request, createApiToken(reviewer));

    const editorContext = await browser.newContext();
    const editorPage = await editorContext.newPage();
    await signIn(editorPage, createAccount("editor"));
    await editorPage.goto(path);
    await reviewForm(editorPage).getByRole("button", { name: "Approve" }).click();
    await expect(panel(editorPage).getByTestId("claim-status")).toHaveText("Approved");

    await signIn(page, reviewer);
    await page.goto(path);
    await expect(panel(page).getByTestId("approval-notice")).toContainText(
      /Approved by .+ on .+\. This claim is approved: its words, figure, verdict, rationale and evidence are locked until an editor reopens it\./,
    );
    await expect(reviewForm(page).getByLabel("Verdict")).toBeDisabled();
    await expect(reviewForm(page)).toContainText("This claim is approved; an editor must reopen it before its verdict or rationale changes.");
    await expect(reviewForm(page).getByLabel("Rationale")).toHaveCount(0);
    await expect(reviewForm(page).getByRole("button", { name: "Reopen" })).toHaveCount(0);
    await expect(panel(page).getByTestId("evidence-lock")).toHaveText("This claim is approved; an editor must reopen it before its evidence changes.");
    await expect(panel(page).locator("summary").filter({ hasText: "Add evidence" })).toHaveCount(0);
    await expect(panel(page).getByRole("list", { name: "Evidence" }).getByText("Edit", { exact: true })).toHaveCount(0);
    const openClaim = page.getByRole("region", { name: "Open claim" });
    await expect(openClaim.getByTestId("claim-lock")).toBeVisible();
    await expect(openClaim.getByRole("button", { name: "Delete claim" })).toHaveCount(0);
    const selection = page.getByRole("toolbar", { name: "Selection" });
    await new ReaderPage(page).selectWithMouse("238 Venezuelans");
    await expect(selection.getByRole("button", { name: /Add claim/ })).toBeVisible();
    await expect(selection.getByRole("button", { name: "Move open claim here" })).toHaveCount(0);

    await reviewForm(editorPage).getByRole("button", { name: "Reopen" }).click();
    await expect(panel(editorPage).getByTestId("claim-status")).toHaveText("Open");
    await editorContext.close();

    await page.reload();
    const history = panel(page).getByRole("list", { name: "History" });
    await expect(history.getByRole("listitem").first()).toContainText(/reopened the approved claim \(approved by .+ on \d{4}-\d{2}-\d{2}\), back to open/);
    await expect(panel(page).getByTestId("approval-notice")).toHaveCount(0);
    await expect(openClaim.getByRole("button", { name: "Delete claim" })).toBeVisible();
    await new ReaderPage(page).selectWithMouse("238 Venezuelans");
    await expect(selection.getByRole("button", { name: "Move open claim here" })).toBeVisible();
    await expect(panel(page).locator("summary").filter({ hasText: "Add evidence" })).toBeVisible();
    await reviewForm(page).getByLabel("Verdict").selectOption({ label: "False" });
    await reviewForm(page).getByLabel("Rationale").fill("The ministry counted 238 Venezuelans, not over 200 deportees.");
    await reviewForm(page).getByRole("button", { name: "Save" }).click();
    await expect(history).toContainText("changed the verdict from Mostly false to False");
  });
});
