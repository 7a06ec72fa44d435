import { setMaxListeners } from "node:events";
import { formatBytes, formatSeconds } from "../import/refusals";
import { CaptureError } from "./capture-error";

/**
 * The time and bytes one capture may spend, shared by every request it makes.
 * - `signal` aborts when the capture must stop: the time is up, the bytes ran out, or `fail`
 *   was called; every fetch of the capture listens to it, so nothing outlives the capture.
 * - `take(n)` counts n more bytes and, the moment the total passes `maxBytes`, fails the whole
 *   capture with "too-large" (and throws it), so a large response is stopped while it streams.
 * - `failure` is the first reason the capture was stopped, or null.
 * - `dispose` clears the timer; call it however the capture ends.
 */
export type CaptureBudget = {
  readonly signal: AbortSignal;
  readonly startedAt: number;
  readonly timeoutMs: number;
  readonly maxBytes: number;
  bytes(): number;
  take(n: number): void;
  remainingMs(): number;
  failure(): CaptureError | null;
  fail(error: CaptureError): void;
  dispose(): void;
};

export function startBudget({ timeoutMs, maxBytes }: { timeoutMs: number; maxBytes: number }): CaptureBudget {
  const controller = new AbortController();
  setMaxListeners(0, controller.signal);
  const startedAt = Date.now();
  let used = 0;
  let failure: CaptureError | null = null;
  const fail = (error: CaptureError) => {
    failure ??= error;
    if (!controller.signal.aborted) controller.abort(failure);
  };
  const timer = setTimeout(() => fail(timedOut(timeoutMs)), timeoutMs);
  return {
    signal: controller.signal,
    startedAt,
    timeoutMs,
    maxBytes,
    bytes: () => used,
    take(n) {
      used += n;
      if (used > maxBytes) {
        fail(tooLarge(maxBytes));
        throw failure;
      }
    },
    remainingMs: () => Math.max(0, startedAt + timeoutMs - Date.now()),
    failure: () => failure,
    fail,
    dispose: () => clearTimeout(timer),
  };
}

export function timedOut(timeoutMs: number): CaptureError {
  return new CaptureError("timeout", `The page took longer than ${formatSeconds(timeoutMs)} to load.`);
}

export function tooLarge(maxBytes: number): CaptureError {
  return new CaptureError("too-large", `The page and what it loads are larger than ${formatBytes(maxBytes)}.`);
}
