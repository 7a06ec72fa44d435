import { searchWorkspace } from "@/db/queries/search";
import { paramsRecord } from "@/lib/checking/claim-filter";
import { isAppError } from "@/lib/errors";
import { parseSearchRequest, type SearchRequest } from "@/lib/validation/search";
import { apiRoute, errorResponse, json } from "../_lib/api-route";

/**
 * `GET /api/v1/search?q=&kind=&investigation=&verdict=&status=&language=&outlet=&from=&to=&limit=&cursor=`:
 * things of every investigation the caller may read that match `q`, best first (db/queries/search.ts).
 * A bad parameter is 400 with the reason at `error.fields.<name>`.
 */
export const GET = apiRoute(async ({ request, actor }) => {
  let parsed: SearchRequest;
  try {
    parsed = parseSearchRequest(paramsRecord(request.nextUrl.searchParams));
  } catch (error) {
    if (isAppError(error) && error.code === "INVALID") return errorResponse(400, "INVALID", error.message, error.fields);
    throw error;
  }
  const { results, nextCursor, counts, query } = await searchWorkspace(actor, parsed);
  // The snippet travels as plain text with its highlights' offsets; `segments` are the same for React pages.
  const plain = results.map((result) => {
    const copy: Partial<typeof result> = { ...result };
    delete copy.segments;
    return copy;
  });
  return json({ results: plain, nextCursor, counts, query });
});
