/**
 * The changes an investigation's webhooks hear of: the history actions (db/queries/events.ts)
 * a desk routes to its chat tool. Anything else — renames, settings, accounts, API tokens,
 * the webhooks themselves — is never sent. Documented for receivers in lib/webhooks/README.md
 * and the OpenAPI description.
 */
export const WEBHOOK_EVENTS = [
  "claim.created",
  "claim.status-changed",
  "claim.verdict-set",
  "claim.assigned",
  "claim.reopened",
  "comment.added",
  "evidence.added",
  "source.created",
] as const;

export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

const sent = new Set<string>(WEBHOOK_EVENTS);

export function isWebhookEvent(action: string): action is WebhookEvent {
  return sent.has(action);
}

/**
 * The JSON body of one delivery. `id` is the delivery's id (also `X-Corroborate-Delivery`):
 * a receiver that sees an id twice (a retry whose answer was lost) ignores the second.
 * `data` is the history event's data (old → new values, or the created values): what people
 * typed, never a secret or a token — events carrying those are not sent at all.
 */
export type WebhookPayload = {
  id: string;
  event: WebhookEvent;
  investigationId: string;
  subject: { type: string; id: string };
  actor: { id: string; name: string } | null;
  data: Record<string, unknown>;
  createdAt: string;
};

export function webhookPayload(payload: WebhookPayload): string {
  const { id, event, investigationId, subject, actor, data, createdAt } = payload;
  return JSON.stringify({ id, event, investigationId, subject, actor, data, createdAt });
}
