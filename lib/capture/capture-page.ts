import { createHash } from "node:crypto";
import type { Browser, BrowserContext } from "playwright-core";
import { checkUrl } from "../import/check-url";
import { USER_AGENT } from "../import/fetch-once";
import { systemLookup, type HostLookup } from "../import/resolve-host";
import { abortable } from "./abortable";
import { captureBrowser } from "./capture-browser";
import { startBudget } from "./capture-budget";
import { CaptureRouter } from "./capture-router";
import { ConnectionPool } from "./connection-pool";
import { browserUnavailable, toCaptureError } from "./failures";
import type { CaptureLimits } from "./limits";
import { navigate } from "./navigate";
import { readableText } from "./readable-text";
import { takeScreenshot } from "./screenshot";
import { WarcWriter } from "./warc-records";
import { writeWacz } from "./write-wacz";

export type CapturedPage = {
  requestedUrl: string;
  finalUrl: string;
  httpStatus: number;
  title: string;
  /** ISO-8601 UTC, when the page was loaded. */
  capturedAt: string;
  wacz: Buffer;
  /** Hex SHA-256 of the WACZ bytes. */
  sha256: string;
  /** Full-page PNG. */
  screenshot: Buffer;
  /** Readable text (canonicalText of lib/canonical-text.ts). */
  text: string;
  /** Hex SHA-256 of the text's UTF-8. */
  textSha256: string;
  /** Responses recorded (each redirect hop counts). */
  resourceCount: number;
  /** Bytes fetched for the capture, after decompression. */
  byteCount: number;
};

/** After load, the page is given this long without any request in flight before it is snapshotted (script fetches, late images). */
const QUIET_MS = 100;

/** Part of the time limit kept for the screenshot, the text and the archive. */
function reserveMs(timeoutMs: number): number {
  return Math.min(5_000, Math.max(500, timeoutMs * 0.25));
}

const VIEWPORT = { width: 1280, height: 800 };

/**
 * Captures one web page with the process's headless Chromium (capture-browser.ts) in a
 * browser context of its own, closed afterwards: no downloads, no permissions, service
 * workers blocked, WebSockets refused, cookies and storage starting empty. Every request the
 * page makes is fetched through the URL-import address guard by the capture's router
 * (capture-router.ts), which also records it for the WACZ (write-wacz.ts).
 *
 * The time limit covers the whole capture from the call (a first call also waits for the
 * browser to start, which is not counted): the page has until `timeoutMs` minus a reserve
 * (a quarter, 0.5–5 s) to load, then what has loaded is captured (see navigate.ts); every
 * step after that is bounded by what is left, and running out fails with "timeout". The byte
 * limit counts every byte fetched. Failures throw CaptureError (capture-error.ts):
 * the address refused by the guard, the document an HTTP error or not a page, the site
 * unreachable, Chromium missing.
 */
export async function capturePage(url: string, limits: CaptureLimits): Promise<CapturedPage> {
  return captureWith(systemLookup, url, limits);
}

export async function captureWith(lookup: HostLookup, url: string, limits: CaptureLimits): Promise<CapturedPage> {
  checkLimits(limits);
  const requestedUrl = url;
  const allowHosts = limits.allowHosts;
  // An address the guard refuses outright is refused before a browser is started for it.
  try {
    checkUrl(url, allowHosts);
  } catch (error) {
    throw toCaptureError(error, null);
  }
  const browser = await captureBrowser();
  const budget = startBudget(limits);
  let context: BrowserContext | null = null;
  let router: CaptureRouter | null = null;
  const pool = new ConnectionPool();
  try {
    context = await browser.newContext({
      acceptDownloads: false,
      serviceWorkers: "block",
      permissions: [],
      viewport: VIEWPORT,
      userAgent: `${await userAgentOf(browser)} ${USER_AGENT}`,
    });
    const warc = new WarcWriter(new Date(budget.startedAt).toISOString());
    const capture = new CaptureRouter(context, { allowHosts, lookup, budget, warc, pool });
    router = capture;
    await Promise.all([
      context.routeWebSocket(/.*/, (socket) => socket.close({ code: 1008, reason: "WebSockets are not captured." })),
      context.route("**/*", capture.handle),
    ]);
    const page = await context.newPage();
    capture.page = page;

    const loadDeadline = budget.startedAt + limits.timeoutMs - reserveMs(limits.timeoutMs);
    const { loaded } = await navigate(page, url, router, budget, loadDeadline);
    warc.begin();
    if (loaded) await settle(router, loadDeadline, budget.signal);
    const capturedAt = new Date().toISOString();

    const [screenshot, html, pageTitle] = await abortable(
      Promise.all([takeScreenshot(page, budget.remainingMs()), page.content(), page.title()]),
      budget.signal,
    );
    const finalUrl = page.url();
    router.close();
    if (budget.failure()) throw budget.failure();

    const { text, textSha256, title: articleTitle } = readableText(html, finalUrl);
    const title = pageTitle.trim() || articleTitle || "";
    // The browser context is no longer needed: let it close while the archive is written.
    const closing = context.close().catch(() => undefined);
    context = null;
    const archive = warc.finish().then((warcBytes) => writeWacz({ warc: warcBytes, page: { url: finalUrl, title, ts: capturedAt }, createdAt: capturedAt }));
    const [wacz] = await Promise.all([abortable(archive, budget.signal), closing]);
    return {
      requestedUrl,
      finalUrl,
      httpStatus: router.mainDocument?.status ?? 0,
      title,
      capturedAt,
      wacz,
      sha256: createHash("sha256").update(wacz).digest("hex"),
      screenshot,
      text,
      textSha256,
      resourceCount: router.recorded.length,
      byteCount: budget.bytes(),
    };
  } catch (error) {
    if (!budget.failure() && !browser.isConnected()) throw browserUnavailable(error);
    throw toCaptureError(error, budget);
  } finally {
    router?.close();
    pool.destroy();
    budget.dispose();
    await context?.close().catch(() => undefined);
  }
}

/** Waits until no request has been in flight for QUIET_MS, or the deadline. */
async function settle(router: CaptureRouter, deadline: number, signal: AbortSignal): Promise<void> {
  for (let quiet = router.quietFor(); quiet < QUIET_MS && Date.now() < deadline && !signal.aborted; quiet = router.quietFor()) {
    const wait = quiet > 0 ? QUIET_MS - quiet : 20;
    await new Promise((resolve) => setTimeout(resolve, Math.min(wait, Math.max(1, deadline - Date.now()))));
  }
}

let defaultUserAgent: string | null = null;

/** Chromium's own User-Agent (read once per process), to which the capture adds its name. */
async function userAgentOf(browser: Browser): Promise<string> {
  if (defaultUserAgent) return defaultUserAgent;
  const probe = await browser.newPage();
  try {
    defaultUserAgent = (await probe.evaluate(() => navigator.userAgent)).replace("HeadlessChrome", "Chrome");
  } finally {
    await probe.close();
  }
  return defaultUserAgent;
}

function checkLimits({ timeoutMs, maxBytes, allowHosts }: CaptureLimits): void {
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) throw new TypeError("timeoutMs must be a positive number");
  if (!Number.isFinite(maxBytes) || maxBytes <= 0) throw new TypeError("maxBytes must be a positive number");
  if (!Array.isArray(allowHosts)) throw new TypeError("allowHosts must be an array");
}
