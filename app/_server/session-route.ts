import type { NextRequest } from "next/server";
import { errorResponse } from "@/app/api/v1/_lib/api-route";
import { httpStatusOf, isAppError, localizeAppError } from "@/lib/errors";
import type { Actor } from "@/lib/permissions";
import { securityLog } from "@/lib/security-log";
import { getActor } from "./current-actor";

type Context<P> = { params: Promise<P> };

/**
 * A GET route handler for the signed-in browser (downloads): it resolves the session's
 * user itself (401 when signed out, disabled or revoked) and maps AppErrors to the same
 * `{ error: { code, message } }` bodies as the API, which the page shows to the user.
 * Only for reads: state changes from the browser go through server actions.
 */
export function sessionGetRoute<P>(handler: (args: { request: NextRequest; actor: Actor; params: P }) => Promise<Response> | Response) {
  return async (request: NextRequest, context: Context<P>): Promise<Response> => {
    const actor = await getActor();
    if (!actor) return errorResponse(401, "UNAUTHENTICATED", "Your session has ended. Sign in again to export.");
    try {
      return await handler({ request, actor, params: await context.params });
    } catch (error) {
      if (isAppError(error) && error.code === "FORBIDDEN")
        securityLog().record({
          event: "access-denied",
          outcome: "refused",
          userId: actor.id,
          target: `GET ${request.nextUrl.pathname}`,
          detail: error.message,
        });
      if (isAppError(error)) return errorResponse(httpStatusOf[error.code], error.code, error.message, localizeAppError(error, "en").fields);
      throw error;
    }
  };
}
