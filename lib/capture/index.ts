/**
 * Captures of web pages as evidence (issue #19; the shared contract is CAPTURES.md): one page
 * in headless Chromium with every request through the URL-import address guard, written as a
 * WACZ with a screenshot and the readable text; a WACZ verifier; the word diff of "Check
 * again". Free of Next and the database. See README.md.
 */
export { CAPTURE_DEFAULTS, type CaptureLimits } from "./limits";
export { capturePage, type CapturedPage } from "./capture-page";
export { CaptureError, CAPTURE_FAILURES, isCaptureError, type CaptureFailure } from "./capture-error";
export { wordDiff, type WordDiff } from "./word-diff";
export { verifyWacz, type WaczVerification } from "./verify-wacz";
export { shutdownCaptureBrowser } from "./capture-browser";
