import "server-only";
import { randomBytes } from "node:crypto";
import { and, desc, eq } from "drizzle-orm";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { canManageWebhooks, type Actor } from "@/lib/permissions";
import { checkWebhookAddress, WebhookAddressError } from "@/lib/webhooks/check-address";
import { db, writeTransaction } from "../connection";
import { investigations, users, webhookDeliveries, webhooks } from "../schema";
import { assertAllowed } from "./actor";
import { recordEvent } from "./events";

/**
 * An investigation's outgoing webhooks: editors and admins add, list and remove them. The
 * secret that signs deliveries (lib/webhooks/signature.ts) is 32 random bytes, returned once
 * when the webhook is added and never again; it is stored as it is, since signing needs it.
 * The address may itself be a credential (chat tools put one in it), so only editors see it,
 * and the history records only its host.
 */
export type WebhookSummary = { id: string; url: string; createdAt: string; createdBy: { id: string; name: string } };

export type WebhookDeliverySummary = {
  id: string;
  webhookId: string;
  event: string;
  state: "pending" | "delivered" | "failed";
  attempts: number;
  lastStatus: number | null;
  lastError: string | null;
  createdAt: string;
  nextAttemptAt: string;
  deliveredAt: string | null;
};

const secretPrefix = "whsec_";

const notFound = () => new AppError("NOT_FOUND", { key: "Errors.notFound.webhook" });

async function assertInvestigationExists(investigationId: string) {
  const [row] = await db().select({ id: investigations.id }).from(investigations).where(eq(investigations.id, investigationId));
  if (!row) throw new AppError("NOT_FOUND", { key: "Errors.notFound.investigation" });
}

/**
 * Adds a webhook after checking its address like every delivery will (public addresses only,
 * unless allow-listed; the DNS lookup happens before the transaction). Returns the secret,
 * this once.
 */
export async function createWebhook({ actor, investigationId, url }: { actor: Actor; investigationId: string; url: string }) {
  assertAllowed(canManageWebhooks(actor), "Only editors can add webhooks.");
  await assertInvestigationExists(investigationId);
  let checked: Awaited<ReturnType<typeof checkWebhookAddress>>;
  try {
    checked = await checkWebhookAddress(url, env.importAllowHosts);
  } catch (error) {
    if (error instanceof WebhookAddressError) throw new AppError("INVALID", error.message, { cause: error, fields: { url: error.message } });
    throw error;
  }
  const secret = secretPrefix + randomBytes(32).toString("base64url");
  return writeTransaction(async (tx) => {
    const [row] = await tx.insert(webhooks).values({ investigationId, url: checked.target.url.href, secret, createdBy: actor.id }).returning();
    if (!row) throw new Error("The webhook was not stored.");
    await recordEvent({
      actorId: actor.id,
      action: "webhook.added",
      subjectType: "webhook",
      subjectId: row.id,
      investigationId,
      data: { host: checked.target.url.host },
    });
    return { secret, webhook: { id: row.id, url: row.url, createdAt: row.createdAt, createdBy: { id: actor.id, name: actor.name } } satisfies WebhookSummary };
  });
}

/** The investigation's webhooks, oldest first (never their secrets). */
export async function listWebhooks({ actor, investigationId }: { actor: Actor; investigationId: string }): Promise<WebhookSummary[]> {
  assertAllowed(canManageWebhooks(actor), "Only editors can see webhooks.");
  await assertInvestigationExists(investigationId);
  const rows = await db()
    .select({ id: webhooks.id, url: webhooks.url, createdAt: webhooks.createdAt, createdById: users.id, createdByName: users.name })
    .from(webhooks)
    .innerJoin(users, eq(users.id, webhooks.createdBy))
    .where(eq(webhooks.investigationId, investigationId))
    .orderBy(webhooks.createdAt, webhooks.id);
  return rows.map(({ createdById, createdByName, ...row }) => ({ ...row, createdBy: { id: createdById, name: createdByName } }));
}

/** Removes a webhook of the investigation, with its deliveries (those still pending are never sent). */
export async function deleteWebhook({ actor, investigationId, webhookId }: { actor: Actor; investigationId: string; webhookId: string }) {
  assertAllowed(canManageWebhooks(actor), "Only editors can remove webhooks.");
  await writeTransaction(async (tx) => {
    const [removed] = await tx
      .delete(webhooks)
      .where(and(eq(webhooks.id, webhookId), eq(webhooks.investigationId, investigationId)))
      .returning({ url: webhooks.url });
    if (!removed) throw notFound();
    await recordEvent({
      actorId: actor.id,
      action: "webhook.removed",
      subjectType: "webhook",
      subjectId: webhookId,
      investigationId,
      data: { host: new URL(removed.url).host },
    });
  });
}

/** A webhook's delivery log, newest first: what was sent, how many attempts, the last answer, and where it stands. */
export async function listWebhookDeliveries({
  actor,
  investigationId,
  webhookId,
  limit = 50,
}: {
  actor: Actor;
  investigationId: string;
  webhookId: string;
  limit?: number;
}): Promise<WebhookDeliverySummary[]> {
  assertAllowed(canManageWebhooks(actor), "Only editors can see webhooks.");
  const [webhook] = await db()
    .select({ id: webhooks.id })
    .from(webhooks)
    .where(and(eq(webhooks.id, webhookId), eq(webhooks.investigationId, investigationId)));
  if (!webhook) throw notFound();
  return db()
    .select({
      id: webhookDeliveries.id,
      webhookId: webhookDeliveries.webhookId,
      event: webhookDeliveries.event,
      state: webhookDeliveries.state,
      attempts: webhookDeliveries.attempts,
      lastStatus: webhookDeliveries.lastStatus,
      lastError: webhookDeliveries.lastError,
      createdAt: webhookDeliveries.createdAt,
      nextAttemptAt: webhookDeliveries.nextAttemptAt,
      deliveredAt: webhookDeliveries.deliveredAt,
    })
    .from(webhookDeliveries)
    .where(eq(webhookDeliveries.webhookId, webhookId))
    .orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id))
    .limit(limit);
}
