"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { markAllNotificationsReadAction, markNotificationReadAction } from "./actions";

/** Marks one notification read (`notificationId`), or all of the person's; a refusal is said beside the button. */
export function MarkReadButton({ label, notificationId }: { label: string; notificationId?: string }) {
  const [isPending, startTransition] = useTransition();
  const t = useTranslations("Notifications");
  const [error, setError] = useState<string | null>(null);
  const mark = () =>
    startTransition(async () => {
      const state = notificationId ? await markNotificationReadAction(notificationId) : await markAllNotificationsReadAction();
      setError(state.status === "saved" ? null : (state.message ?? (notificationId ? t("couldNotMarkOne") : t("couldNotMarkAll"))));
    });
  return (
    <span className="flex items-center gap-2">
      <button
        type="button"
        onClick={mark}
        disabled={isPending}
        className="rounded-md border border-stone-300 px-2.5 py-1 text-xs text-stone-700 hover:bg-stone-100 disabled:text-stone-400"
      >
        {isPending ? t("marking") : label}
      </button>
      {error ? (
        <span role="alert" className="text-xs font-medium text-red-700">
          {error}
        </span>
      ) : null}
    </span>
  );
}
