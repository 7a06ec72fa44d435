import type { NextRequest } from "next/server";
import { userLiveKey } from "@/db/live-channel";
import { countUnreadNotifications } from "@/db/queries/notifications";
import { errorResponse } from "../../_lib/api-route";
import { liveStreamResponse } from "../../investigations/[id]/events/live-stream";
import { actorOfStreamCredential, streamCredentialOf } from "../../investigations/[id]/events/stream-credential";

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
  let lastCount = -1;
  return liveStreamResponse({
    request,
    credential,
    key: userLiveKey(actor.id),
    update: async (send) => {
      const count = await countUnreadNotifications({ actor });
      if (count === lastCount) return;
      lastCount = count;
      send(`event: unread\ndata: ${JSON.stringify({ count })}\n\n`);
    },
  });
}
