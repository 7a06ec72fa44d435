import type { Page } from "@playwright/test";
import { expect, test, type Person } from "./fixtures";
import { expectNoSeriousViolations } from "./axe-scan";
import { ReaderPage } from "./pages/reader-page";

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

const paragraph =
  "Officials in both capitals described the transfer in different words over the following days, and lawyers for several families asked for the lists.";
const text = `${Array.from({ length: 6 }, () => paragraph).join("\n\n")}\n\nA later statement put the number at roughly 250 Venezuelans, held in a prison built for 40,000 inmates.\n\n${paragraph}`;

/** An investigation with long titles, two sources and a fact two claims speak to; all by `editor`. */
async function world(editor: Person) {
  const investigation = await editor.createInvestigation("Flights to a prison abroad, as reported on the days after the first planes landed");
  const wire = await editor.addSource(investigation.id, {
    title: "A very long headline about the flights that wraps onto several lines on a phone",
    outlet: "Harbour Wire",
    text,
  });
  const ledger = await editor.addSource(investigation.id, { title: "Who was on board", outlet: "Civic Ledger", text: "The manifests list 238 Venezuelans." });
  const roughly = await editor.addClaim(wire.id, "roughly 250 Venezuelans");
  const listed = await editor.addClaim(ledger.id, "238 Venezuelans");
  const fact = await editor.addFact(investigation.id, "Venezuelans among the people flown to El Salvador on the first flights", [roughly.id, listed.id]);
  return { investigationId: investigation.id, wireId: wire.id, ledgerId: ledger.id, factId: fact.id };
}

async function expectNoSidewaysScroll(page: Page) {
  const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(widths.scroll, `page ${page.url()} is ${widths.scroll}px wide on a ${widths.client}px screen`).toBeLessThanOrEqual(widths.client);
}

test("on a phone, tapping a highlight opens the claim in a sheet where the reader is looking, with the highlight above it", async ({
  editor,
  editorPage: page,
}) => {
  const { wireId } = await world(editor);
  const reader = new ReaderPage(page);
  await reader.goto(wireId);
  await expect(page.locator("#reader-help")).toBeHidden(); // keyboard help is for keyboards
  const { middle } = await reader.pointsOf("roughly 250 Venezuelans");
  await page.touchscreen.tap(middle.x, middle.y);

  const sheet = reader.openClaim;
  await expect(sheet).toContainText("roughly 250 Venezuelans");
  const box = (await sheet.boundingBox())!;
  expect(box.y).toBeGreaterThan(0);
  expect(box.y + box.height).toBeLessThanOrEqual(844 + 1);
  const highlight = await page.evaluate(() => {
    const root = document.querySelector("[data-testid=source-text]")!;
    for (const node of root.querySelectorAll("p")) {
      const at = node.textContent!.indexOf("roughly 250");
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(node.firstChild!, at);
      range.setEnd(node.firstChild!, at + 11);
      return range.getBoundingClientRect().bottom;
    }
    return null;
  });
  expect(highlight).not.toBeNull();
  expect(highlight!).toBeLessThan(box.y);
  await expectNoSidewaysScroll(page);
  await expectNoSeriousViolations(page);

  await sheet.getByRole("button", { name: "Close the open claim" }).click();
  await expect(reader.openClaim).toHaveCount(0);
  await expect(page).toHaveURL(new RegExp(`/sources/${wireId}$`));
});

test("on a phone, the investigation, the fact table and the side-by-side view fit the screen", async ({ editor, editorPage: page }) => {
  const { investigationId, wireId, ledgerId, factId } = await world(editor);
  for (const path of [
    `/investigations/${investigationId}`,
    `/facts/${factId}`,
    `/investigations/${investigationId}/compare?a=${wireId}&b=${ledgerId}`,
    `/sources/${wireId}`,
  ]) {
    await page.goto(path);
    await expect(page.locator("main")).toBeVisible();
    await expectNoSidewaysScroll(page);
  }
});

test("on a wide screen, the claim list and the open claim are in reach at once, and Next / Prev step through the claims", async ({
  editor,
  editorPage: page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const { wireId } = await world(editor);
  await editor.addClaim(wireId, "40,000 inmates");
  const reader = new ReaderPage(page);
  await reader.goto(wireId);
  await reader.claimList.getByRole("button").first().click();
  await expect(reader.openClaim).toContainText("1 of 2");
  await reader.waitForCheckingPanel("roughly 250 Venezuelans");
  for (const region of [reader.claimList, reader.openClaim]) {
    const box = (await region.boundingBox())!;
    expect(box.y + 20, "in the first screen").toBeLessThan(720);
  }
  await reader.openClaim.getByRole("button", { name: "Next claim" }).click();
  await expect(reader.openClaim).toContainText("2 of 2");
  await expect(reader.openClaim.locator("mark")).toHaveText("40,000 inmates");
  await reader.openClaim.getByRole("button", { name: "Previous claim" }).click();
  await expect(reader.openClaim.locator("mark")).toHaveText("roughly 250 Venezuelans");
});
