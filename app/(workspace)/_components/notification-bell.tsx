import { getLocale } from "next-intl/server";
import { countUnreadNotifications, listNotificationsByUser } from "@/db/queries/notifications";
import { describeNotification } from "@/lib/notifications/describe-notification";
import type { Actor } from "@/lib/permissions";
import { BellMenu, type BellItem } from "./bell-menu";

/** How many notifications the bell's list shows; the rest are on /notifications. */
const bellListLength = 6;

/** The bell in the workspace header: the actor's unread count (kept live by BellMenu) and their newest notifications. */
export async function NotificationBell({ actor }: { actor: Actor }) {
  const [unreadCount, { items }] = await Promise.all([countUnreadNotifications({ actor }), listNotificationsByUser({ actor, limit: bellListLength })]);
  const locale = await getLocale();
  const recent: BellItem[] = items.map((item) => ({
    id: item.id,
    isRead: item.readAt !== null,
    createdAt: item.createdAt,
    ...describeNotification(item, locale),
  }));
  return <BellMenu unreadCount={unreadCount} recent={recent} />;
}
