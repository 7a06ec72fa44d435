"use client";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";

/**
 * The signed-in person's unread count, live: starts from the count the page was made with,
 * then follows their stream (`/api/v1/notifications/events`), on whichever server the change
 * happened. When the count changes the page's server data is refreshed, so the bell's list
 * shows the new notification too (a refresh re-renders; drafts in forms survive). A hidden
 * tab closes its stream, so background tabs do not hold the browser's few connections per
 * host; it opens again, and catches up, when the tab is shown.
 */
export function useUnreadCount(initial: number): number {
  const router = useRouter();
  // The stream's count, with the rendered count it came after: a newer render wins over it.
  const [live, setLive] = useState<{ basedOn: number; count: number } | null>(null);
  const rendered = useRef(initial);
  useEffect(() => {
    rendered.current = initial;
  }, [initial]);
  useEffect(() => {
    let stream: EventSource | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const open = () => {
      if (stream) return;
      stream = new EventSource("/api/v1/notifications/events");
      stream.addEventListener("unread", (event) => {
        const next = (JSON.parse((event as MessageEvent<string>).data) as { count: number }).count;
        setLive({ basedOn: rendered.current, count: next });
        if (next !== rendered.current) {
          clearTimeout(timer);
          timer = setTimeout(() => router.refresh(), 150);
        }
      });
      stream.addEventListener("end", () => {
        close();
        router.refresh();
      });
    };
    const close = () => {
      stream?.close();
      stream = null;
    };
    const onVisibility = () => (document.visibilityState === "hidden" ? close() : open());
    if (document.visibilityState !== "hidden") open();
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      clearTimeout(timer);
      document.removeEventListener("visibilitychange", onVisibility);
      close();
    };
  }, [router]);
  return live && live.basedOn === initial ? live.count : initial;
}
