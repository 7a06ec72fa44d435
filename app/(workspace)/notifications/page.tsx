import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireActor } from "@/app/_server/current-actor";
import { listNotificationsByUser } from "@/db/queries/notifications";
import { isAppError } from "@/lib/errors";
import { describeNotification } from "@/lib/notifications/describe-notification";
import { formatDateTime } from "../_components/format";
import { NotificationLink } from "../_components/notification-link";
import { MarkReadButton } from "./mark-read-button";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Notifications"))("title") };
}

const pageSize = 25;

/** Every notification of the signed-in person, newest first, 25 a page (`?cursor=`), or only unread ones (`?unread=1`). */
export default async function NotificationsPage({ searchParams }: { searchParams: Promise<{ cursor?: string; unread?: string }> }) {
  const actor = await requireActor();
  const { cursor, unread } = await searchParams;
  const unreadOnly = unread === "1";
  const [t, locale] = await Promise.all([getTranslations("Notifications"), getLocale()]);
  const page = await listNotificationsByUser({ actor, unreadOnly, cursor: typeof cursor === "string" ? cursor : null, limit: pageSize }).catch(
    (error: unknown) => {
      if (isAppError(error) && error.code === "INVALID") return null; // a cursor from elsewhere: offer the first page
      throw error;
    },
  );
  const filter = unreadOnly ? "&unread=1" : "";
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
          <p className="mt-1 text-sm text-stone-600">{t("intro")}</p>
        </div>
        <div className="flex items-center gap-3 text-sm">
          <Link href={unreadOnly ? "/notifications" : "/notifications?unread=1"} className="text-accent-700 underline">
            {unreadOnly ? t("showAll") : t("showUnreadOnly")}
          </Link>
          <MarkReadButton label={t("markAllRead")} />
        </div>
      </div>
      {!page ? (
        <p className="rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900">
          {t("pageUnavailable")}{" "}
          <Link href="/notifications" className="underline">
            {t("goToNewest")}
          </Link>
        </p>
      ) : page.items.length === 0 ? (
        <p className="rounded-xl border border-dashed border-stone-300 bg-white px-6 py-12 text-center text-stone-600">
          {cursor ? t("noOlder") : unreadOnly ? t("nothingUnread") : t("noneYet")}
        </p>
      ) : (
        <ul aria-label={t("title")} className="divide-y divide-stone-200 overflow-hidden rounded-xl border border-stone-200 bg-white text-sm">
          {page.items.map((item) => {
            const isRead = item.readAt !== null;
            return (
              <li key={item.id} className="flex flex-wrap items-start justify-between gap-2 px-5 py-3">
                <NotificationLink item={{ id: item.id, isRead, ...describeNotification(item, locale) }} className="min-w-0 flex-1 hover:underline">
                  <span className="block text-xs text-stone-500">
                    {formatDateTime(item.createdAt, locale)} · <bdi>{item.investigation.title}</bdi>
                  </span>
                </NotificationLink>
                {isRead ? null : <MarkReadButton label={t("markRead")} notificationId={item.id} />}
              </li>
            );
          })}
        </ul>
      )}
      <nav aria-label={t("pages")} className="flex gap-4 text-sm">
        {cursor ? (
          <Link href={`/notifications${unreadOnly ? "?unread=1" : ""}`} className="text-accent-700 underline">
            {t("newest")}
          </Link>
        ) : null}
        {page?.nextCursor ? (
          <Link href={`/notifications?cursor=${encodeURIComponent(page.nextCursor)}${filter}`} className="text-accent-700 underline">
            {t("older")}
          </Link>
        ) : null}
      </nav>
    </div>
  );
}
