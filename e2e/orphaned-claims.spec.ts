import { bearer } from "./api-client";
import { expect, newPerson, saveNewSourceVersion, test, type Person } from "./fixtures";
import { ReaderPage } from "./pages/reader-page";

const original = `The United States sent over 200 deportees to El Salvador on Sunday, officials said.

A later statement put the number at roughly 250 Venezuelans, held in a prison built for 40,000 inmates.

Lawyers said the men were never charged with any crime in the United States.`;

// The first paragraph moves down; the last is rewritten, so "never charged with any crime" is gone.
const edited = `Updated on Monday with the government's figures.

The United States sent over 200 deportees to El Salvador on Sunday, officials said.

A later statement put the number at roughly 250 Venezuelans, held in a prison built for 40,000 inmates.

Their families have asked a court in Washington to order their return.`;

const orphanWords = "never charged with any crime";
const newWords = "asked a court in Washington to order their return";

/**
 * A reviewer's claims on a source, one with a verdict, rationale and evidence, both linked to
 * a fact; all through the API. The reviewer made the claims, so may re-attach them.
 */
async function checkedSource(editor: Person, reviewer: Person) {
  const investigation = await editor.createInvestigation("Orphans");
  const source = await reviewer.addSource(investigation.id, { title: "Wire", outlet: "Harbour Wire", text: original });
  const over = await reviewer.addClaim(source.id, "over 200 deportees");
  const charged = await reviewer.addClaim(source.id, orphanWords);
  await reviewer.addEvidence(charged.id, { url: "https://court.example/docket", outlet: "District court docket", stance: "supports" });
  await reviewer.reviewClaim(charged, { verdictKey: "mostly-true", rationale: "No charges appear in the docket." });
  const fact = await reviewer.addFact(investigation.id, "What the men were charged with", [over.id, charged.id]);
  return { sourceId: source.id, factId: fact.id, chargedId: charged.id };
}

test.describe("orphaned claims", () => {
  test("a reviewer edits a source so a claim's words vanish, opens the orphan, reads its verdict and evidence, and attaches it to new words", async ({
    editor,
    reviewer,
    reviewerPage: page,
    request,
  }) => {
    const world = await checkedSource(editor, reviewer);
    const reader = new ReaderPage(page);
    await reader.goto(world.sourceId);
    await page.getByRole("link", { name: "Edit text" }).click();
    await page.getByLabel("Text", { exact: true }).fill(edited);
    await page.getByRole("button", { name: "Save as a new version" }).click();
    await expect(page.getByTestId("reanchoring-summary")).toContainText("1 orphaned");

    // The orphan is listed; opening it shows its quote with the context it was made in, and its checking panel.
    const orphans = page.getByRole("list", { name: "Orphaned claims" });
    await orphans.getByRole("button", { name: `Open orphaned claim: ${orphanWords}` }).click();
    await expect(reader.announcement).toHaveText(`Orphaned claim: ${orphanWords}. Its words are no longer in this version.`);
    await expect(reader.openClaim.locator("mark")).toHaveText(orphanWords);
    await expect(reader.openClaim.locator("blockquote")).toContainText("Lawyers said the men were never charged with any crime in the United States.");
    await expect(reader.openClaim.getByTestId("orphan-notice")).toContainText("no longer in this version of the text");
    const panel = page.getByTestId("checking-panel");
    await expect(panel.getByTestId("rationale")).toHaveText("No charges appear in the docket.");
    await expect(panel).toContainText("Mostly true");
    await expect(panel.getByRole("list", { name: "Evidence" })).toContainText("District court docket");
    await expect(panel.getByRole("list", { name: "History" })).toContainText(orphanWords);
    await page.screenshot({ path: test.info().outputPath("orphan-open.png"), fullPage: true });

    // The fact page marks the orphan (original words, no longer in the text) and the moved claim.
    await page.goto(`/facts/${world.factId}`);
    const orphanRow = page.getByRole("row").filter({ hasText: "Wire" }).filter({ hasText: orphanWords });
    await expect(orphanRow).toContainText("orphaned in the current version");
    await expect(page.getByRole("row").filter({ hasText: "over 200 deportees" })).toContainText("moved");
    await page.screenshot({ path: test.info().outputPath("fact-marks.png"), fullPage: true });

    // Back in the reader, the orphan is attached to new words chosen with the mouse.
    await page.goBack();
    await expect(reader.openClaim.locator("mark")).toHaveText(orphanWords);
    await expect(panel.getByRole("list", { name: "History" })).toContainText(orphanWords);
    await reader.selectWithMouse(newWords);
    await page.getByRole("toolbar", { name: "Selection" }).getByRole("button", { name: "Attach to selection" }).click();
    await expect(reader.announcement).toHaveText(`Claim re-attached to: ${newWords}. It is no longer an orphan.`);
    await expect(orphans).toHaveCount(0);
    await expect(reader.claimList.getByRole("button", { name: new RegExp(`: ${newWords}$`) })).toHaveAttribute("aria-current", "true");
    await expect.poll(() => reader.highlightSize("claim-active")).toBe(1);
    await expect.poll(() => reader.highlightSize("claim-verdict-true")).toBe(1);
    await expect(panel.getByRole("list", { name: "History" })).toContainText(
      `re-attached to “${newWords}” (its words “${orphanWords}” were no longer in the text)`,
    );
    await expect(panel.getByTestId("rationale")).toHaveText("No charges appear in the docket.");

    await page.reload();
    await expect(page.getByRole("list", { name: "Orphaned claims" })).toHaveCount(0);
    await expect(reader.claimList.getByRole("button")).toHaveCount(2);

    // The fact page and the API now quote its current words, in place.
    await page.goto(`/facts/${world.factId}`);
    const attachedRow = page.getByRole("row").filter({ hasText: newWords });
    await expect(attachedRow).toBeVisible();
    await expect(attachedRow).not.toContainText("orphaned");
    await expect(page.getByRole("table")).not.toContainText(orphanWords);
    const fact = await (await request.get(`/api/v1/facts/${world.factId}`, { headers: bearer(reviewer.token) })).json();
    expect(fact.claims.map((claim: { anchorStatus: string; wording: string }) => [claim.anchorStatus, claim.wording])).toEqual([
      ["moved", "over 200 deportees"],
      ["exact", newWords],
    ]);
  });

  test("an orphan is attached from the keyboard: Shift+arrows select the words, Tab reaches Attach to selection", async ({
    editor,
    reviewer,
    reviewerPage: page,
    request,
  }) => {
    const world = await checkedSource(editor, reviewer);
    const reader = new ReaderPage(page);
    await reader.goto(world.sourceId);
    await page.getByRole("link", { name: "Edit text" }).click();
    await page.getByLabel("Text", { exact: true }).fill(edited);
    await page.getByRole("button", { name: "Save as a new version" }).click();
    await expect(page.getByTestId("reanchoring-summary")).toContainText("1 orphaned");
    const fact = await (await request.get(`/api/v1/facts/${world.factId}`, { headers: bearer(reviewer.token) })).json();
    expect(fact.claims.map((claim: { anchorStatus: string; wording: string }) => [claim.anchorStatus, claim.wording])).toEqual([
      ["moved", "over 200 deportees"],
      ["orphan", orphanWords],
    ]);

    const open = page.getByRole("button", { name: `Open orphaned claim: ${orphanWords}` });
    await open.focus();
    await page.keyboard.press("Enter");
    await reader.waitForCheckingPanel(orphanWords);

    // The caret goes to the start of the text; Shift+arrows select its first word, "Updated".
    await reader.text.focus();
    await page.keyboard.press("Control+Home");
    for (let i = 0; i < "Updated".length; i++) await page.keyboard.press("Shift+ArrowRight");
    const toolbar = page.getByRole("toolbar", { name: "Selection" });
    await expect(toolbar.getByRole("button", { name: "Attach to selection" })).toBeVisible();
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await expect(toolbar.getByRole("button", { name: "Attach to selection" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(reader.announcement).toHaveText("Claim re-attached to: Updated. It is no longer an orphan.");
    await expect(page.getByRole("list", { name: "Orphaned claims" })).toHaveCount(0);
    await expect(reader.claimList.getByRole("button", { name: /: Updated$/ })).toBeVisible();
  });

  test("a reviewer who did not make an orphaned claim can open it but is not offered to attach it", async ({ editor, reviewerPage: page }) => {
    const world = await checkedSource(editor, newPerson("reviewer"));
    saveNewSourceVersion(world.sourceId, edited);
    const reader = new ReaderPage(page);
    await page.goto(`/sources/${world.sourceId}?claim=${world.chargedId}`);
    await expect(reader.openClaim.getByTestId("orphan-notice")).toContainText("Its author or an editor can attach it to new words.");
    await expect(page.getByTestId("checking-panel").getByTestId("rationale")).toHaveText("No charges appear in the docket.");
    await reader.selectWithMouse(newWords);
    const toolbar = page.getByRole("toolbar", { name: "Selection" });
    await expect(toolbar.getByRole("button", { name: /Add claim/ })).toBeVisible();
    await expect(toolbar.getByRole("button", { name: "Attach to selection" })).toHaveCount(0);
  });
});
