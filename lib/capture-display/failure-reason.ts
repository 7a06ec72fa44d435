import { CAPTURE_FAILURES, type CaptureFailure } from "../capture/capture-error";

/**
 * Why a capture (or a check of the live page) failed, as a key of the `Captures.failure`
 * catalogue: the reason the capturing engine gave (lib/capture CAPTURE_FAILURES), read from
 * the stored error text "reason: English message" (lib/capture-jobs/policy.ts). The English
 * message is for logs and the API; people read the reason in their own language.
 */
export type CaptureFailureReason = CaptureFailure | "unknown";

/** The reason named at the start of `error`; "unknown" for no error or a reason this version does not know. */
export function captureFailureReasonOf(error: string | null | undefined): CaptureFailureReason {
  const named = /^([a-z-]+):/.exec(error ?? "")?.[1] ?? "";
  return (CAPTURE_FAILURES as readonly string[]).includes(named) ? (named as CaptureFailure) : "unknown";
}
