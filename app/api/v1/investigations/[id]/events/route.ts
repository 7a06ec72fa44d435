import type { NextRequest } from "next/server";
import { getActor } from "@/app/_server/current-actor";
import { getActorByApiToken } from "@/db/queries/api-tokens";
import { getLatestEventId, listEventsByInvestigation } from "@/db/queries/events";
import { getInvestigationById } from "@/db/queries/investigations";
import { liveChannel } from "@/db/live-channel";
import { httpStatusOf, isAppError } from "@/lib/errors";
import { errorResponse } from "../../../_lib/api-route";

export const dynamic = "force-dynamic";

/**
 * `GET /api/v1/investigations/{id}/events`: a Server-Sent Events stream of the
 * investigation's events (`event: change`, `id:` the event id, `data:` JSON with action,
 * subject and time). Starts after `Last-Event-ID` (or `?after=`) when given, else from now.
 * Authenticated by a bearer token or, for the workspace's own pages, the session cookie —
 * a read-only GET, and EventSource cannot send headers.
 */
export async function GET(request: NextRequest, context: { params: Promise<{ id: string }> }) {
  const token = /^Bearer\s+(\S+)$/i.exec(request.headers.get("authorization") ?? "")?.[1];
  const actor = token ? getActorByApiToken(token) : await getActor();
  if (!actor) return errorResponse(401, "UNAUTHENTICATED", "Sign in, or send a personal API token as `Authorization: Bearer <token>`.");
  const { id: investigationId } = await context.params;
  try {
    getInvestigationById({ actor, id: investigationId });
  } catch (error) {
    if (isAppError(error)) return errorResponse(httpStatusOf[error.code], error.code, error.message);
    throw error;
  }
  const resumeFrom = Number(request.headers.get("last-event-id") ?? request.nextUrl.searchParams.get("after") ?? NaN);
  let lastId = Number.isInteger(resumeFrom) && resumeFrom >= 0 ? resumeFrom : getLatestEventId({ investigationId });
  const encoder = new TextEncoder();

  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (text: string) => {
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          close();
        }
      };
      const flush = () => {
        for (const event of listEventsByInvestigation({ investigationId, afterId: lastId })) {
          lastId = event.id;
          const data = { action: event.action, subjectType: event.subjectType, subjectId: event.subjectId, actorId: event.actorId, createdAt: event.createdAt };
          send(`id: ${event.id}\nevent: change\ndata: ${JSON.stringify(data)}\n\n`);
        }
      };
      const unsubscribe = liveChannel().subscribe(investigationId, flush);
      // A comment every 25 s keeps proxies from closing an idle stream.
      const heartbeat = setInterval(() => send(": keep-alive\n\n"), 25_000);
      const close = () => {
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
    headers: { "Content-Type": "text/event-stream; charset=utf-8", "Cache-Control": "no-store, no-transform", Connection: "keep-alive", "X-Accel-Buffering": "no" },
  });
}

