/**
 * Runs once when a server process starts (Next.js): starts its webhook delivery worker
 * (db/webhook-worker.ts) and its capture worker (db/capture-worker.ts). Not during
 * `next build`, and not in the edge runtime.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startWebhookWorker } = await import("./db/webhook-worker");
  startWebhookWorker();
  const { startCaptureWorker } = await import("./db/capture-worker");
  startCaptureWorker();
}
