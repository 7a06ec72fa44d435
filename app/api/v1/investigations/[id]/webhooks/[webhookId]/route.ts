import { deleteWebhook } from "@/db/queries/webhooks";
import { apiRoute } from "../../../../_lib/api-route";

/** Removes a webhook of the investigation with its delivery log; pending deliveries are never sent. */
export const DELETE = apiRoute<{ id: string; webhookId: string }>(async ({ actor, params }) => {
  await deleteWebhook({ actor, investigationId: params.id, webhookId: params.webhookId });
  return new Response(null, { status: 204 });
});
