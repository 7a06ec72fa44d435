import type { NextRequest } from "next/server";
import { getLatestEventId, listEventsByInvestigation } from "@/db/queries/events";
import { getInvestigationById } from "@/db/queries/investigations";
import { liveChannel } from "@/db/live-channel";
import { httpStatusOf, isAppError } from "@/lib/errors";
import { errorResponse } from "../../../_lib/api-route";
import { actorOfStreamCredential, credentialRecheckMs, endReasonOf, streamCredentialOf } from "./stream-credential";

export const dynamic = "force-dynamic";

/**
 * `GET /api/v1/investigations/{id}/events`: a Server-Sent Events stream of the
 * investigation's events (`event: change`, `id:` the event id, `data:` JSON with action,
 * subject and time). Starts after `Last-Event-ID` (or `?after=`) when given, else from now.
 * Authenticated by a bearer token or, for the workspace's own pages, the session cookie —
 * a read-only GET, and EventSource cannot send headers.
 *
 * The token or session is checked again before every delivery and every 2 s: once it no
 * longer holds (token revoked, account disabled, signed out, role changed, password reset)
 * the stream sends `event: end` with the reason and closes, delivering nothing after it.
 */
export async function GET(request: NextRequest, context: { params: Promise<{ id: string }> }) {
  const credential = await streamCredentialOf(request);
  const actor = credential ? await actorOfStreamCredential(credential) : null;
  if (!credential || !actor) return errorResponse(401, "UNAUTHENTICATED", "Sign in, or send a personal API token as `Authorization: Bearer <token>`.");
  const { id: investigationId } = await context.params;
  try {
    await getInvestigationById({ actor, id: investigationId });
  } catch (error) {
    if (isAppError(error)) return errorResponse(httpStatusOf[error.code], error.code, error.message);
    throw error;
  }
  const resumeFrom = Number(request.headers.get("last-event-id") ?? request.nextUrl.searchParams.get("after") ?? NaN);
  let lastId = Number.isInteger(resumeFrom) && resumeFrom >= 0 ? resumeFrom : await getLatestEventId({ investigationId });
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
      const sendNewEvents = async () => {
        if (!(await stillHolds())) return;
        for (const event of await listEventsByInvestigation({ investigationId, afterId: lastId })) {
          lastId = event.id;
          const data = { action: event.action, subjectType: event.subjectType, subjectId: event.subjectId, actorId: event.actorId, createdAt: event.createdAt };
          send(`id: ${event.id}\nevent: change\ndata: ${JSON.stringify(data)}\n\n`);
        }
      };
      // One read of the events table at a time: a notification that arrives during a read
      // asks for one more read after it, so no event is sent twice or missed.
      let reading: Promise<void> | null = null;
      let readAgain = false;
      const flush = () => {
        if (reading) {
          readAgain = true;
          return;
        }
        reading = (async () => {
          do {
            readAgain = false;
            await sendNewEvents();
          } while (readAgain && !isClosed);
        })()
          .catch(() => close())
          .finally(() => (reading = null));
      };
      const unsubscribe = liveChannel().subscribe(investigationId, flush);
      const recheck = setInterval(() => void stillHolds().catch(() => close()), credentialRecheckMs);
      // A comment every 25 s keeps proxies from closing an idle stream.
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
