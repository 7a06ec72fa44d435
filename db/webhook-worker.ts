import { env } from "@/lib/env";
import { postDelivery, DELIVERY_TIMEOUT_MS, type DeliveryAttempt, type DeliveryRequest } from "@/lib/webhooks/post-delivery";
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from "@/lib/webhooks/retry-schedule";
import { leaseDueDeliveries, nextDeliveryDueAt, recordDeliveryAttempt } from "./queries/webhook-deliveries";
import { createWakeLoop } from "./wake-loop";
import { setWebhookWake } from "./webhook-wake";

/**
 * Delivers the webhook outbox (queries/webhook-deliveries.ts). Every server process runs one
 * (started from instrumentation.ts); any number may run against one database, since each
 * delivery is leased to one of them at a time. A worker runs when a commit in its process
 * queued deliveries (`wakeWebhookWorker`), and otherwise looks at the table on a timer: at
 * the next retry that falls due, and at least every `pollMs` (deliveries queued by another
 * process, or due after a restart). Each round leases up to `batch` deliveries and sends them
 * in parallel, each with its own time limit, until none is due.
 */
export type WebhookWorkerOptions = {
  policy: RetryPolicy;
  allowHosts: readonly string[];
  pollMs: number;
  batch: number;
  /** How long a leased delivery is this worker's: longer than a delivery's time limit. */
  leaseMs: number;
  /** Sends one delivery (postDelivery; tests may point it at a local receiver). */
  send: (request: DeliveryRequest) => Promise<DeliveryAttempt>;
};

export type WebhookWorker = {
  /** Runs a round now (or right after the one running). */
  wake(): void;
  /** Runs rounds until nothing is due; resolves when done (for tests and shutdown). */
  runUntilIdle(): Promise<void>;
  /** Stops the timer and waits for the round in progress; deliveries it did not record are retried after their lease. */
  stop(): Promise<void>;
};

export function createWebhookWorker(overrides: Partial<WebhookWorkerOptions> = {}): WebhookWorker {
  const options: WebhookWorkerOptions = {
    policy: { ...DEFAULT_RETRY_POLICY, firstRetryMs: env.webhookFirstRetryMs },
    allowHosts: env.importAllowHosts,
    pollMs: 5_000,
    batch: 5,
    leaseMs: DELIVERY_TIMEOUT_MS * 6,
    send: (request) => postDelivery(request, { allowHosts: options.allowHosts }),
    ...overrides,
  };
  async function deliverOne(delivery: Awaited<ReturnType<typeof leaseDueDeliveries>>[number]) {
    const attempt = await options.send({
      url: delivery.url,
      secret: delivery.secret,
      deliveryId: delivery.id,
      event: delivery.event,
      body: delivery.payload,
      timestamp: Math.floor(Date.now() / 1000),
    });
    await recordDeliveryAttempt({ delivery, attempt, policy: options.policy });
  }

  async function round() {
    for (;;) {
      // A read first: on SQLite a lease takes the one writer, which an idle look should not.
      const dueAt = await nextDeliveryDueAt();
      if (!dueAt || dueAt.getTime() > Date.now()) return;
      const leased = await leaseDueDeliveries({ limit: options.batch, leaseMs: options.leaseMs });
      if (leased.length === 0) return;
      await Promise.all(leased.map(deliverOne));
      if (loop.stopped) return;
    }
  }

  const loop = createWakeLoop({ look: round, nextDueAt: nextDeliveryDueAt, pollMs: options.pollMs, name: "Webhook deliveries" });
  return { wake: loop.wake, runUntilIdle: round, stop: loop.stop };
}

const globalWorker = globalThis as unknown as { corroborateWebhookWorker?: WebhookWorker };

/** Starts this process's worker once (instrumentation.ts), wires the wake, and stops it on SIGTERM/SIGINT. */
export function startWebhookWorker(): WebhookWorker {
  if (globalWorker.corroborateWebhookWorker) return globalWorker.corroborateWebhookWorker;
  const worker = createWebhookWorker();
  globalWorker.corroborateWebhookWorker = worker;
  setWebhookWake(worker.wake);
  for (const signal of ["SIGTERM", "SIGINT"] as const)
    process.once(signal, () => {
      setWebhookWake(undefined);
      void worker.stop();
    });
  worker.wake();
  return worker;
}
