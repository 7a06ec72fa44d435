import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { bearer } from "./api-client";
import { expect, newPerson, Person, test, usersCli, type Account } from "./fixtures";
import { pdfText } from "./pages/export-menu";

/**
 * Reports fit to publish: a claim's statement, claimant and published address; the public
 * audience of every export; the public link, read signed out and revoked; and the leak test
 * (marker strings planted in every internal field reach no public format).
 */
const quoteText =
  "Three planes left Texas on Saturday night. “We sent 261 people, all of them gang members,” the interior minister said on Monday. A lawyer for several families disputed that.";
const logText = "Flight logs list 238 Venezuelans on board. Nobody else was named.";

/** A person with a chosen display name (a marker for the leak test). */
function namedPerson(role: Account["role"], name: string): Person {
  const email = `${role}-${crypto.randomUUID().slice(0, 8)}@e2e.test`;
  const password = `password for ${email}`;
  usersCli("add", email, "--role", role, "--password", password, "--name", name);
  return new Person({ email, password, role });
}

/** Chooses the public audience and a format in the Export menu, and returns the downloaded file's text. */
async function exportPublic(page: Page, label: string): Promise<string> {
  await page.getByText("Export", { exact: true }).click();
  await page.getByRole("radio", { name: "The public (approved claims only)" }).check();
  const downloading = page.waitForEvent("download");
  await page.getByRole("list", { name: "Export formats" }).getByRole("button", { name: label }).click();
  const download = await downloading;
  await expect(page.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();
  await page.getByText("Export", { exact: true }).click();
  expect(download.suggestedFilename()).toContain("(public)");
  return readFileSync(await download.path()).toString();
}

test("an editor writes a claim's statement and claimant, exports the public report, and shares a link that works signed out until revoked", async ({
  editor,
  editorPage: page,
  browser,
}) => {
  test.setTimeout(120_000);
  const investigation = await editor.createInvestigation("Flights to El Salvador");
  const source = await editor.addSource(investigation.id, {
    title: "Minister's claim",
    outlet: "Harbour Wire",
    url: "https://wire.example/261",
    publishedAt: "2025-03-17",
    text: quoteText,
  });
  const claim = await editor.addClaim(source.id, "261 people");
  await editor.addEvidence(claim.id, { url: "https://gov.example/manifest", outlet: "Ministry", stance: "refutes" });
  const reviewed = await editor.reviewClaim(claim, { verdictKey: "mostly-false", rationale: "The manifests list **238** people." });

  await page.goto(`/sources/${source.id}?claim=${claim.id}`);
  const form = page.getByRole("form", { name: "Publication" });
  await expect(
    form.getByText("Left empty, the report uses: ““We sent 261 people, all of them gang members,” the interior minister said on Monday.”"),
  ).toBeVisible();
  await expect(form.getByText("Suggested (the quote's speaker): the interior minister")).toBeVisible();
  await form.getByRole("button", { name: "Use suggestion" }).click();
  await expect(form.getByLabel("Claimant")).toHaveValue("the interior minister");
  await form.getByLabel("Statement").fill("The interior minister said 261 gang members were flown to El Salvador.");
  await form.getByLabel("Published address").fill("javascript:alert(1)");
  await form.getByRole("button", { name: "Save publication" }).click();
  await expect(form.getByText("Enter a full web address starting with http:// or https://.")).toBeVisible();
  await expect(form.getByLabel("Statement")).toHaveValue("The interior minister said 261 gang members were flown to El Salvador."); // kept
  await form.getByLabel("Published address").fill("https://factdesk.example/flights#261");
  await form.getByRole("button", { name: "Save publication" }).click();
  await expect(page.getByText("Publication saved.")).toBeVisible();
  await expect(page.getByRole("list", { name: "History" })).toContainText("set the claimant to “the interior minister”");

  // The API returns the fields; an approval locks the statement.
  const saved = await editor.api.json<{ id: string; version: number; statement: string; claimant: string; publishedUrl: string }>("GET", `claims/${claim.id}`);
  expect(saved).toMatchObject({ claimant: "the interior minister", publishedUrl: "https://factdesk.example/flights#261" });
  expect(saved.version).toBeGreaterThan(reviewed.version);
  // Four eyes: the verdict's author does not approve it; a second editor does.
  await newPerson("editor").reviewClaim(saved, { status: "approved" });
  await page.reload();
  await expect(form.getByLabel("Statement")).toHaveJSProperty("readOnly", true);

  // Every format of the public audience, from the Export menu.
  await page.goto(`/investigations/${investigation.id}`);
  const markdown = await exportPublic(page, "Report (Markdown)");
  expect(markdown).toContain("Statement: “The interior minister said 261 gang members were flown to El Salvador\\.”");
  expect(markdown).toContain("Claimant: the interior minister");
  expect(markdown).toContain("The manifests list **238** people."); // the rationale's own Markdown
  const claimReview = JSON.parse(await exportPublic(page, "ClaimReview (JSON-LD)"));
  expect(claimReview["@graph"][0]).toMatchObject({
    url: "https://factdesk.example/flights#261",
    claimReviewed: "The interior minister said 261 gang members were flown to El Salvador.",
    itemReviewed: { author: { "@type": "Person", name: "the interior minister" }, firstAppearance: { url: "https://wire.example/261" } },
  });

  // The public link: made on the investigation page, read signed out.
  await page.locator("summary", { hasText: "Publication: published address and public link" }).click();
  const panel = page.getByTestId("public-link");
  await panel.getByRole("button", { name: "Make public link" }).click();
  const address = panel.getByLabel("Address of the public report");
  await expect(address).toHaveValue(/\/p\/[A-Za-z0-9_-]{43}$/);
  const url = await address.inputValue();

  const stranger = await browser.newContext();
  const visitor = await stranger.newPage();
  const response = await visitor.goto(url);
  expect(response?.status()).toBe(200);
  expect(visitor.url()).toBe(url); // not sent to sign-in
  const headers = response!.headers();
  expect(headers["cache-control"]).toBe("no-store");
  expect(headers["x-robots-tag"]).toBe("noindex, nofollow");
  expect(headers["referrer-policy"]).toBe("no-referrer");
  expect(headers["content-security-policy"]).toContain("default-src 'none'");
  expect(headers["content-security-policy"]).toContain("sandbox");
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("Flights to El Salvador");
  await expect(visitor.getByText("The interior minister said 261 gang members were flown to El Salvador.")).toBeVisible();
  await expect(visitor.getByTestId("current-user")).toHaveCount(0);
  const origin = new URL(url).origin;
  for (const href of await visitor.locator("a[href]").evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? "")))
    expect(href.startsWith("http") && !href.startsWith(origin), href).toBe(true);
  const embedded = JSON.parse((await visitor.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
  expect(embedded["@graph"][0].url).toBe("https://factdesk.example/flights#261");
  // Only that exact path is open: the workspace beside it still sends a stranger to sign in.
  await visitor.goto(`${url}/x`);
  await expect(visitor).toHaveURL(/\/signin/);

  // Revoked: the address answers 404.
  await panel.getByRole("button", { name: "Revoke public link" }).click();
  await expect(page.getByText("Public link revoked: its address no longer works.")).toBeVisible();
  expect((await visitor.goto(url))?.status()).toBe(404);

  // A new link the editor lets search engines index.
  await panel.getByLabel("Let search engines index it").check();
  await panel.getByRole("button", { name: "Make public link" }).click();
  await expect(panel.getByText("Search engines may index it.")).toBeVisible();
  const indexed = await visitor.goto(await address.inputValue());
  expect(indexed?.status()).toBe(200);
  expect(indexed!.headers()["x-robots-tag"]).toBe("all");
  await stranger.close();
});

test("a public link made over the API expires, is replaced and is revoked; reviewers cannot make one", async ({ editor, reviewer, request }) => {
  const investigation = await editor.createInvestigation("Links");
  const refused = await request.post(`/api/v1/investigations/${investigation.id}/public-link`, { headers: bearer(reviewer.token) });
  expect(refused.status()).toBe(403);
  const tooLong = await request.post(`/api/v1/investigations/${investigation.id}/public-link`, { headers: bearer(editor.token), data: { expiresInDays: 400 } });
  expect(tooLong.status()).toBe(422);
  expect((await tooLong.json()).error.fields.expiresInDays).toContain("at most 365 days");
  const first = await (await request.post(`/api/v1/investigations/${investigation.id}/public-link`, { headers: bearer(editor.token) })).json();
  expect(Date.parse(first.expiresAt) - Date.now()).toBeGreaterThan(29 * 24 * 3600 * 1000);
  expect((await request.get(first.url)).status()).toBe(200);
  const second = await (
    await request.post(`/api/v1/investigations/${investigation.id}/public-link`, { headers: bearer(editor.token), data: { expiresInDays: 1, indexable: true } })
  ).json();
  expect(first).toMatchObject({ indexable: false });
  expect(second).toMatchObject({ indexable: true });
  expect((await request.get(first.url)).status()).toBe(404);
  expect((await request.get(first.url)).headers()["x-robots-tag"]).toBe("noindex, nofollow");
  expect((await request.get(second.url)).status()).toBe(200);
  expect((await request.get(second.url)).headers()["x-robots-tag"]).toBe("all");
  expect((await request.delete(`/api/v1/investigations/${investigation.id}/public-link`, { headers: bearer(editor.token) })).status()).toBe(204);
  expect((await request.get(second.url)).status()).toBe(404);
  expect((await request.get(`/p/${"A".repeat(43)}`)).status()).toBe(404);
});

test("the public report, in every format and on its public page, holds none of the desk's internal text", async ({ request }) => {
  test.setTimeout(120_000);
  const editor = namedPerson("editor", "Leakmark Creator");
  const reviewer = namedPerson("reviewer", "Leakmark Assignee");
  const headers = bearer(editor.token);
  const investigation = await editor.createInvestigation("Leak check");
  const quoted = await editor.addSource(investigation.id, { title: "Minister", outlet: "Harbour Wire", url: "https://wire.example/261", text: quoteText });
  const logs = await editor.addSource(investigation.id, { title: "Logs", text: logText });
  const approved = await editor.addClaim(quoted.id, "261 people");
  const unapproved = await editor.addClaim(logs.id, "238 Venezuelans");
  await editor.addFact(investigation.id, "People flown", [approved.id, unapproved.id]);
  await reviewer.addEvidence(approved.id, { url: "https://gov.example/manifest", outlet: "Ministry", stance: "refutes" });
  await reviewer.addComment(approved.id, "LEAKMARK-COMMENT on the wire copy");
  await reviewer.addAssessment(approved.id, { verdictKey: "false", note: "LEAKMARK-ASSESSMENT-NOTE" });
  await editor.reviewClaim(unapproved, { verdictKey: "true", rationale: "LEAKMARK-UNAPPROVED-RATIONALE" });
  await editor.addComment(unapproved.id, "LEAKMARK-COMMENT on the logs");
  const reviewedClaim = await editor.reviewClaim(approved, {
    verdictKey: "mostly-false",
    rationale: "The manifests list 238 people.",
    assigneeId: (await reviewer.api.json<{ id: string }>("GET", "me")).id,
    statement: "The minister said 261 people were flown out.",
    publishedUrl: "https://factdesk.example/leak-check",
  });
  // Four eyes: a second editor approves, and their name is internal too.
  await namedPerson("editor", "Leakmark Approver").reviewClaim(reviewedClaim, { status: "approved", approvalNote: "LEAKMARK-APPROVAL-NOTE" });
  const { url } = await (await request.post(`/api/v1/investigations/${investigation.id}/public-link`, { headers })).json();

  const workspace = new URL(url).origin;
  const markers = ["LEAKMARK", "Leakmark", "238 Venezuelans", `${workspace}/sources`, "/sources/", "?claim="];
  const outputs: Record<string, string> = {};
  for (const format of ["html", "pdf", "md", "csv", "w3c", "claimreview"]) {
    const response = await request.get(`/api/v1/investigations/${investigation.id}/export?format=${format}&audience=public`, { headers });
    expect(response.status(), format).toBe(200);
    outputs[format] = format === "pdf" ? pdfText(await response.body()) : await response.text();
  }
  outputs.page = await (await request.get(url)).text();
  // The same checks catch the markers in the internal report and claims, so they can fail.
  const internalOf = async (format: string) => (await request.get(`/api/v1/investigations/${investigation.id}/export?format=${format}`, { headers })).text();
  const internal = (await internalOf("md")) + (await internalOf("csv"));
  for (const marker of ["LEAKMARK-COMMENT", "LEAKMARK-ASSESSMENT-NOTE", "LEAKMARK-UNAPPROVED-RATIONALE", "Leakmark Creator", "Leakmark Assignee", "?claim="])
    expect(internal.replace(/\\/g, ""), marker).toContain(marker);

  for (const [format, text] of Object.entries(outputs)) {
    const plain = text.replace(/\\/g, "").replace(/\s+/g, " ");
    expect(plain, `${format} carries the approved claim`).toContain("261 people were flown out");
    for (const marker of markers) expect(plain, `${format} must not hold ${marker}`).not.toContain(marker);
  }
});
