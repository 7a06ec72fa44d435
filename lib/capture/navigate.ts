import { errors, type Page } from "playwright-core";
import { abortable } from "./abortable";
import type { CaptureBudget } from "./capture-budget";
import { MAX_REDIRECTS, type CaptureRouter } from "./capture-router";
import { documentTimedOut, toCaptureError, tooManyRedirects } from "./failures";

/**
 * Opens `url` in the capture's page and waits for it to load, until `loadDeadline` (a
 * time, ms since the epoch). The router answers each main-document redirect by aborting the
 * navigation and naming the next hop (`pendingRedirect`), which is opened here in turn, at
 * most MAX_REDIRECTS times; so every hop went through the guard and the page ends on its
 * final address.
 *
 * When the load event has not fired by the deadline (a stylesheet, image or script that never
 * finishes), the capture goes on with what has loaded IF the document itself arrived: the
 * evidence is the page's text and appearance, and a hung tracker or ad must not cost them.
 * Without the document it fails with "timeout". Resolves to whether the load completed.
 * Stops at once when the capture's budget fails (time or bytes).
 */
export async function navigate(page: Page, url: string, router: CaptureRouter, budget: CaptureBudget, loadDeadline: number): Promise<{ loaded: boolean }> {
  let target = url;
  for (let hop = 0; ; hop++) {
    router.pendingRedirect = null;
    try {
      await abortable(page.goto(target, { waitUntil: "load", timeout: Math.max(1, loadDeadline - Date.now()) }), budget.signal);
      return { loaded: true };
    } catch (error) {
      if (budget.failure()) throw budget.failure();
      if (router.mainFailure) throw router.mainFailure;
      if (router.pendingRedirect) {
        if (hop >= MAX_REDIRECTS) throw tooManyRedirects(MAX_REDIRECTS);
        target = router.pendingRedirect;
        continue;
      }
      if (error instanceof errors.TimeoutError) {
        if (router.mainDocument) return { loaded: false };
        throw documentTimedOut(budget.timeoutMs);
      }
      throw toCaptureError(error, budget);
    }
  }
}
