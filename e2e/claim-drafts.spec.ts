import type { Page } from "@playwright/test";
import { createAccount, expect, newPerson, signIn, test } from "./fixtures";

const reviewForm = (page: Page) => page.getByRole("form", { name: "Verdict and status" });
const claimButton = (page: Page, words: string) => page.getByRole("list", { name: "Claims in text order" }).getByRole("button", { name: new RegExp(words) });
const draftKeys = (page: Page) => page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith("corroborate:draft:")));

/**
 * Records the type of every dialog and answers it: accepted (a reload with unsaved changes
 * goes ahead) unless `answers.next` says "dismiss" for the next one.
 */
function answerDialogs(page: Page) {
  const seen: string[] = [];
  const answers = { next: "accept" as "accept" | "dismiss" };
  page.on("dialog", (dialog) => {
    seen.push(dialog.type());
    void (answers.next === "accept" ? dialog.accept() : dialog.dismiss());
    answers.next = "accept";
  });
  return { seen, answers };
}

test.describe("drafts of the checking forms are kept in the browser", () => {
  test("a half-written rationale survives switching claims and reloading, leaving asks first, and saving clears it", async ({
    reviewer,
    reviewerPage: page,
    world: { sourceId, path },
  }) => {
    await reviewer.addClaim(sourceId, "238 Venezuelans");
    const { seen: dialogs, answers } = answerDialogs(page);
    await page.goto(path);
    const rationale = "Half-written: the ministry counted 238 Venezuelans.";
    await reviewForm(page).getByLabel("Rationale").fill(rationale);
    await expect(reviewForm(page).getByTestId("length-counter")).toHaveText(`${rationale.length} / 20,000`);

    await claimButton(page, "238 Venezuelans").click();
    await expect(page).toHaveURL(/claim=/);
    await expect(reviewForm(page).getByLabel("Rationale")).toHaveValue("");
    await expect(page.getByTestId("draft-restored")).toHaveCount(0);
    await claimButton(page, "over 200 deportees").click();
    await expect(reviewForm(page).getByTestId("draft-restored")).toContainText("Draft restored");
    await expect(reviewForm(page).getByLabel("Rationale")).toHaveValue(rationale);

    await page.reload();
    expect(dialogs, "reloading with unsaved changes asks first").toEqual(["beforeunload"]);
    await expect(reviewForm(page).getByTestId("draft-restored")).toBeVisible();
    await expect(reviewForm(page).getByLabel("Rationale")).toHaveValue(rationale);

    // A link to another page of the app asks too; staying keeps the draft on screen.
    answers.next = "dismiss";
    await reviewForm(page).getByLabel("Rationale").press("End");
    await page.getByRole("banner").getByRole("link", { name: "Corroborate" }).click();
    await expect.poll(() => dialogs).toEqual(["beforeunload", "confirm"]);
    await expect(page).toHaveURL(new RegExp(`${path.split("?")[0]}`));
    await expect(reviewForm(page).getByLabel("Rationale")).toHaveValue(rationale);

    await reviewForm(page).getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.getByTestId("rationale")).toHaveText(rationale);
    await expect(page.getByTestId("draft-restored")).toHaveCount(0);
    expect(await draftKeys(page)).toEqual([]);
    await page.reload();
    await expect(page.getByTestId("rationale")).toHaveText(rationale);
    await expect(page.getByTestId("draft-restored")).toHaveCount(0);
    expect(dialogs, "nothing unsaved: no prompt").toEqual(["beforeunload", "confirm"]);
  });

  test("a draft is another account's to see only on its own; a comment draft can be discarded", async ({
    reviewer,
    reviewerPage: page,
    browser,
    world: { sourceId, path },
  }) => {
    await reviewer.addClaim(sourceId, "238 Venezuelans");
    answerDialogs(page);
    await page.goto(path);
    const comment = page.getByRole("form", { name: "Add comment" });
    await comment.getByLabel("Comment").fill("Ask the ministry for the manifest");
    await expect(comment.getByTestId("length-counter")).toHaveText("33 / 10,000");
    await page.reload();
    await expect(comment.getByLabel("Comment")).toHaveValue("Ask the ministry for the manifest");

    // The same browser, another account: the draft is not theirs.
    const state = await page.context().storageState();
    const other = await browser.newContext({ storageState: { cookies: [], origins: state.origins } });
    const otherPage = await other.newPage();
    await signIn(otherPage, createAccount("editor"));
    await otherPage.goto(path);
    await expect(otherPage.getByRole("form", { name: "Add comment" }).getByLabel("Comment")).toHaveValue("");
    await expect(otherPage.getByTestId("draft-restored")).toHaveCount(0);
    await other.close();

    await comment.getByRole("button", { name: "Discard draft" }).click();
    await expect(comment.getByLabel("Comment")).toHaveValue("");
    expect(await draftKeys(page)).toEqual([]);

    // The count is announced (politely) only near the limit.
    const announced = comment.getByTestId("length-announcement");
    await comment.getByLabel("Comment").fill("A short one");
    await expect(announced).toHaveText("");
    await comment.getByLabel("Comment").fill("x".repeat(9_500));
    await expect(comment.getByTestId("length-counter")).toHaveText("9,500 / 10,000");
    await expect(announced).toHaveText("9,500 of 10,000 characters");
  });

  test("a restored draft saved after someone else's change is refused as a conflict showing both, and kept", async ({
    reviewer,
    reviewerPage: page,
    editor,
    world: { sourceId, claim, path },
  }) => {
    await reviewer.addClaim(sourceId, "238 Venezuelans");
    answerDialogs(page);
    await page.goto(path);
    await reviewForm(page).getByLabel("Rationale").fill("My reading: 238 is the count.");

    const theirs = await editor.api.send("PATCH", `claims/${claim.id}`, { verdictKey: "false", rationale: "Editor's reading." }, { "If-Match": '"v1"' });
    expect(theirs.status).toBe(200);
    await page.reload();
    await expect(reviewForm(page).getByTestId("draft-restored")).toContainText("The claim has changed since");
    await expect(reviewForm(page).getByLabel("Rationale")).toHaveValue("My reading: 238 is the count.");
    await reviewForm(page).getByRole("button", { name: "Save", exact: true }).click();
    await expect(reviewForm(page).getByTestId("their-version")).toContainText("Editor's reading.");
    await expect(reviewForm(page).getByLabel("Rationale")).toHaveValue("My reading: 238 is the count.");
    await expect(page.getByTestId("rationale")).toHaveText("Editor's reading.");
    expect(await draftKeys(page)).toHaveLength(1);
  });
});

test.describe("approving against the independent verdicts", () => {
  test("an editor is told which independent verdicts differ, must give a note, and the history shows it", async ({
    page,
    reviewer: author,
    editor,
    world: { investigationId, sourceId, claim, path },
  }) => {
    await author.addClaim(sourceId, "238 Venezuelans");
    const other = newPerson("reviewer");
    await author.addEvidence(claim.id, { outlet: "Ministry statement", stance: "refutes" });
    expect((await author.api.send("POST", `claims/${claim.id}/assessments`, { verdictKey: "false" })).status).toBe(201);
    expect((await other.api.send("POST", `claims/${claim.id}/assessments`, { verdictKey: "mostly-false" })).status).toBe(201);
    const reviewed = await editor.api.send(
      "PATCH",
      `claims/${claim.id}`,
      { verdictKey: "mixed", rationale: "Counts differ by source." },
      { "If-Match": '"v1"' },
    );
    expect(reviewed.status).toBe(200);

    await signIn(page, createAccount("editor"));
    answerDialogs(page);
    // This editor will choose the verdict as they approve it: under four eyes (on by default) a second person would have to approve.
    await page.goto(`/investigations/${investigationId}`);
    await page.locator("summary", { hasText: "Verdict scale, review and comparison settings" }).click();
    await page.getByRole("form", { name: "Four eyes" }).getByLabel("Off").check();
    await page.getByRole("form", { name: "Four eyes" }).getByRole("button", { name: "Save four eyes" }).click();
    await expect(page.getByRole("form", { name: "Four eyes" }).getByTestId("form-message")).toHaveText("Four eyes is off.");
    await page.goto(path);
    const form = reviewForm(page);
    await expect(form.getByTestId("verdict-disagreement")).toContainText(
      /2 of 2 reviewers' independent verdicts differ: False \(Reviewer \d+\), Mostly false \(Reviewer \d+\)/,
    );
    await form.getByRole("button", { name: "Approve" }).click();
    await expect(form.getByLabel("Approval note")).toHaveAttribute("aria-invalid", "true");
    await expect(form.getByLabel("Approval note")).toHaveAccessibleDescription(/Add a short note saying why you approve this verdict\./);
    await expect(page.getByTestId("claim-status")).toHaveText("Open");

    // Choosing the verdict most reviewers gave changes what differs.
    await form.getByLabel("Verdict").selectOption({ label: "False" });
    await expect(form.getByTestId("verdict-disagreement")).toContainText(/1 of 2 reviewers' independent verdicts differ: Mostly false/);
    await form.getByLabel("Approval note").fill("The ministry's own count is the better source.");
    await form.getByRole("button", { name: "Approve" }).click();
    await expect(page.getByTestId("claim-status")).toHaveText("Approved");
    await expect(page.getByRole("list", { name: "History" })).toContainText(
      /changed the status from open to approved, noting “The ministry's own count is the better source\.” \(1 of 2 reviewers' independent verdicts differ: Mostly false \(Reviewer \d+\)\)/,
    );
  });
});
