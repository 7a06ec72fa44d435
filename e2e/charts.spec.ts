import { expectNoSeriousViolations } from "./axe-scan";
import { bearer } from "./api-client";
import { expect, newPerson, seededAdmin, signIn, test, type Person } from "./fixtures";
import { exportFromMenu, pdfText } from "./pages/export-menu";

/**
 * The charts of a fact (issue 21): the number line and timeline on the fact page, the
 * sparkline in the investigation's fact list, and both charts in the HTML report, the PDF
 * and the public report.
 */

/** A fact whose four claims disagree: 261 cannot be nearly 300; one source is undated. All through the API. */
async function factInConflict(editor: Person, title: string) {
  const investigation = await editor.createInvestigation(title);
  const source = (outlet: string, publishedAt: string | undefined, text: string) =>
    editor.addSource(investigation.id, { title: `${outlet} report`, outlet, text, ...(publishedAt ? { publishedAt } : {}) });
  const wire = await source("Harbour Wire", "2025-03-16", "Officials said more than 250 people were flown out on Sunday.");
  const daily = await source("Northgate Daily", "2025-03-17", "Nearly 300 people were on the planes, a person familiar with the flights said.");
  const ledger = await source("Civic Ledger", "2025-03-18", "The government's list names 261 people in all.");
  const gazette = await source("Undated Gazette", undefined, "Roughly 250 people were removed, the gazette wrote.");
  const claims = [
    await editor.addClaim(wire.id, "more than 250 people"),
    await editor.addClaim(daily.id, "Nearly 300 people"),
    await editor.addClaim(ledger.id, "261 people"),
    await editor.addClaim(gazette.id, "Roughly 250 people"),
  ];
  await editor.reviewClaim(claims[2]!, { verdictKey: "true" });
  const fact = await editor.addFact(
    investigation.id,
    "People flown out on 15–16 March",
    claims.map((claim) => claim.id),
  );
  return { investigationId: investigation.id as string, factId: fact.id as string, claims };
}

test("the demo fact in conflict shows its claims on a number line with the conflict marked, reachable by keyboard, and a click opens the claim", async ({
  page,
}) => {
  await signIn(page, seededAdmin);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Investigations" }).click();
  await page.getByRole("link", { name: /Deportation flights to El Salvador, March 2025/ }).click();
  // The fact list carries each fact's number line in small, its counts in words.
  const factLink = page.getByRole("link", { name: /People flown to El Salvador/ });
  await expect(factLink.getByRole("img", { name: /^\d+ claims on a number line, \d+ conflicting pairs?$/ })).toBeVisible();
  await factLink.click();

  const numberLine = page.getByTestId("number-line");
  const rows = numberLine.getByRole("link");
  await expect(rows.nth(1)).toBeVisible(); // at least two rows (other claims may join the demo's facts)
  // The pair that cannot both hold is marked in words (and a hatched band), not by colour alone.
  const ledger = rows.filter({ hasText: "261 people" });
  const northgate = rows.filter({ hasText: "Nearly 300 people" });
  await expect(ledger).toContainText("Conflicts with");
  await expect(northgate).toContainText("Conflicts with");
  await expect(ledger.locator(".chart-conflict-band")).toHaveCount(1);
  await expect(ledger).toHaveAccessibleName(/exactly 261/);
  await expect(page.getByTestId("timeline")).toContainText("Mar 17, 2025");

  // Keyboard: Tab from the chart's heading reaches the first row, which lights up.
  await page.getByRole("heading", { name: "The figures on a number line" }).click();
  await page.keyboard.press("Tab");
  await expect(rows.first()).toBeFocused();
  await expect(rows.first().locator(".chart-row-back")).toHaveCSS("stroke", "rgb(30, 64, 175)");

  // The same data as a table.
  await page.getByText("The figures as a table").click();
  const table = page.getByRole("table", { name: "The figures drawn in the charts" });
  await expect(table.getByRole("row").filter({ hasText: "261 people" })).toContainText("261 (included)");
  await expectNoSeriousViolations(page);

  await northgate.click();
  await expect(page).toHaveURL(/\/sources\/[^/?]+\?claim=/);
  await expect(page.getByTestId("source-text")).toContainText("Nearly 300 people");
  await expect(page.getByTestId("checking-panel")).toContainText("Nearly 300 people");
});

test("the number line looks the same on a desktop and on a phone", async ({ editor, editorPage: page }) => {
  const { factId } = await factInConflict(editor, "Charts: screenshots");
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`/facts/${factId}`);
  await page.mouse.move(0, 0);
  const numberLine = page.getByTestId("number-line");
  await expect(numberLine.getByRole("link")).toHaveCount(4);
  await expect(numberLine).toHaveScreenshot("number-line-desktop.png");
  await expect(page.getByTestId("timeline")).toHaveScreenshot("timeline-desktop.png");

  await page.setViewportSize({ width: 390, height: 844 });
  await page.mouse.move(0, 0);
  await expect(numberLine).toHaveScreenshot("number-line-phone.png");
  // The chart scrolls inside its frame; the page itself does not scroll sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectNoSeriousViolations(page);
});

test("the charts are in the HTML report, readable in the PDF's text, and in the public report", async ({ editor, editorPage: page, request }) => {
  test.setTimeout(120_000);
  const { investigationId, claims } = await factInConflict(editor, "Charts: reports");
  await page.goto(`/investigations/${investigationId}`);

  const html = (await exportFromMenu(page, "Report (HTML)")).bytes.toString();
  expect(html).toMatch(/<svg [^>]*class="fact-chart chart-number-line"/);
  expect(html).toMatch(/<svg [^>]*class="fact-chart chart-timeline"/);
  // Undated sources come first in a fact's rows, then the oldest.
  expect(html).toContain("<title>4. Civic Ledger: “261 people” exactly 261 · True · Conflicts with 3</title>");
  expect(html).not.toMatch(/<script(?![^>]*application\/ld\+json)/);

  const text = pdfText((await exportFromMenu(page, "Report (PDF)")).bytes).replace(/\s+/g, " ");
  expect(text).toMatch(/The figures on a number line/i); // headings print in capitals
  expect(text).toMatch(/The figures over time/i);
  for (const words of [
    "4. Civic Ledger: “261 people”",
    "exactly 261 · True · Conflicts with 3",
    "Mar 17, 2025",
    "Not on the timeline (publication date unknown):",
    "1. Undated Gazette",
  ])
    expect(text).toContain(words);

  // The public report draws the approved claims only: approve two of them (four eyes), share a link.
  const second = newPerson("editor");
  for (const claim of [claims[1]!, claims[2]!]) {
    await editor.addEvidence(claim.id, { url: "https://gov.example/manifest", outlet: "Ministry", stance: "refutes" });
    const current: { id: string; version: number } = await editor.api.json("GET", `claims/${claim.id}`);
    const reviewed = await editor.reviewClaim(current, { verdictKey: "mixed", rationale: "The manifests disagree." });
    await second.reviewClaim(reviewed, { status: "approved" });
  }
  const link = await (await request.post(`/api/v1/investigations/${investigationId}/public-link`, { headers: bearer(editor.token) })).json();
  const publicPage = await page.context().browser()!.newPage();
  await publicPage.goto(link.url);
  const chart = publicPage.locator("svg.chart-number-line");
  await expect(chart).toBeVisible();
  await expect(chart.locator(".chart-row")).toHaveCount(2);
  await expect(chart).toContainText("Conflicts with 2");
  await expect(chart).not.toContainText("more than 250");
  await publicPage.close();
});
