import type { Page } from "@playwright/test";
import { expect, test, type Person, type World } from "./fixtures";

/** The world with a second claim, and its claim rated "Mostly true" with one evidence item; by `editor`. */
async function rate(world: World, editor: Person) {
  await editor.addClaim(world.sourceId, "238 Venezuelans");
  await editor.reviewClaim(world.claim, { verdictKey: "mostly-true" });
  await editor.addEvidence(world.claim.id, { outlet: "Ministry", stance: "supports" });
}

/** The colour `value` computes to (so "rgb(1 2 3 / 0.5)" and "rgba(1, 2, 3, 0.5)" compare equal). */
function computedColour(page: Page, value: string) {
  return page.evaluate((colour) => {
    const probe = document.createElement("span");
    probe.style.backgroundColor = colour;
    document.body.append(probe);
    const computed = getComputedStyle(probe).backgroundColor;
    probe.remove();
    return computed;
  }, value);
}

test.describe("verdict colours and delete dialogs", () => {
  test("a 'Mostly true' claim has one colour: its badge, its highlight and the legend match", async ({ editor, editorPage: page, world }) => {
    await rate(world, editor);
    await page.goto(world.path);
    const badge = page.getByTestId("verdict-badge");
    await expect(badge).toHaveText("Mostly true");
    const badgeColour = await badge.evaluate((element) => getComputedStyle(element).backgroundColor);

    // The reader paints claims with the CSS Custom Highlight API: find the verdict layer that
    // holds this claim's words, then the ::highlight() rule that colours it.
    const layer = await page.evaluate((exact) => {
      for (const [name, highlight] of CSS.highlights) {
        if (!name.startsWith("claim-verdict") && name !== "claim-unchecked") continue;
        for (const range of highlight) if (range.toString() === exact) return name;
      }
      return null;
    }, "over 200 deportees");
    expect(layer).toBe("claim-verdict-true");
    const highlightRule = await page.evaluate((name) => {
      for (const sheet of Array.from(document.styleSheets)) {
        for (const rule of Array.from(sheet.cssRules)) {
          if (rule instanceof CSSStyleRule && rule.selectorText === `::highlight(${name})`) return rule.style.backgroundColor;
        }
      }
      return null;
    }, layer);
    expect(highlightRule).not.toBeNull();
    expect(await computedColour(page, highlightRule!)).toBe(badgeColour);
    const legendColour = await page.getByTestId("legend-true").evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(legendColour).toBe(badgeColour);
    // Not the yellow of a claim with no verdict yet.
    const uncheckedColour = await page.getByTestId("legend-unchecked").evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(uncheckedColour).not.toBe(badgeColour);
  });

  test("the delete dialogs say how many claims, verdicts and evidence items go with a source or an investigation", async ({
    editor,
    editorPage: page,
    world,
  }) => {
    await rate(world, editor);
    const { investigationId, sourceId } = world;
    await page.goto(`/sources/${sourceId}`);
    await page.getByRole("button", { name: "Delete source" }).click();
    const sourceDialog = page.getByRole("alertdialog");
    await expect(sourceDialog).toContainText("Deleting this source also deletes 2 claims, 1 verdict and 1 evidence item.");
    await sourceDialog.getByRole("button", { name: "Cancel" }).click();

    await page.goto(`/investigations/${investigationId}`);
    await page.getByRole("button", { name: "Delete investigation" }).click();
    const investigationDialog = page.getByRole("alertdialog");
    await expect(investigationDialog).toContainText("Deleting this investigation also deletes 1 source, 2 claims, 1 verdict and 1 evidence item.");
    await investigationDialog.getByRole("button", { name: "Delete" }).click();
    await expect(page).toHaveURL(/localhost:\d+\/investigations$/);
  });
});
