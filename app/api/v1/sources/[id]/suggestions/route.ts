import { getSourceById } from "@/db/queries/sources";
import { respondWithSuggestions } from "@/app/_server/suggestions-response";
import { apiRoute } from "../../../_lib/api-route";

/** Waits for the analysis (found in a worker thread, once per version); 503 when unavailable (see OpenAPI). */
export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => respondWithSuggestions(await getSourceById({ actor, id: params.id })));
