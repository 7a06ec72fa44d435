/**
 * How a committed change that queued a capture wakes this process's capture worker
 * (db/capture-worker.ts) at once instead of at its next look. Kept on `globalThis`, as the
 * webhook wake is (db/webhook-wake.ts): Next.js may load the worker and the route code as
 * separate module copies in one process. Without a worker (tests, the CLI) a wake does
 * nothing; the job waits in the table for whichever server looks next.
 */
const key = Symbol.for("corroborate.capture-worker.wake");
const holder = globalThis as unknown as { [key]?: () => void };

export function wakeCaptureWorker(): void {
  holder[key]?.();
}

/** The worker registers how it is woken; `undefined` unregisters it. */
export function setCaptureWake(wake: (() => void) | undefined): void {
  holder[key] = wake;
}
