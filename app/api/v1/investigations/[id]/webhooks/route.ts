import { createWebhook, listWebhookDeliveries, listWebhooks } from "@/db/queries/webhooks";
import { CreateWebhookInput } from "@/lib/validation/webhook";
import { apiRoute, json, readJson } from "../../../_lib/api-route";

/** The investigation's webhooks, each with its latest deliveries (editors and admins; never the secrets). */
export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => {
  const webhooks = await listWebhooks({ actor, investigationId: params.id });
  const withDeliveries = [];
  for (const webhook of webhooks)
    withDeliveries.push({ ...webhook, deliveries: await listWebhookDeliveries({ actor, investigationId: params.id, webhookId: webhook.id, limit: 20 }) });
  return json({ webhooks: withDeliveries });
});

/** Adds a webhook; the answer carries its signing secret, this once. */
export const POST = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  const { url } = await readJson(request, CreateWebhookInput);
  const { webhook, secret } = await createWebhook({ actor, investigationId: params.id, url });
  return json({ ...webhook, secret }, 201);
});
