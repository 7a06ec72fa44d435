import type { NextRequest } from "next/server";
import { getLocale } from "next-intl/server";
import { errorResponse } from "@/app/api/v1/_lib/api-route";
import { httpStatusOf, isAppError, localizeAppError } from "@/lib/errors";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { translateKey } from "@/lib/i18n/translator";
import type { Actor } from "@/lib/permissions";
import { securityLog } from "@/lib/security-log";
import { getActor } from "./current-actor";

type Context<P> = { params: Promise<P> };

/**
 * A GET route handler for the signed-in browser (downloads): it resolves the session's
 * user itself (401 when signed out, disabled or revoked) and maps AppErrors to the same
 * `{ error: { code, message } }` bodies as the API, which the page shows to the user: unlike
 * the API's, in the person's language (`locale`, also handed to the handler).
 * Only for reads: state changes from the browser go through server actions.
 */
export function sessionGetRoute<P>(handler: (args: { request: NextRequest; actor: Actor; params: P; locale: Locale }) => Promise<Response> | Response) {
  return async (request: NextRequest, context: Context<P>): Promise<Response> => {
    const actor = await getActor();
    const requested = await getLocale();
    const locale: Locale = isLocale(requested) ? requested : "en";
    if (!actor) return errorResponse(401, "UNAUTHENTICATED", translateKey(locale, "Errors.sessionEndedExport")!);
    try {
      return await handler({ request, actor, params: await context.params, locale });
    } catch (error) {
      if (isAppError(error) && error.code === "FORBIDDEN")
        securityLog().record({
          event: "access-denied",
          outcome: "refused",
          userId: actor.id,
          target: `GET ${request.nextUrl.pathname}`,
          detail: error.message,
        });
      if (isAppError(error)) {
        const { message, fields } = localizeAppError(error, locale);
        return errorResponse(httpStatusOf[error.code], error.code, message, fields);
      }
      throw error;
    }
  };
}
