import { setMaxListeners } from "node:events";
import type { BrowserContext, Page, Request, Route } from "playwright-core";
import { PAGE_MEDIA_TYPES, parseContentType } from "../import/content-type";
import type { HostLookup } from "../import/resolve-host";
import type { CaptureBudget } from "./capture-budget";
import type { CaptureError } from "./capture-error";
import type { Exchange } from "./exchange";
import { httpError, notAPage, toCaptureError, tooManyRedirects } from "./failures";
import { guardedFetch, type OutgoingRequest } from "./guarded-fetch";
import type { WarcWriter } from "./warc-records";
import type { ConnectionPool } from "./connection-pool";

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/** Redirects followed for one resource, and for the page itself (see navigate.ts). */
export const MAX_REDIRECTS = 10;

/** What the page's own document came back as (its last hop). */
export type MainDocument = { url: string; status: number };

/**
 * Serves every request of one capture's browser context itself (`context.route("**\/*")`):
 * each is fetched by `guardedFetch` (the URL-import guard, the connection pinned, the bytes
 * counted), recorded as an Exchange and written to the WARC at once (`warc`), and handed to
 * Chromium with `route.fulfill`.
 * Nothing is `route.continue`d: Chromium's own network stack is never used (and is cut off
 * from DNS at launch, see capture-browser.ts, in case anything slips past the route).
 *
 * Redirects are followed here, hop by hop, each hop through the guard and recorded, because
 * Chromium does NOT route the next hop of a redirect that was fulfilled (verified with
 * Chromium 150 / Playwright 1.65: it went straight to the network). So a subresource's final
 * answer is fulfilled at its first URL; for the page's own document (a main-frame navigation)
 * the redirect is recorded, the navigation aborted, and `pendingRedirect` tells navigate.ts
 * where to go next, so the page ends on its final address. A main document that is an HTTP
 * error (≥ 400) or not a page (HTML, XHTML, plain text) fails the capture (`mainFailure`).
 *
 * `close()` stops it: requests in flight are cut off and later ones aborted.
 */
export class CaptureRouter {
  /** Each response recorded (redirect hops too), in order; the bodies are only in the WARC, so memory holds them once. */
  readonly recorded: { url: string; status: number }[] = [];
  /** URLs the guard refused (never sent), with the reason. */
  readonly refused: { url: string; reason: string }[] = [];
  mainDocument: MainDocument | null = null;
  mainFailure: CaptureError | null = null;
  pendingRedirect: string | null = null;
  private inFlight = 0;
  private lastActivity = Date.now();
  private readonly stop = new AbortController();
  private readonly signal: AbortSignal;

  /** The capture's page: set once it exists (the route is in place before it opens). */
  page: Page | null = null;

  constructor(
    private readonly context: BrowserContext,
    private readonly options: { allowHosts: readonly string[]; lookup: HostLookup; budget: CaptureBudget; warc: WarcWriter; pool: ConnectionPool },
  ) {
    this.signal = AbortSignal.any([options.budget.signal, this.stop.signal]);
    // Every fetch in flight listens to it: dozens at once on an ordinary page.
    setMaxListeners(0, this.signal, this.stop.signal);
  }

  readonly handle = async (route: Route): Promise<void> => {
    if (this.signal.aborted) {
      await route.abort("aborted").catch(() => undefined);
      return;
    }
    this.inFlight++;
    try {
      await this.serve(route);
    } finally {
      this.inFlight--;
      this.lastActivity = Date.now();
    }
  };

  /** Milliseconds since the last request ended, or 0 while any is in flight. */
  quietFor(): number {
    return this.inFlight > 0 ? 0 : Date.now() - this.lastActivity;
  }

  close(): void {
    this.stop.abort(new Error("The capture has finished."));
  }

  private async serve(route: Route): Promise<void> {
    const request = route.request();
    const isMain = this.isMainDocument(request);
    let outgoing: OutgoingRequest = {
      url: request.url(),
      method: request.method(),
      headers: await this.requestHeaders(request),
      body: request.postDataBuffer(),
    };
    try {
      for (let hop = 0; ; hop++) {
        const exchange = await guardedFetch(outgoing, { ...this.options, signal: this.signal });
        // Closed meanwhile: the archive may already be finished, so this answer is not recorded.
        if (this.signal.aborted) throw this.signal.reason;
        this.recorded.push({ url: exchange.url, status: exchange.status });
        this.options.warc.add(exchange);
        const location = headerValue(exchange.responseHeaders, "location");
        if (REDIRECT_STATUSES.has(exchange.status) && location !== null) {
          const next = new URL(location, exchange.url).href;
          if (isMain) {
            this.pendingRedirect = next;
            await route.abort("aborted");
            return;
          }
          if (hop >= MAX_REDIRECTS) throw tooManyRedirects(MAX_REDIRECTS);
          outgoing = redirected(outgoing, exchange.status, next);
          outgoing.headers = { ...outgoing.headers, ...(await this.cookieHeader(next)) };
          continue;
        }
        if (isMain) {
          const failure = this.checkMainDocument(exchange);
          if (failure) {
            this.mainFailure = failure;
            await route.abort("failed");
            return;
          }
          this.mainDocument = { url: exchange.url, status: exchange.status };
        }
        await route.fulfill({ status: exchange.status, headers: fulfilledHeaders(exchange.responseHeaders), body: exchange.body });
        return;
      }
    } catch (error) {
      const failure = toCaptureError(error, this.options.budget);
      if (failure.reason === "refused-address") this.refused.push({ url: outgoing.url, reason: failure.message });
      if (isMain) this.mainFailure ??= failure;
      await route.abort(failure.reason === "refused-address" ? "blockedbyclient" : "failed").catch(() => undefined);
    }
  }

  private checkMainDocument(exchange: Exchange): CaptureError | null {
    if (exchange.status >= 400) return httpError(exchange.status);
    const media = parseContentType(headerValue(exchange.responseHeaders, "content-type"));
    if (!media || !PAGE_MEDIA_TYPES.has(media.type)) return notAPage(media?.type ?? null);
    return null;
  }

  private isMainDocument(request: Request): boolean {
    if (!request.isNavigationRequest()) return false;
    try {
      return this.page !== null && request.frame() === this.page.mainFrame();
    } catch {
      return false;
    }
  }

  /**
   * The page's headers as Chromium would send them. For a routed request Chromium's
   * headers already carry the Cookie header from the context's own jar (verified with
   * Chromium 150: a cookie set by an earlier response is there; the fresh-context test checks
   * it), so no lookup is needed; `allHeaders()` or `context.cookies()` cost a wait per request.
   */
  private async requestHeaders(request: Request): Promise<Record<string, string>> {
    return request.headers();
  }

  /** The context's cookies for a redirect hop followed here (Chromium never sees that request). */
  private async cookieHeader(url: string): Promise<Record<string, string>> {
    const cookies = await this.context.cookies(url).catch(() => []);
    return cookies.length > 0 ? { cookie: cookies.map((c) => `${c.name}=${c.value}`).join("; ") } : {};
  }
}

/** The request for the next hop: 303 (and 301/302 after a POST) become a GET without a body. */
function redirected(previous: OutgoingRequest, status: number, next: string): OutgoingRequest {
  const toGet = status === 303 || ((status === 301 || status === 302) && previous.method === "POST");
  const headers = { ...previous.headers };
  delete headers.cookie;
  if (toGet) {
    delete headers["content-type"];
    return { url: next, method: "GET", headers, body: null };
  }
  return { ...previous, url: next, headers };
}

export function headerValue(headers: readonly [string, string][], name: string): string | null {
  const wanted = name.toLowerCase();
  return headers.find(([key]) => key.toLowerCase() === wanted)?.[1] ?? null;
}

/** Headers for `route.fulfill`: repeated Set-Cookie lines joined by "\n" (as Playwright expects), others by ", ". */
function fulfilledHeaders(pairs: readonly [string, string][]): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of pairs) {
    const key = name.toLowerCase();
    headers[key] = key in headers ? `${headers[key]}${key === "set-cookie" ? "\n" : ", "}${value}` : value;
  }
  return headers;
}
