import { z } from "zod";

/** `GET /api/v1/notifications` query: `unread=1` for unread ones only, `cursor` from the last page, `limit` 1–100 (default 20). */
export const NotificationListQuery = z
  .object({
    unread: z.enum(["0", "1", "true", "false"], { error: "unreadFlag" }).optional(),
    cursor: z.string().min(1).max(400).optional(),
    limit: z.coerce.number({ error: "pageLimitRange" }).int("pageLimitRange").min(1).max(100).optional(),
  })
  .strict();
export type NotificationListQuery = z.infer<typeof NotificationListQuery>;

/** Most ids one request marks read. */
export const markReadMaxIds = 500;

/** `POST /api/v1/notifications/read` and the bell's action: some of one's notifications by id, or all of them. */
export const MarkNotificationsReadInput = z.union(
  [
    z
      .object({
        ids: z
          .array(z.string().min(1).max(200), { error: "notificationIdsList" })
          .min(1, "notificationIdsRequired")
          .max(markReadMaxIds, "notificationIdsTooMany"),
      })
      .strict(),
    z.object({ all: z.literal(true) }).strict(),
  ],
  { error: "markReadShape" },
);
export type MarkNotificationsReadInput = z.infer<typeof MarkNotificationsReadInput>;
