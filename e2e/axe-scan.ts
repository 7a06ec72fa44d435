import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/**
 * Scans the page as it is now with axe against WCAG 2.0 / 2.1 A and AA. A serious or critical
 * violation fails the test, with each rule's id, help and the elements it found, so the
 * failure says what to fix and where.
 */
const wcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

export async function expectNoSeriousViolations(page: Page) {
  // Page titles are streamed metadata in Next 16 and re-inserted after a server action's
  // refresh: scan once the page has settled with its title, not in between.
  await expect(page).toHaveTitle(/\S/);
  let blocking = await seriousViolations(page);
  if (blocking.length === 1 && blocking[0]!.id === "document-title") {
    // A client navigation (a claim opened changes the address) re-streams the title: the scan
    // caught the gap. Once the title is back the page is scanned again; a page that truly has
    // none fails here too.
    await expect(page).toHaveTitle(/\S/);
    blocking = await seriousViolations(page);
  }
  const report = blocking
    .map((violation) =>
      [
        `[${violation.impact}] ${violation.id}: ${violation.help} (${violation.helpUrl})`,
        ...violation.nodes.map((node) => `  - element ${node.target.join(" ")}\n      ${(node.failureSummary ?? "").replace(/\n/g, "\n      ")}`),
      ].join("\n"),
    )
    .join("\n");
  expect(
    blocking.map((violation) => violation.id),
    `Serious or critical accessibility violations on ${page.url()}:\n${report}`,
  ).toEqual([]);
}

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  return results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
}
