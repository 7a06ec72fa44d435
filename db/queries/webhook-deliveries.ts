import "server-only";
import { and, asc, eq, inArray, isNull, lte, min, or, sql } from "drizzle-orm";
import { nextRetryDelayMs, type RetryPolicy } from "@/lib/webhooks/retry-schedule";
import { isWebhookEvent, webhookPayload } from "@/lib/webhooks/sent-events";
import type { DeliveryAttempt } from "@/lib/webhooks/post-delivery";
import { afterCommit, db, engineKind, writeTransaction } from "../connection";
import { newId, now, preparedOnce } from "../prepared";
import { users, webhookDeliveries, webhooks } from "../schema";
import { wakeWebhookWorker } from "../webhook-wake";
import type { EventInput } from "./events";

/**
 * The webhook outbox. A change that records a sent event (lib/webhooks/sent-events.ts) also
 * writes one delivery row per webhook of its investigation, in its own transaction: a change
 * that rolls back queues nothing, and one that commits cannot lose its deliveries, whatever
 * happens to the process afterwards. Any server then delivers them (db/webhook-worker.ts):
 * it leases due rows, POSTs, and records the answer.
 */

/**
 * The investigation's webhooks, for the fan-out: one indexed read, and the only statement a
 * change makes when the investigation has none. On PostgreSQL the rows are locked `FOR KEY
 * SHARE` until the change commits, so a webhook removed at the same moment either waits for
 * it or is not seen (never a delivery row pointing at a removed webhook, which would fail the
 * change on its foreign key).
 */
const webhooksOfInvestigation = preparedOnce((database) => {
  const query = database
    .select({ id: webhooks.id })
    .from(webhooks)
    .where(eq(webhooks.investigationId, sql.placeholder("investigationId")));
  return (engineKind() === "postgres" ? query.for("key share") : query).prepare("webhooks_of_investigation");
});

/** Queues the deliveries of one recorded event (called by the fan-out inside the change's transaction). */
export async function queueWebhookDeliveries(event: EventInput): Promise<void> {
  const { investigationId, action } = event;
  if (!investigationId || !isWebhookEvent(action)) return;
  const targets = await webhooksOfInvestigation().execute({ investigationId });
  if (targets.length === 0) return;
  const [actor] = event.actorId ? await db().select({ id: users.id, name: users.name }).from(users).where(eq(users.id, event.actorId)) : [];
  const createdAt = now();
  const rows = targets.map(({ id: webhookId }) => {
    const id = newId();
    const payload = webhookPayload({
      id,
      event: action,
      investigationId,
      subject: { type: event.subjectType, id: event.subjectId },
      actor: actor ?? null,
      data: event.data ?? {},
      createdAt,
    });
    return { id, webhookId, event: action, payload, state: "pending" as const, attempts: 0, nextAttemptAt: createdAt, createdAt };
  });
  await db().insert(webhookDeliveries).values(rows);
  afterCommit(wakeWebhookWorker);
}

/** A delivery a server holds until `leasedUntil`, with what it needs to send it. */
export type LeasedDelivery = {
  id: string;
  event: string;
  payload: string;
  attempts: number;
  leasedUntil: string;
  url: string;
  secret: string;
};

/**
 * Takes up to `limit` deliveries that are due (pending, `nextAttemptAt` passed, not leased
 * or their lease expired) for this server until `now + leaseMs`, counting the attempt. Two
 * servers never hold the same delivery: on PostgreSQL the due rows are selected `FOR UPDATE
 * SKIP LOCKED`, so a row another server is leasing is passed over, and once leased it is no
 * longer due; on SQLite the single writer runs one lease at a time. A server that dies while
 * sending loses its lease when it expires, and another server tries again (so a receiver
 * may see a delivery id twice, rarely: it should ignore the second).
 */
export async function leaseDueDeliveries({ limit, leaseMs, at = new Date() }: { limit: number; leaseMs: number; at?: Date }): Promise<LeasedDelivery[]> {
  const nowText = at.toISOString();
  const leasedUntil = new Date(at.getTime() + leaseMs).toISOString();
  return writeTransaction(async (tx) => {
    const due = tx
      .select({ id: webhookDeliveries.id })
      .from(webhookDeliveries)
      .where(
        and(
          eq(webhookDeliveries.state, "pending"),
          lte(webhookDeliveries.nextAttemptAt, nowText),
          or(isNull(webhookDeliveries.leasedUntil), lte(webhookDeliveries.leasedUntil, nowText)),
        ),
      )
      .orderBy(asc(webhookDeliveries.nextAttemptAt), asc(webhookDeliveries.id))
      .limit(limit);
    const ids = (await (engineKind() === "postgres" ? due.for("update", { skipLocked: true }) : due)).map((row) => row.id);
    if (ids.length === 0) return [];
    const leased = await tx
      .update(webhookDeliveries)
      .set({ leasedUntil, attempts: sql`${webhookDeliveries.attempts} + 1` })
      .where(inArray(webhookDeliveries.id, ids))
      .returning({
        id: webhookDeliveries.id,
        webhookId: webhookDeliveries.webhookId,
        event: webhookDeliveries.event,
        payload: webhookDeliveries.payload,
        attempts: webhookDeliveries.attempts,
      });
    const targets = await tx
      .select({ id: webhooks.id, url: webhooks.url, secret: webhooks.secret })
      .from(webhooks)
      .where(inArray(webhooks.id, [...new Set(leased.map((row) => row.webhookId))]));
    const byId = new Map(targets.map((target) => [target.id, target]));
    return leased.flatMap(({ webhookId, ...row }) => {
      const target = byId.get(webhookId);
      return target ? [{ ...row, leasedUntil, url: target.url, secret: target.secret }] : [];
    });
  });
}

/**
 * Records how an attempt went, if this server still holds the lease (else another server has
 * taken the delivery over and its answer counts): delivered on a 2xx; otherwise pending again
 * after the back-off, or `failed` after the last attempt. `lastError` keeps the latest failure's
 * reason even after a later success, so the log says why earlier attempts failed.
 * Returns false when the lease was lost (nothing written).
 */
export async function recordDeliveryAttempt({
  delivery,
  attempt,
  policy,
  at = new Date(),
  random = Math.random,
}: {
  delivery: Pick<LeasedDelivery, "id" | "attempts" | "leasedUntil">;
  attempt: DeliveryAttempt;
  policy: RetryPolicy;
  at?: Date;
  random?: () => number;
}): Promise<boolean> {
  const retryIn = attempt.ok ? null : nextRetryDelayMs(delivery.attempts, policy, random);
  const changes = attempt.ok
    ? { state: "delivered" as const, deliveredAt: at.toISOString(), lastStatus: attempt.status }
    : retryIn === null
      ? { state: "failed" as const, lastStatus: attempt.status, lastError: attempt.error }
      : { state: "pending" as const, nextAttemptAt: new Date(at.getTime() + retryIn).toISOString(), lastStatus: attempt.status, lastError: attempt.error };
  return writeTransaction(async (tx) => {
    const written = await tx
      .update(webhookDeliveries)
      .set({ ...changes, leasedUntil: null })
      .where(and(eq(webhookDeliveries.id, delivery.id), eq(webhookDeliveries.state, "pending"), eq(webhookDeliveries.leasedUntil, delivery.leasedUntil)))
      .returning({ id: webhookDeliveries.id });
    return written.length === 1;
  });
}

/** When the next pending delivery falls due (its retry time, or its lease's end), or null when none waits. */
export async function nextDeliveryDueAt(): Promise<Date | null> {
  const dueAt = sql<string>`case when ${webhookDeliveries.leasedUntil} > ${webhookDeliveries.nextAttemptAt} then ${webhookDeliveries.leasedUntil} else ${webhookDeliveries.nextAttemptAt} end`;
  const [row] = await db()
    .select({ at: min(dueAt) })
    .from(webhookDeliveries)
    .where(eq(webhookDeliveries.state, "pending"));
  return row?.at ? new Date(row.at) : null;
}
