import { respondWithSuggestions } from "@/app/_server/suggestions-response";
import { sessionGetRoute } from "@/app/_server/session-route";
import { getSourceById } from "@/db/queries/sources";

/**
 * The reader's suggestions, fetched after the page has shown the text and claims (the
 * analysis of a long source takes seconds): the same answer as the API's, for the session.
 */
export const GET = sessionGetRoute<{ id: string }>(async ({ actor, params, locale }) =>
  respondWithSuggestions(await getSourceById({ actor, id: params.id }), locale),
);
