import { liveChannel } from "@/db/live-channel";
import { actorOfStreamCredential, credentialRecheckMs, endReasonOf, type StreamCredential } from "./stream-credential";

/**
 * A Server-Sent Events response that follows one key of the live channel: `update(send)` runs
 * when the stream opens and after each signal on `key`, one run at a time (a signal during a
 * run asks for one more after it, so nothing is sent twice or missed). Before each run, and
 * every 2 s, the credential is checked again: once it no longer holds, `event: end` with the
 * reason is sent and the stream closes. A comment every 25 s keeps proxies from closing it.
 */
export function liveStreamResponse({
  request,
  credential,
  key,
  update,
}: {
  request: Request;
  credential: StreamCredential;
  key: string;
  update: (send: (text: string) => void) => Promise<void>;
}): Response {
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      let isClosed = false;
      const send = (text: string) => {
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          close();
        }
      };
      /** Ends the stream if its credential no longer holds; true when it still does. */
      const stillHolds = async () => {
        if (isClosed) return false;
        if (await actorOfStreamCredential(credential)) return true;
        send(`event: end\ndata: ${JSON.stringify({ reason: endReasonOf(credential) })}\n\n`);
        close();
        return false;
      };
      let running: Promise<void> | null = null;
      let runAgain = false;
      const flush = () => {
        if (running) {
          runAgain = true;
          return;
        }
        running = (async () => {
          do {
            runAgain = false;
            if (await stillHolds()) await update((text) => !isClosed && send(text));
          } while (runAgain && !isClosed);
        })()
          .catch(() => close())
          .finally(() => (running = null));
      };
      const unsubscribe = liveChannel().subscribe(key, flush);
      const recheck = setInterval(() => void stillHolds().catch(() => close()), credentialRecheckMs);
      const heartbeat = setInterval(() => send(": keep-alive\n\n"), 25_000);
      const close = () => {
        if (isClosed) return;
        isClosed = true;
        clearInterval(recheck);
        clearInterval(heartbeat);
        unsubscribe();
        try {
          controller.close();
        } catch {
          // already closed
        }
      };
      request.signal.addEventListener("abort", close);
      send("retry: 3000\n\n");
      flush();
    },
  });
  return new Response(stream, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-store, no-transform",
      Connection: "keep-alive",
      "X-Accel-Buffering": "no",
    },
  });
}
