import type { NextRequest } from "next/server";
import { getLatestEventId, listEventsByInvestigation } from "@/db/queries/events";
import { getInvestigationById } from "@/db/queries/investigations";
import { httpStatusOf, isAppError } from "@/lib/errors";
import { errorResponse } from "../../../_lib/api-route";
import { liveStreamResponse } from "./live-stream";
import { actorOfStreamCredential, streamCredentialOf } from "./stream-credential";

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
  return liveStreamResponse({
    request,
    credential,
    key: investigationId,
    update: async (send) => {
      for (const event of await listEventsByInvestigation({ investigationId, afterId: lastId })) {
        lastId = event.id;
        const data = { action: event.action, subjectType: event.subjectType, subjectId: event.subjectId, actorId: event.actorId, createdAt: event.createdAt };
        send(`id: ${event.id}\nevent: change\ndata: ${JSON.stringify(data)}\n\n`);
      }
    },
  });
}
