import { describe, expect, it } from "vitest";
import { nextRetryDelayMs } from "../webhooks/retry-schedule";
import { CAPTURE_RETRY_POLICY, captureErrorText, isCapturableUrl, isFinalCaptureFailure } from "./policy";

describe("the capture queue's rules", () => {
  it("captures http and https addresses only", () => {
    expect(isCapturableUrl("https://example.org/a")).toBe(true);
    expect(isCapturableUrl("http://example.org")).toBe(true);
    for (const url of ["mailto:a@example.org", "ftp://example.org/x", "javascript:alert(1)", "doi:10.1000/1", "example.org", "", null, undefined])
      expect(isCapturableUrl(url)).toBe(false);
  });

  it("tries a failed capture four times, the waits growing, then gives up", () => {
    const half = () => 0.5;
    expect([1, 2, 3, 4].map((attempts) => nextRetryDelayMs(attempts, CAPTURE_RETRY_POLICY, half))).toEqual([45_000, 180_000, 720_000, null]);
  });

  it("gives up at once on a refused address, a response that is no page, or one too large", () => {
    expect(["refused-address", "not-a-page", "too-large"].every(isFinalCaptureFailure)).toBe(true);
    expect(["timeout", "http-error", "unreachable", "browser-unavailable"].some(isFinalCaptureFailure)).toBe(false);
  });

  it("stores a failure as its reason and message, bounded", () => {
    expect(captureErrorText("timeout", "The page did not finish loading in 30 s.")).toBe("timeout: The page did not finish loading in 30 s.");
    expect(captureErrorText("http-error", "x".repeat(5_000))).toHaveLength(2_000);
  });
});
