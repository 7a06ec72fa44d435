import { readFileSync } from "node:fs";
import type { Locator, Page } from "@playwright/test";
import { verifyWacz } from "../lib/capture/verify-wacz";
import { ARTICLE_PARAGRAPHS, ARTICLE_TITLE, NOTE_TEXT, PRIVATE_PARAGRAPH, REDIRECT_PARAGRAPH, startCaptureSite, type CaptureSite } from "./capture-site";
import { expect, signInInSpanish, test, type Person } from "./fixtures";
import { expectNoSeriousViolations } from "./axe-scan";
import { pdfText } from "./pages/export-menu";
import { captureSitePort } from "./setup/environment.mjs";
import { corruptCaptureChecks } from "./setup/capture-data";

/**
 * Captures as a person sees them (issue #19): the evidence item's capture state changing live
 * (no reload), its thumbnail, "View capture" (the captured text and screenshot, never the
 * page's HTML), the WACZ download, Retry after a failure, "Check again" with its word diff,
 * the report's "Captured … · SHA-256 …" line, and a broken capture that keeps the page up.
 * One capture site serves every test; the server's worker captures in the background.
 */
let site: CaptureSite;

test.beforeAll(async () => {
  site = await startCaptureSite({ port: captureSitePort });
});
test.afterAll(async () => {
  await site.close();
});

test.describe.configure({ timeout: 120_000 });

/** Waits this long for the server's worker to capture a local page (it usually takes 1–3 s). */
const captureWait = { timeout: 60_000 };

function evidenceItems(page: Page): Locator {
  return page.getByTestId("checking-panel").locator("li[data-evidence-id]");
}

/** Adds evidence through the claim panel's form (the English interface), as a person does. */
async function addEvidenceLink(page: Page, url: string, quote?: string) {
  const form = page.getByRole("form", { name: "Add evidence" });
  if (!(await form.isVisible())) await page.getByText("Add evidence", { exact: true }).first().click();
  await form.getByLabel("Link").fill(url);
  if (quote) await form.getByLabel("Quote").fill(quote);
  await form.getByLabel(/Supports/).check();
  await form.getByRole("button", { name: "Add evidence" }).click();
}

/** A claim in a fresh investigation of `editor`'s, with evidence linking each of `paths` on the capture site (added over the API). */
async function claimWithEvidence(editor: Person, paths: string[]) {
  const investigation = await editor.createInvestigation("Captures");
  const source = await editor.addSource(investigation.id, { title: "Council notes", text: "The council delayed the ferry timetable by six weeks." });
  const claim = await editor.addClaim(source.id, "delayed the ferry timetable");
  const items: Array<{ id: string; capture: { id: string } }> = [];
  for (const path of paths)
    items.push((await editor.addEvidence(claim.id, { url: `${site.origin}${path}`, stance: "supports" })) as unknown as (typeof items)[number]);
  return { investigationId: investigation.id as string, path: `/sources/${source.id}?claim=${claim.id}`, items };
}

test.describe("captures in the workspace", () => {
  test("evidence linking a page with images, styles and a script is captured while the page is open: thumbnail, captured text and screenshot, a WACZ that verifies", async ({
    editorPage: page,
    world,
  }) => {
    await page.goto(world.path);
    const quote = ARTICLE_PARAGRAPHS[1]!.slice(0, 70);
    await addEvidenceLink(page, `${site.origin}/article`, quote);
    const item = evidenceItems(page).filter({ hasText: `${site.origin}/article` });
    // Live: the state moves from waiting to captured without a reload (the investigation's live stream).
    const state = item.getByTestId("capture-state");
    await expect(state).toBeVisible();
    await expect(state).toHaveText(/^Captured \d{1,2} \w{3} \d{4}, \d{2}:\d{2} UTC$/, captureWait);
    const thumbnail = item.getByRole("img", { name: "Screenshot of the captured page" });
    await expect(thumbnail).toBeVisible();
    await expect.poll(() => thumbnail.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    await expect(item.getByTestId("capture-quote-match")).toHaveText("Quote found in the captured page.");
    await expect(item.getByText("Opens in ReplayWeb.page")).toBeVisible();

    // The archive: a plain download that verifies (datapackage hashes, WARC records) and holds the page and its resources.
    const downloading = page.waitForEvent("download");
    await item.getByRole("link", { name: "Download archive (WACZ)" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^capture-\d{4}-\d{2}-\d{2}-[0-9a-f]{12}\.wacz$/);
    const verification = await verifyWacz(readFileSync(await download.path()));
    expect(verification.problems).toEqual([]);
    expect(verification.ok).toBe(true);
    expect(verification.pages).toEqual([`${site.origin}/article`]);
    expect(verification.records).toBeGreaterThanOrEqual(6); // the page, its stylesheet, script, two images (one redirected) and the note it fetched

    await item.getByRole("link", { name: "View capture" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(ARTICLE_TITLE);
    const facts = page.getByTestId("capture-facts");
    await expect(facts).toContainText(`Requested address${site.origin}/article`);
    await expect(facts).toContainText("HTTP status200");
    await expect(facts).toContainText(/SHA-256 of the archive[0-9a-f]{64}/);
    await expect(facts).toContainText(/SHA-256 of the text[0-9a-f]{64}/);
    const text = page.getByTestId("captured-text");
    await expect(text).toContainText(ARTICLE_PARAGRAPHS[0]!);
    await expect(text).toContainText(NOTE_TEXT); // what the page's script fetched is in the capture
    await expect.poll(() => page.getByTestId("capture-screenshot").evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    // The captured page is never rendered here: no frame, no element of its own markup.
    await expect(page.locator("iframe, object, embed")).toHaveCount(0);
    await expect(page.locator("#note")).toHaveCount(0);
  });

  test("a redirect chain shows where it ended; a page reaching for private addresses is captured without one request reaching them", async ({
    editor,
    editorPage: page,
  }) => {
    const { path, items } = await claimWithEvidence(editor, ["/redirect/1", "/private"]);
    await page.goto(path);
    const [redirected, reaching] = [evidenceItems(page).filter({ hasText: "/redirect/1" }), evidenceItems(page).filter({ hasText: "/private" })];
    await expect(redirected.getByTestId("capture-state")).toHaveText(/^Captured /, captureWait);
    await expect(reaching.getByTestId("capture-state")).toHaveText(/^Captured /, captureWait);
    expect(site.canary.connections).toBe(0);
    expect(site.canary.requests).toEqual([]);

    await page.goto(`/captures/${items[0]!.capture.id}`);
    await expect(page.getByTestId("capture-facts")).toContainText(`Final address${site.origin}/redirect/end`);
    await expect(page.getByTestId("captured-text")).toContainText(REDIRECT_PARAGRAPH);
    await page.goto(`/captures/${items[1]!.capture.id}`);
    await expect(page.getByTestId("captured-text")).toContainText(PRIVATE_PARAGRAPH);
  });

  test("a page that never finishes waits to be tried again with the reason; a 50 MB page fails with the reason, and Retry tries it again", async ({
    editor,
    editorPage: page,
  }) => {
    const { path } = await claimWithEvidence(editor, ["/never-ends", "/huge"]);
    await page.goto(path);
    const huge = evidenceItems(page).filter({ hasText: "/huge" });
    await expect(huge.getByTestId("capture-state")).toHaveText("Capture failed because the page is larger than the size limit", captureWait);
    await expect(huge.getByRole("img")).toHaveCount(0);
    const fetchesOfHuge = () => site.requests.filter((request) => request === "GET /huge").length;
    const before = fetchesOfHuge();
    await huge.getByRole("button", { name: "Retry" }).click();
    // Tried again: the page is fetched once more, and fails again for the same reason (it is still 50 MB).
    // (The Retry button and its message go with the failure: the state line says what happens.)
    await expect.poll(fetchesOfHuge, captureWait).toBe(before + 1);
    await expect(huge.getByTestId("capture-state")).toHaveText("Capture failed because the page is larger than the size limit", captureWait);

    const never = evidenceItems(page).filter({ hasText: "/never-ends" });
    await expect(never.getByTestId("capture-state")).toHaveText(
      "Waiting to try again: the last attempt failed because the page did not finish loading in time",
      captureWait,
    );
  });

  test("Check again: unchanged at first; once the page changes, 'Changed since capture' with the words added and removed marked; the report and PDF carry the capture line", async ({
    editor,
    editorPage: page,
    reviewerPage,
  }) => {
    site.setChangingText("The first version of this page says the bridge opens in March.");
    const { path, investigationId } = await claimWithEvidence(editor, ["/changing"]);
    await page.goto(path);
    const item = evidenceItems(page).filter({ hasText: "/changing" });
    await expect(item.getByTestId("capture-state")).toHaveText(/^Captured /, captureWait);

    await item.getByRole("button", { name: "Check again" }).click();
    await expect(item.getByRole("status").filter({ hasText: /^Unchanged since capture$/ })).toBeVisible(captureWait);
    await expect(item.getByTestId("capture-check").first()).toContainText("Unchanged since capture");

    site.setChangingText("The second version of this page says the bridge opens in June.");
    await item.getByRole("button", { name: "Check again" }).click();
    await expect(item.getByRole("status").filter({ hasText: /^Changed since capture$/ })).toBeVisible(captureWait);
    const newest = item.getByTestId("capture-check").first();
    await expect(newest).toContainText("Changed since capture");
    const diff = newest.getByTestId("word-diff");
    await expect(diff).toBeVisible();
    await expect(diff.locator("ins")).toContainText(["June"]);
    await expect(diff.locator("del")).toContainText(["March"]);
    // Not by colour alone: struck through and underlined, and named for screen readers.
    await expect(diff.locator("del").first()).toHaveCSS("text-decoration-line", "line-through");
    await expect(diff.locator("ins").first()).toHaveCSS("text-decoration-line", "underline");
    await expect(diff.locator("ins").first()).toContainText("added:");
    await expect(item.getByTestId("capture-check")).toHaveCount(2);
    await expectNoSeriousViolations(page); // the panel with a capture, its checks and the diff (WCAG 2.1 A and AA)
    const evidence = (await editor.api.json("GET", `evidence/${(await item.getAttribute("data-evidence-id"))!}`)) as {
      capture: { id: string; sha256: string };
    };
    await page.goto(`/captures/${evidence.capture.id}`);
    await expect(page.getByTestId("word-diff")).toBeVisible();
    await expect(page.getByRole("button", { name: "Check again" })).toBeVisible();
    await expectNoSeriousViolations(page); // the capture page
    // A reviewer who did not add the evidence reads the capture and its checks, and is not offered "Check again".
    await reviewerPage.goto(`/captures/${evidence.capture.id}`);
    await expect(reviewerPage.getByTestId("capture-check")).toHaveCount(2);
    await expect(reviewerPage.getByRole("button", { name: "Check again" })).toHaveCount(0);

    // The report and the PDF say when the link was captured and the archive's hash.
    const line = new RegExp(`Captured \\d{1,2} \\w{3} \\d{4}, \\d{2}:\\d{2} UTC · SHA-256 ${evidence.capture.sha256}`);
    const html = await (await page.request.get(`/api/export/investigations/${investigationId}?format=html`)).text();
    expect(html.replace(/<[^>]+>/g, "")).toMatch(line);
    const pdf = await (await page.request.get(`/api/export/investigations/${investigationId}?format=pdf`)).body();
    expect(pdfText(pdf).replace(/\s+/g, " ")).toMatch(/Captured \d{1,2} \w{3} \d{4}, \d{2}:\d{2} UTC · SHA-256 [0-9a-f]{12}/);
  });

  test("a capture that cannot be shown stops only its own part of the evidence item; the claim panel stays", async ({ editor, editorPage: page }) => {
    site.setChangingText("A page whose check will be unreadable.");
    const { path, items } = await claimWithEvidence(editor, ["/changing"]);
    await page.goto(path);
    const item = evidenceItems(page).filter({ hasText: "/changing" });
    await expect(item.getByTestId("capture-state")).toHaveText(/^Captured /, captureWait);
    await item.getByRole("button", { name: "Check again" }).click();
    await expect(item.getByTestId("capture-check")).toHaveCount(1);

    corruptCaptureChecks(items[0]!.capture.id); // a stored check the page cannot read
    await page.reload();
    await expect(item.getByRole("alert")).toContainText("The capture stopped after an error.");
    await expect(page.getByRole("form", { name: "Verdict and status" })).toBeVisible();
    await expect(item.getByRole("link", { name: `${site.origin}/changing` })).toBeVisible();
  });
});

test.describe("captures in Spanish", () => {
  test("the evidence item and the capture page speak Spanish and fit a phone; the daily re-check is a setting of the investigation", async ({
    browser,
    editor,
  }) => {
    const { path, items, investigationId } = await claimWithEvidence(editor, ["/article"]);
    const page = await (await browser.newContext({ locale: "es-ES", viewport: { width: 390, height: 844 } })).newPage();
    await signInInSpanish(page, editor);
    await page.goto(path);
    const item = evidenceItems(page).first();
    await expect(item.getByTestId("capture-state")).toHaveText(/^Capturada el \d{1,2} \w{3} \d{4}, \d{1,2}:\d{2} UTC$/, captureWait);
    await expect(item.getByRole("link", { name: "Ver captura" })).toBeVisible();
    await expect(item.getByRole("link", { name: "Descargar archivo (WACZ)" })).toBeVisible();
    await expect(item.getByRole("button", { name: "Comprobar de nuevo" })).toBeVisible();

    await page.goto(`/captures/${items[0]!.capture.id}`);
    await expect(page.getByRole("heading", { name: "Texto capturado" })).toBeVisible();
    await expect(page.getByTestId("capture-facts")).toContainText("Estado HTTP200");
    // At phone width nothing runs off the side: the addresses and hashes wrap, the screenshot shrinks.
    await expect.poll(() => page.getByTestId("capture-screenshot").evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    await page.goto(`/investigations/${investigationId}`);
    await page.getByText("Escala de veredictos, revisión y comparación").click();
    const daily = page.getByRole("form", { name: "Comprobar la evidencia a diario" });
    await daily.getByLabel("Activado", { exact: true }).check();
    await daily.getByRole("button", { name: "Guardar comprobación diaria" }).click();
    await expect(daily.getByText("La evidencia se comprobará a diario.")).toBeVisible();
    const saved = (await editor.api.json("GET", `investigations/${investigationId}`)) as { dailyRecheck?: boolean };
    expect(saved.dailyRecheck).toBe(true);
  });
});
