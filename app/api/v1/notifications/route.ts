import { listNotificationsByUser } from "@/db/queries/notifications";
import { AppError } from "@/lib/errors";
import { fieldErrorsOf } from "@/lib/validation/field-errors";
import { NotificationListQuery } from "@/lib/validation/notifications";
import { apiRoute, json } from "../_lib/api-route";

/** `GET /api/v1/notifications`: the caller's own notifications, newest first, cursor-paginated (`?unread=1`, `cursor`, `limit`). */
export const GET = apiRoute(async ({ request, actor }) => {
  const parsed = NotificationListQuery.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!parsed.success) throw new AppError("INVALID", "The query is not valid.", { fields: fieldErrorsOf(parsed.error) });
  const { unread, cursor, limit } = parsed.data;
  return json(await listNotificationsByUser({ actor, unreadOnly: unread === "1" || unread === "true", cursor, limit }));
});
