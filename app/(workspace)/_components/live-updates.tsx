"use client";
import { useRouter } from "next/navigation";
import { useEffect } from "react";

/**
 * Subscribes to the investigation's live stream (Server-Sent Events) and refreshes the
 * page's server data when someone changes something, without a reload. Drafts in forms are
 * kept: a refresh re-renders, it does not remount. EventSource reconnects by itself, sending
 * the last event id, so nothing is missed across a dropped connection; the first connection
 * starts after `afterEventId`, the newest event when the page was made on the server, so a
 * change made while the page loaded is not missed either. When the server ends
 * the stream because the session ended (`event: end`), it stays closed, and a refresh lets
 * the page itself send the person to sign in.
 */
export function LiveUpdates({ investigationId, afterEventId }: { investigationId: string; afterEventId: number }) {
  const router = useRouter();
  useEffect(() => {
    const stream = new EventSource(`/api/v1/investigations/${investigationId}/events?after=${afterEventId}`);
    let timer: ReturnType<typeof setTimeout> | undefined;
    stream.addEventListener("change", () => {
      clearTimeout(timer);
      timer = setTimeout(() => router.refresh(), 150);
    });
    stream.addEventListener("end", () => {
      stream.close();
      router.refresh();
    });
    return () => {
      clearTimeout(timer);
      stream.close();
    };
    // The stream keeps its own place once open: a refresh that brings a newer `afterEventId` must not reconnect it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [investigationId, router]);
  return null;
}
