import { markNotificationsRead } from "@/db/queries/notifications";
import { MarkNotificationsReadInput } from "@/lib/validation/notifications";
import { apiRoute, json, readJson } from "../../_lib/api-route";

/** `POST /api/v1/notifications/read` with `{ ids }` or `{ all: true }`: marks the caller's own notifications read; answers the ids it marked. */
export const POST = apiRoute(async ({ request, actor }) => {
  const input = await readJson(request, MarkNotificationsReadInput);
  return json({ marked: await markNotificationsRead({ actor, ...input }) });
});
