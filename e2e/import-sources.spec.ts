import http from "node:http";
import { expect, test, type Person } from "./fixtures";
import { importTestServerPort } from "./setup/environment.mjs";

const articlePage = `<!doctype html><html><head><title>Deportees arrive | Example Herald</title>
<meta property="og:site_name" content="Example Herald"><meta property="article:published_time" content="2025-03-17T09:30:00Z">
<script>window.__xss = 1</script></head><body><nav>Home · World · Sport</nav>
<article><h1>Deportees arrive in San Salvador</h1><p class="byline">By Ana Reporter</p>
<p>Officials counted 238 Venezuelans among the passengers who landed overnight.</p>
<p>A second plane carried 23 Salvadorans, the ministry said in a statement released on Monday morning to reporters gathered outside.</p>
<p>Lawyers for several families said they had not been told where their relatives were being held, and asked the court for an urgent hearing.</p></article>
<footer>Subscribe now</footer></body></html>`;

let server: http.Server;
test.beforeAll(async () => {
  server = http.createServer((request, response) => {
    if (request.url === "/article") {
      response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
      response.end(articlePage);
    } else if (request.url === "/to-private") {
      response.writeHead(302, { Location: "http://10.0.0.1/secret" });
      response.end();
    } else {
      response.writeHead(404);
      response.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(importTestServerPort, "127.0.0.1", resolve));
});
test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** The "Add a source" page of a fresh investigation of `editor`'s (so other tests' counts are untouched). */
const addSourcePath = async (editor: Person) => `/investigations/${(await editor.createInvestigation("Imports")).id}/sources/new`;

test("a reviewer imports a source from a web address and reads its article text", async ({ editor, reviewerPage: page }) => {
  await page.goto(await addSourcePath(editor));
  const form = page.getByRole("form", { name: "Import from a URL" });
  await form.getByLabel("Page address").fill(`http://127.0.0.1:${importTestServerPort}/article`);
  await form.getByRole("button", { name: "Import page" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Deportees arrive");
  await expect(page.getByText(/Example Herald/).first()).toBeVisible();
  await expect(page.getByText("published 17 Mar 2025")).toBeVisible();
  const text = page.getByTestId("source-text");
  await expect(text).toContainText("Officials counted 238 Venezuelans among the passengers");
  await expect(text).not.toContainText("Subscribe now");
  await expect(text).not.toContainText("__xss");

  // The page it came from is captured in the background; the source shows the capture when it is done, without a reload.
  const capture = page.getByTestId("source-capture");
  await expect(capture.getByTestId("capture-state")).toHaveText(/^Captured \d{1,2} \w{3} \d{4}, \d{1,2}:\d{2} UTC$/, { timeout: 60_000 });
  await capture.getByRole("link", { name: "View capture" }).click();
  await expect(page.getByTestId("captured-text")).toContainText("A second plane carried 23 Salvadorans");
});

test("an address on a private network is refused with a reason and the form keeps it", async ({ editor, reviewerPage: page }) => {
  await page.goto(await addSourcePath(editor));
  const form = page.getByRole("form", { name: "Import from a URL" });
  for (const address of ["http://10.0.0.1/internal", `http://127.0.0.1:${importTestServerPort}/to-private`, "http://169.254.169.254/latest/meta-data/"]) {
    await form.getByLabel("Page address").fill(address);
    await form.getByRole("button", { name: "Import page" }).click();
    // Wait for this refusal, not the previous one: React resets the form when an action ends,
    // which would wipe the next address typed while this one is still being fetched.
    await expect(form.getByRole("button", { name: "Import page" })).toBeEnabled();
    await expect(form.getByText(/private network/i).first()).toBeVisible();
    await expect(form.getByLabel("Page address")).toHaveValue(address);
  }
});

test("a reviewer uploads an HTML file and an unsupported file is refused at the field", async ({ editor, reviewerPage: page }) => {
  await page.goto(await addSourcePath(editor));
  const form = page.getByRole("form", { name: "Upload a file" });
  await form.getByLabel("File").setInputFiles({ name: "statement.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4") });
  await form.getByRole("button", { name: "Upload" }).click();
  await expect(form.getByText("Upload a .txt, .md or .html file.").first()).toBeVisible();
  await form.getByLabel("File").setInputFiles({ name: "herald.html", mimeType: "text/html", buffer: Buffer.from(articlePage) });
  await form.getByRole("button", { name: "Upload" }).click();
  await expect(page.getByTestId("source-text")).toContainText("A second plane carried 23 Salvadorans");
  // The page's own site name is the outlet, its date is read, and the byline is not body text.
  await expect(page.getByText(/Example Herald/).first()).toBeVisible();
  await expect(page.getByText("published 17 Mar 2025")).toBeVisible();
  await expect(page.getByTestId("source-text")).not.toContainText("By Ana Reporter");
});
