import { existsSync } from "node:fs";
import { chromium } from "playwright-core";
import { AppError } from "../errors";
import { env } from "../env";

/**
 * The report as a real PDF, printed by headless Chromium from the standalone report HTML.
 *
 * The page is locked down the same way the file is: JavaScript off, and every request
 * the document tries to make (images, frames, stylesheets, links to the metadata address,
 * file: URLs) is aborted before it leaves, except `data:` URLs. The report HTML carries no
 * external resource of its own, so nothing legitimate is lost.
 *
 * Chromium is the one at CHROMIUM_PATH, else Debian's /usr/bin/chromium. When it is missing
 * the export fails with UNAVAILABLE and a message that says how to install it.
 */
export function chromiumPath(): string {
  return env.chromiumPath;
}

export function isPdfAvailable(): boolean {
  return existsSync(chromiumPath());
}

export const pdfUnavailableMessage =
  "PDF export needs Chromium on the server. Install it (on Debian: apt-get install -y chromium) or set CHROMIUM_PATH to its executable, then try again.";

/** Prints `html` (a complete, self-contained document) to an A4 PDF. */
export async function renderPdf(html: string): Promise<Buffer> {
  if (!isPdfAvailable()) throw new AppError("UNAVAILABLE", { key: "Errors.unavailable.pdf" });
  // Chromium refuses to start its sandbox as root (as on this kind of server); JavaScript is
  // off and the network closed, so the page has nothing to escape with.
  const runsAsRoot = process.getuid?.() === 0;
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ["--disable-dev-shm-usage", ...(runsAsRoot ? ["--no-sandbox"] : [])] });
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    const page = await context.newPage();
    await page.route("**/*", (route) => (route.request().url().startsWith("data:") ? route.continue() : route.abort("blockedbyclient")));
    await page.setContent(html, { waitUntil: "load", timeout: 120_000 });
    const pdf = await page.pdf({ format: "A4", printBackground: true, preferCSSPageSize: true, margin: { top: "0", bottom: "0", left: "0", right: "0" } });
    return Buffer.from(pdf);
  } finally {
    await browser.close();
  }
}
