"use client";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { markAllNotificationsReadAction } from "../notifications/actions";
import { formatDateTime } from "./format";
import { NotificationLink } from "./notification-link";
import { useUnreadCount } from "./use-unread-count";

export type BellItem = { id: string; isRead: boolean; createdAt: string; title: string; detail: string; href: string };

/**
 * The bell button with the unread count, live, and its panel: the newest notifications
 * (unread ones marked), each opening what it is about and marking it read, "Mark all read",
 * and a link to all of them. Escape or a click elsewhere closes the panel.
 */
export function BellMenu({ unreadCount, recent }: { unreadCount: number; recent: BellItem[] }) {
  const count = useUnreadCount(unreadCount);
  const t = useTranslations("Notifications");
  const locale = useLocale();
  const [isOpen, setIsOpen] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!isOpen) return;
    const onPointer = (event: PointerEvent) => !root.current?.contains(event.target as Node) && setIsOpen(false);
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setIsOpen(false);
      button.current?.focus();
    };
    document.addEventListener("pointerdown", onPointer);
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("pointerdown", onPointer);
      document.removeEventListener("keydown", onKey);
    };
  }, [isOpen]);

  const markAll = async () => {
    const state = await markAllNotificationsReadAction();
    setMessage(state.status === "saved" ? null : (state.message ?? t("couldNotMarkAll")));
  };

  const label = count === 0 ? t("title") : t("bellLabel", { count });
  return (
    <div ref={root} className="relative">
      <button
        ref={button}
        type="button"
        aria-label={label}
        aria-expanded={isOpen}
        aria-controls="notification-panel"
        onClick={() => setIsOpen((open) => !open)}
        className="relative rounded-md border border-stone-300 px-2.5 py-1.5 text-stone-700 hover:bg-stone-100"
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4" fill="currentColor">
          <path d="M10 2a5 5 0 0 0-5 5v3.6L3.3 13.3A1 1 0 0 0 4.1 15h11.8a1 1 0 0 0 .8-1.7L15 10.6V7a5 5 0 0 0-5-5Zm0 16a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 10 18Z" />
        </svg>
        {count > 0 ? (
          <span
            data-testid="unread-count"
            className="absolute -right-2 -top-2 min-w-5 rounded-full bg-red-700 px-1 text-center text-xs font-semibold text-white"
          >
            {count > 99 ? "99+" : count}
          </span>
        ) : null}
      </button>
      <div
        id="notification-panel"
        hidden={!isOpen}
        className="absolute right-0 z-30 mt-2 w-80 max-w-[calc(100vw-1rem)] rounded-lg border border-stone-200 bg-white p-2 text-sm shadow-lg"
      >
        <div className="flex items-center justify-between px-2 pb-1">
          <h2 className="font-semibold text-stone-900">{t("title")}</h2>
          <button
            type="button"
            onClick={markAll}
            disabled={count === 0}
            className="text-xs text-accent-700 underline disabled:text-stone-400 disabled:no-underline"
          >
            {t("markAllRead")}
          </button>
        </div>
        {message ? (
          <p role="alert" className="px-2 text-xs font-medium text-red-700">
            {message}
          </p>
        ) : null}
        {recent.length === 0 ? (
          <p className="px-2 py-3 text-stone-600">{t("bellEmpty")}</p>
        ) : (
          <ul aria-label={t("newestList")} className="divide-y divide-stone-100">
            {recent.map((item) => (
              <li key={item.id}>
                <NotificationLink item={item} onOpen={() => setIsOpen(false)} className="block rounded px-2 py-2 hover:bg-stone-100">
                  <span className="text-xs text-stone-500">{formatDateTime(item.createdAt, locale)}</span>
                </NotificationLink>
              </li>
            ))}
          </ul>
        )}
        <Link href="/notifications" onClick={() => setIsOpen(false)} className="mt-1 block px-2 py-1 text-xs text-accent-700 underline">
          {t("allNotifications")}
        </Link>
      </div>
    </div>
  );
}
