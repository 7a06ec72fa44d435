/** Why a capture failed: stable codes for code (the queue, the API), in the order of the contract. */
export const CAPTURE_FAILURES = ["refused-address", "timeout", "too-large", "http-error", "unreachable", "not-a-page", "browser-unavailable"] as const;

export type CaptureFailure = (typeof CAPTURE_FAILURES)[number];

/**
 * The one error `capturePage` throws. `reason` is one of CAPTURE_FAILURES; `message` is English,
 * written for people and the API ("The page took longer than 30 seconds to load."); the
 * underlying error, when there is one, is kept as `cause`.
 */
export class CaptureError extends Error {
  readonly reason: CaptureFailure;

  constructor(reason: CaptureFailure, message: string, options?: { cause?: unknown }) {
    super(message, { cause: options?.cause });
    this.name = "CaptureError";
    this.reason = reason;
  }
}

export function isCaptureError(error: unknown): error is CaptureError {
  return error instanceof CaptureError;
}
