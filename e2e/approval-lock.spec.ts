import type { Page } from "@playwright/test";
import type { ApiRow } from "./api-client";
import { expect, test, type Person } from "./fixtures";
import { ReaderPage } from "./pages/reader-page";

/** The world's claim with evidence, a verdict and a rationale by its author (a reviewer): ready for an editor's approval. */
async function readyForApproval(author: Person, claim: ApiRow) {
  await author.addEvidence(claim.id, { outlet: "Ministry statement", stance: "refutes" });
  await author.reviewClaim(claim, { verdictKey: "mostly-false", rationale: "The ministry counted 238 Venezuelans." });
}

const panel = (page: Page) => page.getByTestId("checking-panel");
const reviewForm = (page: Page) => page.getByRole("form", { name: "Verdict and status" });

test.describe("an approved claim is locked until an editor reopens it", () => {
  test("the reviewer who made it finds its evidence, verdict and span locked with the reason; the editor reopens it and it opens again", async ({
    reviewer,
    reviewerPage: page,
    editorPage,
    world: { claim, path },
  }) => {
    await readyForApproval(reviewer, claim);

    await editorPage.goto(path);
    await reviewForm(editorPage).getByRole("button", { name: "Approve" }).click();
    await expect(panel(editorPage).getByTestId("claim-status")).toHaveText("Approved");

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
