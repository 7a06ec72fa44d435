"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { markNotificationReadAction } from "../notifications/actions";

type Item = { id: string; isRead: boolean; title: string; detail: string; href: string };

/**
 * A notification as a link to what it is about. A plain click marks it read first, then
 * goes there; a click that opens a new tab (Ctrl, ⌘, Shift, middle button) is left to the
 * browser. Unread ones are marked in bold and say so to screen readers.
 */
export function NotificationLink({ item, onOpen, className, children }: { item: Item; onOpen?: () => void; className?: string; children?: React.ReactNode }) {
  const router = useRouter();
  const t = useTranslations("Notifications");
  const open = async (event: React.MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    onOpen?.();
    if (!item.isRead) await markNotificationReadAction(item.id);
    router.push(item.href);
  };
  return (
    <a href={item.href} onClick={open} className={className} data-unread={item.isRead ? undefined : "true"}>
      <span className={`block ${item.isRead ? "text-stone-700" : "font-semibold text-stone-900"}`}>
        {item.isRead ? null : (
          <>
            <span aria-hidden="true" className="mr-1.5 inline-block h-2 w-2 rounded-full bg-accent-600" />
            <span className="sr-only">{t("unread")}</span>
          </>
        )}
        <bdi>{item.title}</bdi>
      </span>
      {item.detail ? (
        <span className="mt-0.5 block truncate text-stone-600">
          <bdi>{item.detail}</bdi>
        </span>
      ) : null}
      {children}
    </a>
  );
}
