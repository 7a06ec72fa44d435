import type { NextRequest } from "next/server";
import { liveChannel, userLiveKey } from "@/db/live-channel";
import { countUnreadNotifications } from "@/db/queries/notifications";
import { errorResponse } from "../../_lib/api-route";
import { actorOfStreamCredential, credentialRecheckMs, endReasonOf, streamCredentialOf } from "../../investigations/[id]/events/stream-credential";

export const dynamic = "force-dynamic";

/**
 * `GET /api/v1/notifications/events`: a Server-Sent Events stream of the caller's unread
 * count (`event: unread`, `data: {"count": n}`), sent when it opens and whenever it changes:
 * a notification made for them or marked read, on any server (the live channel's key of the
 * person). Authenticated like the investigation stream: a bearer token or the session cookie,
 * checked again before every delivery and every 2 s; `event: end` with the reason once it no
 * longer holds. The bell in the workspace header listens to it.
 */
export async function GET(request: NextRequest) {
  const credential = await streamCredentialOf(request);
  const actor = credential ? await actorOfStreamCredential(credential) : null;
  if (!credential || !actor) return errorResponse(401, "UNAUTHENTICATED", "Sign in, or send a personal API token as `Authorization: Bearer <token>`.");
  const encoder = new TextEncoder();

  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      let isClosed = false;
      let lastCount = -1;
      const send = (text: string) => {
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          close();
        }
      };
      const stillHolds = async () => {
        if (isClosed) return false;
        if (await actorOfStreamCredential(credential)) return true;
        send(`event: end\ndata: ${JSON.stringify({ reason: endReasonOf(credential) })}\n\n`);
        close();
        return false;
      };
      const sendCount = async () => {
        if (!(await stillHolds())) return;
        const count = await countUnreadNotifications({ actor });
        if (count === lastCount || isClosed) return;
        lastCount = count;
        send(`event: unread\ndata: ${JSON.stringify({ count })}\n\n`);
      };
      // One count at a time: a signal during a count asks for one more after it.
      let counting: Promise<void> | null = null;
      let countAgain = false;
      const flush = () => {
        if (counting) {
          countAgain = true;
          return;
        }
        counting = (async () => {
          do {
            countAgain = false;
            await sendCount();
          } while (countAgain && !isClosed);
        })()
          .catch(() => close())
          .finally(() => (counting = null));
      };
      const unsubscribe = liveChannel().subscribe(userLiveKey(actor.id), flush);
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
