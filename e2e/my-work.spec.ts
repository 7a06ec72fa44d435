import type { Page } from "@playwright/test";
import { expect, newPerson, signIn, test } from "./fixtures";

/**
 * The desk's queue (issue 17): an editor assigns a claim with a due date and the reviewer
 * finds it on My work; an investigation's claim list is shared by its address; four eyes keeps
 * the verdict's author from approving it and says who may.
 */
const panel = (page: Page) => page.getByTestId("checking-panel");
const reviewForm = (page: Page) => page.getByRole("form", { name: "Verdict and status" });
const nameOf = async (person: { api: { json: <T>(method: string, path: string) => Promise<T> } }) =>
  (await person.api.json<{ name: string }>("GET", "me")).name;
/** A day before today (UTC), so a claim due then is overdue. */
const yesterday = () => new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

test.describe("My work", () => {
  test("an editor assigns a claim with a due date; the reviewer finds it on My work, counted, with overdue shown", async ({
    editorPage,
    reviewer,
    reviewerPage,
    world,
  }) => {
    await reviewerPage.goto("/");
    await expect(reviewerPage.getByRole("heading", { level: 1 })).toHaveText("My work");
    await expect(reviewerPage.getByTestId("assigned-count")).toHaveText("(0)");
    await expect(reviewerPage.getByText("No claim is assigned to you. An editor assigns claims")).toBeVisible();

    await editorPage.goto(world.path);
    // By id: several people may share a name in the suite's one database.
    const reviewerId = (await reviewer.api.json<{ id: string }>("GET", "me")).id;
    await reviewForm(editorPage).getByLabel("Assigned to").selectOption({ value: reviewerId });
    await reviewForm(editorPage).getByLabel("Due date").fill(yesterday());
    await reviewForm(editorPage).getByRole("button", { name: "Save", exact: true }).click();
    await expect(panel(editorPage).getByTestId("claim-overdue")).toContainText("Overdue: it was due");
    await expect(panel(editorPage).getByRole("list", { name: "History" })).toContainText(`set the due date to ${yesterday()}`);

    // No reload: the reviewer comes back to their open tab, which catches up with the
    // assignment's notification and refreshes its queue.
    await reviewerPage.bringToFront();
    await expect(reviewerPage.getByTestId("assigned-count")).toHaveText("(1)");
    await expect(reviewerPage.getByTestId("overdue-count")).toHaveText("(1)");
    const assigned = reviewerPage.getByRole("list", { name: "Assigned to me" });
    await expect(assigned.getByRole("listitem")).toHaveCount(1);
    await expect(assigned).toContainText(world.title);
    await expect(assigned).toContainText("Wire copy");
    await expect(assigned).toContainText("Open");
    await expect(assigned.getByTestId("due-date")).toContainText("Overdue: was due");
    // The same queue through the API.
    const work = await reviewer.api.json<Record<string, { count: number; claims: { id: string; isOverdue: boolean; dueAt: string }[] }>>("GET", "me/work");
    expect(work.assigned!.count).toBe(1);
    expect(work.overdue!.claims).toMatchObject([{ id: world.claim.id, isOverdue: true, dueAt: yesterday() }]);
    // The claim opens in the reader, where the reviewer sees the due date but cannot change it.
    await assigned.getByRole("link", { name: "“over 200 deportees”" }).click();
    await expect(reviewerPage).toHaveURL(new RegExp(`${world.path.replace("?", "\\?")}$`));
    await expect(panel(reviewerPage).getByTestId("claim-due-date")).toContainText("Overdue");
    await expect(reviewForm(reviewerPage).getByLabel("Due date")).toHaveCount(0);

    // Investigations are one click away.
    await reviewerPage.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Investigations" }).click();
    await expect(reviewerPage.getByRole("list", { name: "Investigations" })).toContainText(world.title);
  });

  test("the claim list filtered from an investigation's counts is shared by its address: opened fresh, it shows the same claims", async ({
    editor,
    editorPage,
    reviewer,
    browser,
    world,
  }) => {
    const other = await reviewer.addClaim(world.sourceId, "238 Venezuelans");
    await editor.reviewClaim(other, { status: "in-review", verdictKey: "false" });
    await editorPage.goto(`/investigations/${world.investigationId}`);
    await editorPage.getByTestId("claim-counts").getByRole("link", { name: "1" }).first().click();
    await expect(editorPage).toHaveURL(/\/claims\?status=open$/);
    await expect(editorPage.getByRole("list", { name: "Matching claims" }).getByRole("listitem")).toHaveCount(1);
    await expect(editorPage.getByRole("list", { name: "Matching claims" })).toContainText("over 200 deportees");

    const filters = editorPage.getByRole("form", { name: "Filter claims" });
    await filters.getByLabel("Status").selectOption({ label: "Any" });
    await filters.getByLabel("Verdict").selectOption({ label: "False" });
    await filters.getByRole("button", { name: "Show claims" }).click();
    await expect(editorPage).toHaveURL(/verdict=false/);
    const rows = editorPage.getByRole("list", { name: "Matching claims" });
    await expect(rows.getByRole("listitem")).toHaveCount(1);
    await expect(rows).toContainText("238 Venezuelans");
    await expect(rows).toContainText("In review");

    const shared = editorPage.url();
    const fresh = await browser.newContext();
    const page = await fresh.newPage();
    await signIn(page, reviewer);
    await page.goto(shared);
    await expect(page.getByRole("form", { name: "Filter claims" }).getByLabel("Verdict")).toHaveValue("false");
    await expect(page.getByRole("list", { name: "Matching claims" }).getByRole("listitem")).toHaveCount(1);
    await expect(page.getByRole("list", { name: "Matching claims" })).toContainText("238 Venezuelans");
    await fresh.close();

    // The API reads the same address's filters.
    const listed = await editor.api.json<{ claims: { exact: string }[] }>(
      "GET",
      `investigations/${world.investigationId}/claims?${new URL(shared).search.slice(1)}`,
    );
    expect(listed.claims.map((claim) => claim.exact)).toEqual(["238 Venezuelans"]);
  });
});

test.describe("four eyes", () => {
  test("the verdict's author is not offered Approve: the panel names who may, the API refuses, and another editor approves", async ({
    editor,
    editorPage,
    world,
  }) => {
    const second = newPerson("editor");
    const secondName = await nameOf(second);
    await editor.addEvidence(world.claim.id, { stance: "refutes", outlet: "Government count" });
    const reviewed = await editor.reviewClaim(world.claim, { verdictKey: "mostly-false", rationale: "The count was 261.", status: "in-review" });

    await editorPage.goto(world.path);
    await expect(panel(editorPage).getByTestId("four-eyes-notice")).toContainText("Four eyes: you set this claim's verdict, so someone else must approve it.");
    await expect(panel(editorPage).getByTestId("four-eyes-notice")).toContainText(secondName);
    await expect(reviewForm(editorPage).getByRole("button", { name: "Approve" })).toHaveCount(0);

    const refused = await editor.api.send("PATCH", `claims/${world.claim.id}`, { status: "approved" }, { "If-Match": `"v${reviewed.version}"` });
    expect(refused.status).toBe(403);
    expect(JSON.parse(refused.text).error.fields.status).toContain(secondName);

    const approved = await second.reviewClaim(reviewed, { status: "approved" });
    expect(approved.status).toBe("approved");
  });

  test("an editor turns four eyes off in the investigation's settings, and may then approve a verdict they set", async ({ editor, editorPage, world }) => {
    await editor.addEvidence(world.claim.id, { stance: "refutes", outlet: "Government count" });
    await editor.reviewClaim(world.claim, { verdictKey: "mostly-false", rationale: "The count was 261." });
    await editorPage.goto(`/investigations/${world.investigationId}`);
    await editorPage.locator("summary", { hasText: "Verdict scale, review and comparison settings" }).click();
    await expect(editorPage.locator("summary", { hasText: "Verdict scale" })).toContainText("four eyes on");
    const setting = editorPage.getByRole("form", { name: "Four eyes" });
    await expect(setting.getByLabel("On")).toBeChecked();
    await setting.getByLabel("Off").check();
    await setting.getByRole("button", { name: "Save four eyes" }).click();
    await expect(setting.getByTestId("form-message")).toHaveText("Four eyes is off.");

    await editorPage.goto(world.path);
    await expect(panel(editorPage).getByTestId("four-eyes-notice")).toHaveCount(0);
    await reviewForm(editorPage).getByRole("button", { name: "Approve" }).click();
    await expect(panel(editorPage).getByTestId("claim-status")).toHaveText("Approved");
  });
});
