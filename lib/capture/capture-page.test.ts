import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HUGE_BYTES, NOTE_TEXT, startCaptureSite, type CaptureSite } from "../../e2e/capture-site";
import { ARTICLE_PARAGRAPHS, ARTICLE_TITLE, NEVER_LOADS_PARAGRAPH, PRIVATE_PARAGRAPH, REDIRECT_PARAGRAPH, REDIRECT_TITLE } from "../../e2e/capture-site/texts";
import { sha256OfText } from "../canonical-text";
import { captureBrowser } from "./capture-browser";
import { captureWith } from "./capture-page";
import { capturePage, CaptureError, shutdownCaptureBrowser, verifyWacz, type CaptureLimits } from "./index";
import { listWarcRecords } from "./wacz-records";

/**
 * capturePage against the local capture site (e2e/capture-site), in the real Chromium.
 * The site is allow-listed with its port; its canary (127.0.0.2 and another loopback port)
 * is not, and must see no connection at all.
 */
let site: CaptureSite;
let limits: CaptureLimits;

beforeAll(async () => {
  site = await startCaptureSite();
  limits = { timeoutMs: 15_000, maxBytes: 5 * 1024 * 1024, allowHosts: [site.hostPort] };
});

afterAll(async () => {
  await shutdownCaptureBrowser();
  await site.close();
});

async function failureOf(work: Promise<unknown>): Promise<CaptureError> {
  const error = await work.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(CaptureError);
  return error as CaptureError;
}

describe("capturePage", () => {
  it("captures an article with its images, stylesheet and script fetch, and writes a WACZ that verifies", async () => {
    const captured = await capturePage(`${site.origin}/article`, limits);

    expect(captured.requestedUrl).toBe(`${site.origin}/article`);
    expect(captured.finalUrl).toBe(`${site.origin}/article`);
    expect(captured.httpStatus).toBe(200);
    expect(captured.title).toBe(ARTICLE_TITLE);
    expect(new Date(captured.capturedAt).toISOString()).toBe(captured.capturedAt);
    for (const paragraph of ARTICLE_PARAGRAPHS) expect(captured.text).toContain(paragraph);
    // The script ran and its fetch went through the capture's router.
    expect(captured.text).toContain(NOTE_TEXT);
    expect(captured.textSha256).toBe(sha256OfText(captured.text));
    expect(captured.textSha256).toBe(createHash("sha256").update(Buffer.from(captured.text, "utf8")).digest("hex"));
    expect(captured.sha256).toBe(createHash("sha256").update(captured.wacz).digest("hex"));
    expect(captured.screenshot.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(captured.screenshot.readUInt32BE(16)).toBe(1280);

    const verification = await verifyWacz(captured.wacz);
    expect(verification.problems).toEqual([]);
    expect(verification.ok).toBe(true);
    expect(verification.pages).toEqual([`${site.origin}/article`]);

    const records = await listWarcRecords(captured.wacz);
    const responses = records.filter((r) => r.type === "response").map((r) => [new URL(r.url).pathname, r.status]);
    expect(responses.sort()).toEqual(
      [
        ["/api/note.json", 200],
        ["/article", 200],
        ["/static/article.css", 200],
        ["/static/article.js", 200],
        ["/static/harbour.png", 200],
        ["/static/map.png", 200],
        ["/static/moved-map.png", 302],
      ].sort(),
    );
    expect(records[0]!.type).toBe("warcinfo");
    expect(records.filter((r) => r.type === "request")).toHaveLength(7);
    expect(verification.records).toBe(15);
    expect(captured.resourceCount).toBe(7);
    const page = records.find((r) => r.type === "response" && r.url === `${site.origin}/article`)!;
    expect(page.payload.toString("utf8")).toContain(ARTICLE_PARAGRAPHS[0]);
    expect(page.ipAddress).toBe("127.0.0.1");
    expect(captured.byteCount).toBe(records.filter((r) => r.type === "response").reduce((sum, r) => sum + r.payload.length, 0));
  });

  it("follows a redirect chain hop by hop, ends on the final address and records each hop", async () => {
    const captured = await capturePage(`${site.origin}/redirect/1`, limits);
    expect(captured.finalUrl).toBe(`${site.origin}/redirect/end`);
    expect(captured.httpStatus).toBe(200);
    expect(captured.title).toBe(REDIRECT_TITLE);
    expect(captured.text).toContain(REDIRECT_PARAGRAPH);
    const responses = (await listWarcRecords(captured.wacz)).filter((r) => r.type === "response").map((r) => [new URL(r.url).pathname, r.status]);
    expect(responses).toEqual([
      ["/redirect/1", 301],
      ["/redirect/2", 302],
      ["/redirect/3", 307],
      ["/redirect/end", 200],
    ]);
    expect((await verifyWacz(captured.wacz)).pages).toEqual([`${site.origin}/redirect/end`]);
  });

  it("lets no request of the page reach a private address: subresources, frames, redirects, preconnects, WebSockets, workers", async () => {
    const captured = await capturePage(`${site.origin}/private`, limits);
    expect(captured.text).toContain(PRIVATE_PARAGRAPH);
    // Give anything that slipped through time to arrive.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(site.canary.requests).toEqual([]);
    expect(site.canary.connections).toBe(0);
    // The redirect to the canary was asked of the site (allowed), and its hop refused.
    expect(site.requests).toContain("GET /to-canary.png");
    const urls = (await listWarcRecords(captured.wacz)).map((r) => r.url);
    expect(urls.some((url) => url.startsWith(site.canary.origin) || url.startsWith(site.canary.loopbackOrigin))).toBe(false);
  });

  it("refuses a page on a private address, a loopback port not allow-listed, or a name that resolves to loopback", async () => {
    for (const url of [
      `${site.canary.origin}/`,
      `${site.canary.loopbackOrigin}/`,
      `${site.canary.localhostOrigin}/`,
      "http://169.254.169.254/latest/meta-data/",
    ]) {
      const error = await failureOf(capturePage(url, limits));
      expect(error.reason).toBe("refused-address");
    }
    expect(site.canary.connections).toBe(0);
  });

  it("refuses a host name whose DNS answer is private (the guard resolves it once and checks the answer)", async () => {
    const lookup = async (hostname: string) => {
      lookedUp.push(hostname);
      return [{ address: "127.0.0.1", family: 4 as const }];
    };
    const lookedUp: string[] = [];
    const error = await failureOf(captureWith(lookup, "http://rebinding.example/", limits));
    expect(error.reason).toBe("refused-address");
    expect(lookedUp).toEqual(["rebinding.example"]);
  });

  it("captures what has loaded when the document arrived but the page never finishes loading", async () => {
    const started = Date.now();
    // 6 s: 4.5 s to load, then 1.5 s for the screenshot, text and archive (room for a loaded machine).
    const captured = await capturePage(`${site.origin}/never-loads`, { ...limits, timeoutMs: 6_000 });
    expect(Date.now() - started).toBeLessThan(6_000);
    expect(captured.text).toContain(NEVER_LOADS_PARAGRAPH);
    expect(captured.httpStatus).toBe(200);
    expect((await verifyWacz(captured.wacz)).ok).toBe(true);
  });

  it("fails with a timeout within the limit when the document itself never arrives", async () => {
    const started = Date.now();
    const error = await failureOf(capturePage(`${site.origin}/never-ends`, { ...limits, timeoutMs: 3_000 }));
    expect(error.reason).toBe("timeout");
    expect(Date.now() - started).toBeLessThan(4_000);
  });

  it("stops a 50 MB response early with too-large, without holding it in memory", async () => {
    const maxBytes = 2 * 1024 * 1024;
    let peak = process.memoryUsage().rss;
    const before = peak;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
    const started = Date.now();
    try {
      const error = await failureOf(capturePage(`${site.origin}/huge`, { ...limits, maxBytes }));
      expect(error.reason).toBe("too-large");
    } finally {
      clearInterval(sampler);
    }
    expect(Date.now() - started).toBeLessThan(limits.timeoutMs);
    await new Promise((resolve) => setTimeout(resolve, 200));
    // Read as it streamed and cut off: the server could send only what the socket buffers held beyond the budget.
    expect(site.hugeBytesSent()).toBeLessThan(HUGE_BYTES / 4);
    expect(peak - before).toBeLessThan(40 * 1024 * 1024);
  });

  it("refuses a response that declares a length over the limit before reading it", async () => {
    const error = await failureOf(capturePage(`${site.origin}/huge-declared`, { ...limits, maxBytes: 1024 * 1024 }));
    expect(error.reason).toBe("too-large");
  });

  it("counts the bytes of every resource against the size limit, not only the document's", async () => {
    const error = await failureOf(capturePage(`${site.origin}/article`, { ...limits, maxBytes: 2_500 }));
    expect(error.reason).toBe("too-large");
  });

  it("gives each capture a fresh context: cookies and storage of one capture are not seen by the next", async () => {
    const before = site.cookiesSeen.length;
    await capturePage(`${site.origin}/cookie/set`, limits);
    // Within the capture, the cookie the page was given is sent back (so the next test is not empty by accident).
    expect(site.cookiesSeen.slice(before).map((seen) => seen.cookie)).toEqual([expect.stringContaining("header_probe=left-by-header")]);

    const next = await capturePage(`${site.origin}/cookie/show`, limits);
    expect(next.text).toContain("Cookies received: none.");
    expect(next.text).toContain("Stored value: none.");
  });

  it("fails an HTTP error with http-error and a file that is not a page with not-a-page", async () => {
    expect((await failureOf(capturePage(`${site.origin}/missing`, limits))).reason).toBe("http-error");
    expect((await failureOf(capturePage(`${site.origin}/report.pdf`, limits))).reason).toBe("not-a-page");
  });

  it("fails an address nothing answers at with unreachable", async () => {
    const closed = site.canary.loopbackOrigin.replace(/:\d+$/, ":9");
    const error = await failureOf(capturePage(`${closed}/`, { ...limits, allowHosts: [...limits.allowHosts, closed.slice("http://".length)] }));
    expect(error.reason).toBe("unreachable");
  });

  it("relaunches the browser when it went away, and captures two pages at once", async () => {
    await (await captureBrowser()).close();
    const [first, second] = await Promise.all([capturePage(`${site.origin}/redirect/end`, limits), capturePage(`${site.origin}/article`, limits)]);
    expect(first.title).toBe(REDIRECT_TITLE);
    expect(second.title).toBe(ARTICLE_TITLE);
  });

  it("reads the page again for a re-check: a changed text gives a different text hash", async () => {
    site.setChangingText("The first version says the bridge opens in March.");
    const first = await capturePage(`${site.origin}/changing`, limits);
    site.setChangingText("The second version says the bridge opens in May.");
    const second = await capturePage(`${site.origin}/changing`, limits);
    expect(first.text).toContain("opens in March");
    expect(second.text).toContain("opens in May");
    expect(second.textSha256).not.toBe(first.textSha256);
  });
});
