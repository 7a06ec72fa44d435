import type { RetryPolicy } from "../webhooks/retry-schedule";

/**
 * The rules of the capture queue (db/queries/captures.ts, db/capture-worker.ts), as pure values
 * and functions: what may be captured, how long a worker holds a job, when a failed one is
 * tried again and which failures are final at once.
 */

/** Only web pages are captured: http(s) addresses; anything else (mailto:, a DOI, a file name) gets no capture. */
export function isCapturableUrl(url: string | null | undefined): url is string {
  if (!url) return false;
  try {
    const { protocol } = new URL(url);
    return protocol === "http:" || protocol === "https:";
  } catch {
    return false;
  }
}

/**
 * After attempt n fails the next waits about 1 min × 4^(n-1) (with jitter; lib/webhooks/retry-schedule.ts),
 * so four attempts span some 20 minutes; the fourth failure is final.
 */
export const CAPTURE_RETRY_POLICY: RetryPolicy = { firstRetryMs: 60_000, maxDelayMs: 60 * 60_000, maxAttempts: 4 };

/** Failures that another attempt cannot mend: the address is refused, the response is no page, or too large. */
const finalReasons = new Set(["refused-address", "not-a-page", "too-large"]);

export function isFinalCaptureFailure(reason: string): boolean {
  return finalReasons.has(reason);
}

/**
 * How long a leased job is its worker's: the capture's own time limit plus a minute for the
 * browser to start and the result to be written. A worker that dies loses its jobs after it,
 * and another server takes them over.
 */
export function captureLeaseMs(timeoutMs: number): number {
  return timeoutMs + 60_000;
}

/** The daily re-check: a captured link is due again once this long has passed since its last check (or its capture). */
export const DAILY_RECHECK_INTERVAL_MS = 24 * 60 * 60_000;

/** The text of a failure stored in `captures.error` and `capture_checks.error`: "reason: message". */
export function captureErrorText(reason: string, message: string): string {
  return `${reason}: ${message}`.slice(0, 2_000);
}
