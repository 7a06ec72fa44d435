import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parse as parseCsv } from "csv-parse/sync";
import { bearer } from "./api-client";
import { seededAdmin, expect, newPerson, signIn, test, type Person } from "./fixtures";
import { exportFromMenu, pdfText } from "./pages/export-menu";
import { htmlPayloads } from "./fixtures/attack-corpus";

const wireText = "The government said over 200 deportees were flown to San Salvador on Sunday. A lawyer for several families disputed the account on Monday.";
const ledgerText = "Flight manifests seen by reporters list 238 Venezuelans and 23 Salvadorans on the three planes.";

/** An investigation with two sources, three claims, evidence, an approved verdict and a fact; all through the API. */
async function checkedInvestigation(editor: Person, title = "Deportation flights, March 2025") {
  const investigation = await editor.createInvestigation(title);
  const wire = await editor.addSource(investigation.id, {
    title: "Deportees flown out",
    outlet: "Harbour Wire",
    url: "https://wire.example/flights",
    publishedAt: "2025-03-16",
    text: wireText,
  });
  const ledger = await editor.addSource(investigation.id, { title: "Who was on board", outlet: "Civic Ledger", publishedAt: "2025-03-18", text: ledgerText });
  const over = await editor.addClaim(wire.id, "over 200 deportees");
  await editor.addClaim(wire.id, "A lawyer for several families disputed the account");
  const manifests = await editor.addClaim(ledger.id, "238 Venezuelans");
  await editor.addEvidence(over.id, { url: "https://gov.example/manifest", outlet: "Ministry", quote: "238", stance: "supports" });
  const reviewed = await editor.reviewClaim(over, {
    verdictKey: "mostly-true",
    rationale: "The manifests list **261** people.",
    publishedUrl: "https://factdesk.example/flights#over-200", // ClaimReview's `url`: the published fact-check
  });
  // Four eyes: the verdict's author does not approve it; a second editor does.
  await newPerson("editor").reviewClaim(reviewed, { status: "approved" });
  await editor.addFact(investigation.id, "People flown on 16 March", [over.id, manifests.id]);
  return { headers: bearer(editor.token), investigationId: investigation.id, wireId: wire.id };
}

test("an editor exports an investigation in every format from the Export menu and gets each file", async ({ editor, editorPage: page }) => {
  test.setTimeout(120_000);
  const { investigationId } = await checkedInvestigation(editor);
  await page.goto(`/investigations/${investigationId}`);

  const html = await exportFromMenu(page, "Report (HTML)");
  expect(html.name).toBe("Deportation flights, March 2025.html");
  expect(html.bytes.toString().replace(/&#39;/g, "'")).toContain(
    `http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:`,
  );

  const pdf = await exportFromMenu(page, "Report (PDF)");
  expect(pdf.bytes.subarray(0, 5).toString()).toBe("%PDF-");
  const text = pdfText(pdf.bytes).replace(/\s+/g, " ");
  for (const words of ["Deportation flights, March 2025", "over 200 deportees", "238 Venezuelans", "Mostly true", "People flown on 16 March"])
    expect(text).toContain(words);

  const markdown = (await exportFromMenu(page, "Report (Markdown)")).bytes.toString();
  expect(markdown).toMatch(/^# Deportation flights, March 2025/m);

  const csv = await exportFromMenu(page, "Claims (CSV)");
  const rows: string[][] = parseCsv(csv.bytes, { bom: true, relax_quotes: false, relax_column_count: false });
  expect(rows).toHaveLength(4);
  const quote = rows[0]!.indexOf("quote");
  expect(
    rows
      .slice(1)
      .map((row) => row[quote])
      .sort(),
  ).toEqual(["238 Venezuelans", "A lawyer for several families disputed the account", "over 200 deportees"]);

  const annotations = JSON.parse((await exportFromMenu(page, "Web Annotations (JSON-LD)")).bytes.toString());
  expect(annotations).toMatchObject({ type: "AnnotationCollection", total: 3 });

  const reviews = JSON.parse((await exportFromMenu(page, "ClaimReview (JSON-LD)")).bytes.toString());
  expect(reviews["@graph"]).toEqual([
    expect.objectContaining({ "@type": "ClaimReview", reviewRating: expect.objectContaining({ alternateName: "Mostly true", ratingValue: 4 }) }),
  ]);

  // The report also opens as a page, under its own locked-down policy.
  await page.getByText("Export", { exact: true }).click();
  const opening = page.waitForEvent("popup");
  await page.getByRole("link", { name: "Open the report in a new tab" }).click();
  const report = await opening;
  await expect(report.getByRole("heading", { level: 1 })).toHaveText("Deportation flights, March 2025");
  await expect(report.locator("article").filter({ hasText: "over 200 deportees" })).toContainText("Mostly true");
});

test("a source page exports that source only", async ({ editor, editorPage: page }) => {
  const { wireId } = await checkedInvestigation(editor);
  await page.goto(`/sources/${wireId}`);
  const csv = await exportFromMenu(page, "Claims (CSV)");
  expect(csv.name).toBe("Deportees flown out.csv");
  const rows: string[][] = parseCsv(csv.bytes, { bom: true });
  expect(rows).toHaveLength(3);
});

test("the standalone report and the PDF run no script and make no request, whatever the text says", async ({ editor, page, request }) => {
  test.setTimeout(120_000);
  const canaryHits: string[] = [];
  const canary = createServer((req, res) => {
    canaryHits.push(req.url ?? "");
    res.end("root:x:0:0");
  });
  await new Promise<void>((resolve) => canary.listen(0, "127.0.0.1", resolve));
  const port = (canary.address() as AddressInfo).port;
  try {
    const payloads = [
      ...htmlPayloads,
      `<iframe src="file:///etc/passwd">`,
      `<img src="http://127.0.0.1:${port}/img">`,
      `<link rel=stylesheet href="http://127.0.0.1:${port}/css">`,
    ];
    const headers = bearer(editor.token);
    const investigation = await (await request.post("/api/v1/investigations", { headers, data: { title: payloads[0] } })).json();
    const paragraph = (index: number) => `P${index}: ${payloads[index]}`;
    const text = payloads.map((_, index) => paragraph(index)).join("\n\n");
    const source = await (
      await request.post(`/api/v1/investigations/${investigation.id}/sources`, { headers, data: { title: payloads[1], outlet: payloads[2], text } })
    ).json();
    for (const [index, payload] of payloads.entries()) {
      const claim = await (await request.post(`/api/v1/sources/${source.id}/claims`, { headers, data: { selector: { exact: paragraph(index) } } })).json();
      expect(claim.id, `claim ${index}`).toBeTruthy();
      await request.post(`/api/v1/claims/${claim.id}/comments`, { headers, data: { body: payload } });
      await request.post(`/api/v1/claims/${claim.id}/evidence`, { headers, data: { outlet: payload, quote: payload, stance: "refutes" } });
      await request.patch(`/api/v1/claims/${claim.id}`, { headers: { ...headers, "If-Match": '"v1"' }, data: { rationale: payload } });
    }

    const exported = await request.get(`/api/v1/investigations/${investigation.id}/export?format=html`, { headers });
    expect(exported.headers()["content-type"]).toBe("text/html; charset=utf-8");
    const file = path.join(mkdtempSync(path.join(tmpdir(), "report-")), "report.html");
    writeFileSync(file, await exported.body());

    const requests: string[] = [];
    let dialogs = 0;
    page.on("request", (r) => requests.push(r.url()));
    page.on("dialog", (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
    await page.goto(pathToFileURL(file).href);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(payloads[0]!);
    for (const payload of payloads.slice(3, 8)) await expect(page.getByText(payload, { exact: true }).first()).toBeAttached();
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.locator("script, iframe, img, object, embed, base, link").count()).toBe(0);
    expect(requests).toEqual([pathToFileURL(file).href]);
    expect(dialogs).toBe(0);

    const pdf = await request.get(`/api/v1/investigations/${investigation.id}/export?format=pdf`, { headers });
    expect(pdf.status()).toBe(200);
    const pdfWords = pdfText(await pdf.body());
    expect(pdfWords).toContain("<iframe src=");
    expect(pdfWords).not.toContain("root:x:");
    expect(canaryHits).toEqual([]);
  } finally {
    canary.close();
  }
});

test("export, then import into an empty investigation, gives the same claims, anchors, verdicts and evidence", async ({
  editor,
  editorPage: page,
  request,
}) => {
  const { headers, investigationId } = await checkedInvestigation(editor);
  const exported = await (await request.get(`/api/v1/investigations/${investigationId}/export?format=w3c`, { headers })).body();
  const copy = await (await request.post("/api/v1/investigations", { headers, data: { title: "Copy" } })).json();

  await page.goto(`/investigations/${copy.id}`);
  await page.getByText("Import annotations").click();
  const form = page.getByRole("form", { name: "Import annotations" });
  await form.getByLabel(/Annotation file/).setInputFiles({ name: "broken.jsonld", mimeType: "application/ld+json", buffer: Buffer.from("{ not json") });
  await form.getByRole("button", { name: "Import" }).click();
  await expect(form.getByText("This file is not JSON.", { exact: false })).toBeVisible();
  await form.getByLabel(/Annotation file/).setInputFiles({ name: "flights.jsonld", mimeType: "application/ld+json", buffer: exported });
  await form.getByRole("button", { name: "Import" }).click();
  await expect(form.getByRole("status", { name: "Import summary" })).toContainText(
    "Imported 3 claims (3 exact, 0 moved, 0 matched fuzzily) into 2 new sources",
  );
  await expect(page.getByRole("heading", { name: /Sources/ })).toContainText("(2)");

  // The same file again (its sources carry another investigation's urns; one has no URL): nothing is duplicated.
  await form.getByLabel(/Annotation file/).setInputFiles({ name: "flights.jsonld", mimeType: "application/ld+json", buffer: exported });
  await form.getByRole("button", { name: "Import" }).click();
  await expect(form.getByRole("status", { name: "Import summary" })).toHaveText("Nothing new: everything in this file is already here (2 sources, 3 claims).");
  await page.reload();
  await expect(page.getByRole("heading", { name: /Sources/ })).toContainText("(2)");

  const essentials = (collection: { first: { items: Array<{ target: { selector: unknown[] }; body?: Array<Record<string, unknown>> }> } }) =>
    collection.first.items
      .map((item) =>
        JSON.stringify({
          selectors: item.target.selector,
          bodies: (item.body ?? []).map(({ value, purpose, source, "corroborate:stance": stance }) => ({ value, purpose, source, stance })),
        }),
      )
      .sort();
  const again = await (await request.get(`/api/v1/investigations/${copy.id}/export?format=w3c`, { headers })).json();
  expect(essentials(again)).toEqual(essentials(JSON.parse(exported.toString())));
  const summary = await (await request.post(`/api/v1/investigations/${copy.id}/import`, { headers, data: again })).json();
  expect(summary.claims).toEqual({ exact: 0, moved: 0, fuzzy: 0, alreadyPresent: 3 });
});

test("downloads are named safely, typed exactly, and only for signed-in users", async ({ editor, reviewer, request }) => {
  const headers = bearer(editor.token);
  const investigation = await (await request.post("/api/v1/investigations", { headers, data: { title: '../..\\etc/passwd "名前" <CON>' } })).json();
  const csv = await request.get(`/api/v1/investigations/${investigation.id}/export?format=csv`, { headers });
  expect(csv.status()).toBe(200);
  const disposition = csv.headers()["content-disposition"]!;
  const ascii = /filename="([^"]*)"/.exec(disposition)![1]!;
  expect(ascii).not.toMatch(/[/\\:*?"<>|\u0000-\u001f]/);
  expect(ascii.length).toBeLessThanOrEqual(100);
  expect(decodeURIComponent(/filename\*=UTF-8''(.+)$/.exec(disposition)![1]!)).toContain("名前");
  expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8; header=present");
  expect(csv.headers()["x-content-type-options"]).toBe("nosniff");

  expect((await request.get(`/api/v1/investigations/${investigation.id}/export?format=csv`)).status()).toBe(401);
  expect((await request.get(`/api/export/investigations/${investigation.id}?format=csv`, { headers: { Cookie: "" } })).status()).toBe(401);
  expect((await request.get(`/api/v1/investigations/${investigation.id}/export?format=md`, { headers: bearer(reviewer.token) })).status()).toBe(200);
  const unknown = await request.get(`/api/v1/investigations/${investigation.id}/export?format=docx`, { headers });
  expect(unknown.status()).toBe(422);
  expect((await unknown.json()).error.message).toContain("html, pdf, md, csv, w3c, claimreview");
  expect((await request.get(`/api/v1/sources/nope/export?format=csv`, { headers })).status()).toBe(404);
  const importAsReviewer = await request.post(`/api/v1/investigations/${investigation.id}/import`, {
    headers: bearer(reviewer.token),
    data: { type: "AnnotationCollection", items: [] },
  });
  expect(importAsReviewer.status()).toBe(403);
});

test("an admin names the organisation, and ClaimReview gives it as the author", async ({ editor, page, request }) => {
  const { headers, investigationId } = await checkedInvestigation(editor);
  await signIn(page, seededAdmin);
  await page.goto("/settings/organisation");
  const form = page.getByRole("form", { name: "Organisation" });
  await form.getByLabel("Name").fill("Harbour City Fact Desk");
  await form.getByLabel("Website").fill("javascript:alert(1)");
  await form.getByRole("button", { name: "Save organisation" }).click();
  await expect(form.getByText("Enter a full web address starting with http:// or https://.")).toBeVisible();
  await expect(form.getByLabel("Name")).toHaveValue("Harbour City Fact Desk");
  await form.getByLabel("Website").fill("https://factdesk.example");
  await form.getByRole("button", { name: "Save organisation" }).click();
  await expect(form.getByText("Organisation saved.", { exact: false })).toBeVisible();

  // The investigation's published address; the claim's own one wins in ClaimReview.
  const etag = (await request.get(`/api/v1/investigations/${investigationId}`, { headers })).headers()["etag"]!;
  const published = await request.patch(`/api/v1/investigations/${investigationId}`, {
    headers: { ...headers, "If-Match": etag },
    data: { publishedUrl: "https://factdesk.example/flights" },
  });
  expect(published.status()).toBe(200);

  const response = await request.get(`/api/v1/investigations/${investigationId}/export?format=claimreview`, { headers });
  expect(response.headers()["x-claimreview-not-approved"]).toBe("2");
  const reviews = await response.json();
  expect(reviews["@graph"][0].author).toEqual({ "@type": "Organization", name: "Harbour City Fact Desk", url: "https://factdesk.example" });
  expect(reviews["@graph"][0].url).toBe("https://factdesk.example/flights#over-200");
  expect(response.headers()["x-claimreview-no-published-address"]).toBe("0");
  expect(reviews["@graph"][0].itemReviewed.appearance.map((a: { url: string }) => a.url)).toEqual(["https://wire.example/flights"]);
});

test("an account that starts too many exports in a minute is asked to wait", async ({ editor, reviewer, request }) => {
  const headers = bearer(reviewer.token);
  const editorHeaders = bearer(editor.token);
  const investigation = await (await request.post("/api/v1/investigations", { headers: editorHeaders, data: { title: "Many exports" } })).json();
  const url = `/api/v1/investigations/${investigation.id}/export?format=csv`;
  for (let i = 0; i < 30; i++) expect((await request.get(url, { headers })).status(), `export ${i + 1}`).toBe(200);
  const refused = await request.get(url, { headers });
  expect(refused.status()).toBe(429);
  expect(Number(refused.headers()["retry-after"])).toBeGreaterThan(0);
  expect((await refused.json()).error.message).toMatch(/Try again in \d+ s\./);
  expect((await request.get(url, { headers: editorHeaders })).status()).toBe(200); // others are not held up
});
