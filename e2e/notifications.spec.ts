import type { Browser, Page } from "@playwright/test";
import { expectNoSeriousViolations } from "./axe-scan";
import { expect, signIn, test, usersCli, type Account } from "./fixtures";

/** A reviewer with a name no other test uses (assignee lists and mentions go by name), signed in in a browser context of their own. */
async function namedReviewer(browser: Browser, first: string) {
  const unique = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;
  const account: Account = { email: `${first.toLowerCase()}-${unique}@e2e.test`, password: `password for ${first} ${unique}`, role: "reviewer" };
  const name = `${first} Quiroga ${unique}`;
  usersCli("add", account.email, "--role", "reviewer", "--password", account.password, "--name", name);
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, account);
  return { name, page, close: () => context.close() };
}

const bell = (page: Page) => page.getByRole("banner").getByRole("button", { name: /^Notifications/ });
const unreadCount = (page: Page) => page.getByRole("banner").getByTestId("unread-count");

test.describe("notifications", () => {
  test("an editor assigns a claim; the reviewer's open bell shows it without a reload, and its item opens the claim and marks it read", async ({
    editorPage,
    browser,
    world,
  }) => {
    const reviewer = await namedReviewer(browser, "Rosa");
    await reviewer.page.goto("/");
    await expect(bell(reviewer.page)).toHaveAccessibleName("Notifications");
    await expect(unreadCount(reviewer.page)).toHaveCount(0);

    await editorPage.goto(world.path);
    const review = editorPage.getByRole("form", { name: "Verdict and status" });
    await review.getByLabel("Assigned to").selectOption({ label: reviewer.name });
    await review.getByRole("button", { name: "Save", exact: true }).click();
    await expect(review.getByLabel("Assigned to").locator("option:checked")).toHaveText(reviewer.name);

    await expect(unreadCount(reviewer.page)).toHaveText("1");
    await expect(bell(reviewer.page)).toHaveAccessibleName("Notifications, 1 unread");
    await bell(reviewer.page).click();
    const item = reviewer.page.getByRole("list", { name: "Newest notifications" }).getByRole("link", { name: /assigned you a claim/ });
    await expect(item).toContainText("“over 200 deportees”");
    await expect(item).toHaveAttribute("data-unread", "true");
    await item.click();
    await expect(reviewer.page).toHaveURL(new RegExp(`/sources/${world.sourceId}\\?claim=${world.claim.id}$`));
    await expect(reviewer.page.getByTestId("checking-panel")).toBeVisible();
    await expect(unreadCount(reviewer.page)).toHaveCount(0);
    await reviewer.close();
  });

  test("a comment mentioning someone, chosen through the autocomplete, notifies them; Mark all read clears the count", async ({
    editorPage,
    browser,
    world,
  }) => {
    const mentioned = await namedReviewer(browser, "Mina");
    await mentioned.page.goto("/notifications");
    await expect(mentioned.page.getByText("No notifications yet.")).toBeVisible();

    await editorPage.goto(world.path);
    const comment = editorPage.getByRole("form", { name: "Add comment" }).getByLabel("Comment");
    await comment.click();
    await comment.pressSequentially("Could you check the count, @Min");
    const options = editorPage.getByRole("listbox", { name: "Members to mention" });
    await expect(options.getByRole("option", { name: mentioned.name })).toBeVisible();
    await comment.press("Escape");
    await expect(options).toHaveCount(0);
    await comment.pressSequentially("a Q");
    await expect(options.getByRole("option")).toHaveCount(1);
    await expect(comment).toHaveAttribute("aria-activedescendant", /.+/);
    await expectNoSeriousViolations(editorPage);
    await comment.press("ArrowDown");
    await comment.press("Enter");
    await expect(options).toHaveCount(0);
    await comment.pressSequentially("before noon?");
    await expect(comment).toHaveValue(`Could you check the count, @[${mentioned.name}] before noon?`);
    await editorPage.getByRole("button", { name: "Add comment" }).click();
    const shown = editorPage.getByTestId("checking-panel").getByRole("list", { name: "Comments" });
    await expect(shown.locator(".mention")).toHaveText(`@${mentioned.name}`);
    await expect(shown).not.toContainText("@[");

    // The mentioned reviewer's page, open all along: the bell counts it, and the list shows it once the count changes.
    await expect(unreadCount(mentioned.page)).toHaveText("1");
    const list = mentioned.page.getByRole("main").getByRole("list", { name: "Notifications" });
    await expect(list.getByRole("link", { name: /mentioned you in a comment/ })).toContainText(`@${mentioned.name} before noon?`);

    // A second one (an assignment), then Mark all read in the bell clears both.
    const review = editorPage.getByRole("form", { name: "Verdict and status" });
    await review.getByLabel("Assigned to").selectOption({ label: mentioned.name });
    await review.getByRole("button", { name: "Save", exact: true }).click();
    await expect(unreadCount(mentioned.page)).toHaveText("2");
    await bell(mentioned.page).click();
    await expect(mentioned.page.getByRole("list", { name: "Newest notifications" }).getByRole("listitem")).toHaveCount(2);
    await expectNoSeriousViolations(mentioned.page);
    await mentioned.page.getByRole("banner").getByRole("button", { name: "Mark all read" }).click();
    await expect(unreadCount(mentioned.page)).toHaveCount(0);
    await expect(list.locator('[data-unread="true"]')).toHaveCount(0);
    await mentioned.page.reload();
    await expect(bell(mentioned.page)).toHaveAccessibleName("Notifications");
    await expect(mentioned.page.getByRole("main").getByRole("list", { name: "Notifications" }).getByRole("listitem")).toHaveCount(2);
    await mentioned.close();
  });
});
