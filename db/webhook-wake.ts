/**
 * How a committed change that queued webhook deliveries wakes this process's delivery worker
 * (db/webhook-worker.ts) at once instead of at its next look. Kept on `globalThis`: Next.js
 * may load the worker (started from instrumentation.ts) and the route code as separate
 * module copies in one process. Before the worker runs (tests, the CLI) a wake does nothing;
 * the deliveries wait in the table for whichever server looks next.
 */
const key = Symbol.for("corroborate.webhook-worker.wake");
const holder = globalThis as unknown as { [key]?: () => void };

export function wakeWebhookWorker(): void {
  holder[key]?.();
}

/** The worker registers how it is woken; `undefined` unregisters it. */
export function setWebhookWake(wake: (() => void) | undefined): void {
  holder[key] = wake;
}
