import { isImportError, type ImportErrorCode } from "../import/import-error";
import { formatSeconds } from "../import/refusals";
import type { CaptureBudget } from "./capture-budget";
import { CaptureError, isCaptureError, type CaptureFailure } from "./capture-error";

/** How each refusal of the shared address guard and fetch reads as a capture failure. */
const FROM_IMPORT: Record<ImportErrorCode, CaptureFailure> = {
  "invalid-url": "refused-address",
  scheme: "refused-address",
  port: "refused-address",
  credentials: "refused-address",
  "private-address": "refused-address",
  dns: "unreachable",
  network: "unreachable",
  timeout: "timeout",
  "too-large": "too-large",
  "content-type": "not-a-page",
  "http-status": "http-error",
  "too-many-redirects": "http-error",
  "file-type": "not-a-page",
};

/**
 * Any error met while capturing, as the CaptureError to throw: the budget's own failure
 * (time or bytes ran out) wins over whatever it caused; an ImportError keeps its message (it is
 * written for people) with the matching reason; anything else is "unreachable", with the
 * original as `cause`.
 */
export function toCaptureError(error: unknown, budget: CaptureBudget | null): CaptureError {
  const stopped = budget?.failure();
  if (stopped) return stopped;
  if (isCaptureError(error)) return error;
  if (isImportError(error)) return new CaptureError(FROM_IMPORT[error.code], error.message, { cause: error });
  return new CaptureError("unreachable", "We couldn't connect to the site. Check the address or try again later.", { cause: error });
}

export function httpError(status: number): CaptureError {
  return new CaptureError("http-error", `The site answered with an error (HTTP ${status}) instead of the page.`);
}

export function notAPage(contentType: string | null): CaptureError {
  return new CaptureError(
    "not-a-page",
    contentType ? `That address does not serve a web page (it sent ${contentType}).` : "That address does not serve a web page (it didn't say what it sent).",
  );
}

export function tooManyRedirects(max: number): CaptureError {
  return new CaptureError("http-error", `The address sent us on more than ${max} times, so we stopped following it.`);
}

export function browserUnavailable(cause?: unknown): CaptureError {
  return new CaptureError(
    "browser-unavailable",
    "Capturing pages needs Chromium on the server. Install it (on Debian: apt-get install -y chromium) or set CHROMIUM_PATH to its executable, then try again.",
    { cause },
  );
}

export function documentTimedOut(timeoutMs: number): CaptureError {
  return new CaptureError("timeout", `The page did not arrive within ${formatSeconds(timeoutMs)}.`);
}
