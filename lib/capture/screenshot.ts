import type { Page } from "playwright-core";

/** Taller pages are cut at this height: a PNG of an endless page would not fit in memory, nor help anyone. */
export const MAX_SCREENSHOT_HEIGHT = 16_000;

/** A full-page PNG of the page as loaded (at most MAX_SCREENSHOT_HEIGHT CSS pixels tall), within `timeoutMs`. */
export async function takeScreenshot(page: Page, timeoutMs: number): Promise<Buffer> {
  const timeout = Math.max(1, timeoutMs);
  const height = await page.evaluate(() => Math.max(document.documentElement.scrollHeight, document.body?.scrollHeight ?? 0));
  const width = page.viewportSize()?.width ?? 1280;
  const clip = height > MAX_SCREENSHOT_HEIGHT ? { x: 0, y: 0, width, height: MAX_SCREENSHOT_HEIGHT } : undefined;
  return page.screenshot({ type: "png", fullPage: true, clip, timeout });
}
