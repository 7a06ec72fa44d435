import { bearer } from "../api-client";
import { expect, test } from "../fixtures";
import { deepMarkdownComments, deepMarkdownRationale } from "../fixtures/attack-corpus";

/**
 * Issue 13, item 3: one comment nested thousands of levels deep took down the claim's page
 * (500), the HTML report (an empty reply) and the PDF (500). Such text is now shown as typed.
 */
test("comments and a rationale nested thousands of levels deep are shown as text on the claim page and in the HTML, Markdown and PDF reports", async ({
  editor,
  editorPage: page,
  world,
  request,
}) => {
  test.setTimeout(120_000);
  const headers = bearer(editor.token);
  const [investigation, source, claim] = [{ id: world.investigationId }, { id: world.sourceId }, world.claim];
  expect(deepMarkdownRationale.length).toBeLessThanOrEqual(20_000);
  const review = await request.patch(`/api/v1/claims/${claim.id}`, {
    headers: { ...headers, "If-Match": `"v${claim.version}"` },
    data: { verdictKey: "false", rationale: deepMarkdownRationale },
  });
  expect(review.status()).toBe(200);
  for (const body of deepMarkdownComments) {
    expect(body.length).toBeLessThanOrEqual(10_000);
    expect((await request.post(`/api/v1/claims/${claim.id}/comments`, { headers, data: { body } })).status()).toBe(201);
  }

  const response = await page.goto(`/sources/${source.id}?claim=${claim.id}`);
  expect(response?.status()).toBe(200);
  const panel = page.getByTestId("checking-panel");
  await expect(panel.getByTestId("rationale")).toContainText(`${"> ".repeat(20)}rationale deep`);
  const comments = panel.getByRole("list", { name: "Comments" }).getByRole("listitem");
  await expect(comments).toHaveCount(deepMarkdownComments.length);
  await expect(comments.nth(0)).toContainText(`${">".repeat(50)} quoted deep`);
  await expect(comments.nth(1)).toContainText("1. 1. 1. listed deep");
  await expect(comments.nth(2)).toContainText("> - > - mixed deep");
  await expect(comments.nth(3)).toContainText("**a **a ");
  await expect(comments.nth(4)).toContainText("[*~[*~ unclosed deep");

  const report = (format: string) => request.get(`/api/v1/investigations/${investigation.id}/export?format=${format}`, { headers });
  const html = await report("html");
  expect(html.status()).toBe(200);
  const htmlText = await html.text();
  expect(htmlText).toContain("rationale deep");
  expect(htmlText).toContain("unclosed deep");
  expect(htmlText.trimEnd()).toMatch(/<\/html>$/);
  const markdown = await report("md");
  expect(markdown.status()).toBe(200);
  expect(await markdown.text()).toContain("quoted deep");
  const pdf = await report("pdf");
  expect(pdf.status()).toBe(200);
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
});
