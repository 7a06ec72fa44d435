import { errorResponse, json } from "@/app/api/v1/_lib/api-route";
import { isAppError, localizeAppError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { suggestClaimsForVersion, suggestionsRetryAfterSeconds } from "./suggestions";
import { WorkerJobError } from "./worker-pool";

/**
 * The answer to a request for a source's suggestions, shared by the API and the reader's
 * route: `{ sourceVersionId, suggestions }` (the current version's, read in the source's
 * `language`), or 503 with
 * Retry-After while the pool is saturated. "Unavailable for this version" (the analysis
 * failed or ran out of time) is thrown on as an AppError UNAVAILABLE: 503, no Retry-After.
 */
export async function respondWithSuggestions(
  source: { language: string; currentVersion: { id: string; text: string } },
  locale: Locale = "en",
): Promise<Response> {
  const { currentVersion } = source;
  try {
    const suggestions = await suggestClaimsForVersion(currentVersion, source.language);
    return json({ sourceVersionId: currentVersion.id, suggestions });
  } catch (error) {
    if (!(isAppError(error) && error.cause instanceof WorkerJobError && error.cause.kind === "busy")) throw error;
    const response = errorResponse(503, error.code, localizeAppError(error, locale).message);
    response.headers.set("Retry-After", String(suggestionsRetryAfterSeconds));
    return response;
  }
}
