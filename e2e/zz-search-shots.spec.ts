import { expect, signInInSpanish, test } from "./fixtures";
import { signIn } from "./accounts";

for (const [name, size] of [["desktop", { width: 1280, height: 900 }], ["phone", { width: 390, height: 844 }]] as const) {
  test(`shots en ${name}`, async ({ browser, reviewer }) => {
    const context = await browser.newContext({ viewport: size });
    const page = await context.newPage();
    await signIn(page, reviewer);
    await page.goto("/search?q=deportees");
    await expect(page.getByRole("status")).toBeVisible();
    await page.screenshot({ path: `/tmp/su/en-${name}.png`, fullPage: true });
    await page.goto("/search?q=carcel&language=es&from=2025-99-01");
    await page.screenshot({ path: `/tmp/su/en-${name}-bad-date.png`, fullPage: true });
    await page.goto("/search");
    await page.screenshot({ path: `/tmp/su/en-${name}-empty.png`, fullPage: false });
    await context.close();
  });
  test(`shots es ${name}`, async ({ browser, reviewer }) => {
    const context = await browser.newContext({ viewport: size, locale: "es-ES" });
    const page = await context.newPage();
    await signInInSpanish(page, reviewer);
    await page.goto("/search?q=carcel");
    await expect(page.getByRole("status")).toBeVisible();
    await page.screenshot({ path: `/tmp/su/es-${name}.png`, fullPage: true });
    await page.goto("/search?q=deportados+-zzzz&kind=claim");
    await page.screenshot({ path: `/tmp/su/es-${name}-claims.png`, fullPage: true });
    await page.goto("/search?q=xyzzyq");
    await page.screenshot({ path: `/tmp/su/es-${name}-none.png`, fullPage: false });
    await context.close();
  });
}
