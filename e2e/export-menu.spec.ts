import type { Page } from "@playwright/test";
import { expect, seedSource, test } from "./fixtures";

const longTitle = "Flights to a prison in March 2025, the court orders that were ignored, and what the ministry, the airline and the prison said afterwards";

/** Opens the Export menu and checks that the whole of it lies inside the viewport; saves a screenshot of it. */
async function expectExportMenuInside(page: Page, screenshot: string) {
  await page.getByText("Export", { exact: true }).click();
  const menu = page.getByTestId("export-menu");
  await expect(menu.getByRole("list", { name: "Export formats" })).toBeVisible();
  await menu.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath(screenshot) });
  const box = (await menu.boundingBox())!;
  const viewport = page.viewportSize()!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
  await expect(menu).toBeInViewport({ ratio: 1 });
}

test.describe("the Export menu", () => {
  for (const viewport of [
    { name: "desktop", width: 1280, height: 800 },
    { name: "phone", width: 390, height: 844 },
  ]) {
    test(`stays inside the screen when a long title wraps the header's buttons (${viewport.name}, ${viewport.width} px)`, async ({
      editor,
      editorPage: page,
    }) => {
      // The investigation is named after its source: both titles are long.
      const source = await seedSource(editor, { title: longTitle, outlet: "Harbour Wire", text: "Over 200 deportees were flown out." });
      await page.setViewportSize({ width: viewport.width, height: viewport.height });

      await page.goto(`/investigations/${source.investigationId}`);
      await expectExportMenuInside(page, `investigation-${viewport.name}.png`);
      await page.goto(`/sources/${source.id}`);
      await expectExportMenuInside(page, `source-${viewport.name}.png`);
    });
  }
});
