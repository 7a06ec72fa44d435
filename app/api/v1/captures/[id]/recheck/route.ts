import { recheckCapture } from "@/db/queries/capture-checks";
import { apiRoute, json } from "../../../_lib/api-route";

/**
 * `POST /api/v1/captures/{id}/recheck`: reads the live page now and compares it with the capture
 * → `{ changed, checkedAt, diff }` (`changed` null and `error` set when the live page could not be
 * read). Who may change the capture's evidence; 409 before the capture is done.
 */
export const POST = apiRoute<{ id: string }>(async ({ actor, params }) => {
  const { changed, checkedAt, diff, check } = await recheckCapture({ actor, captureId: params.id });
  return json({ changed, checkedAt, diff, error: check.error, httpStatus: check.httpStatus, finalUrl: check.finalUrl, id: check.id });
});
