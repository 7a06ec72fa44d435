"use server";
import { z } from "zod";
import { fits, malformedArguments } from "@/app/_server/action-arguments";
import { requireActor } from "@/app/_server/current-actor";
import { isDatabaseUnavailable } from "@/lib/database-unavailable";
import { decodeSearchCursor } from "@/lib/validation/search";
import { searchParamNames, SearchParamsInput, type SearchParamValues } from "@/lib/validation/search-page";
import type { SearchHit } from "./search/_components/search-hit";
import { runSearch } from "./search/run-search";

const SearchValues = z.strictObject(
  Object.fromEntries(searchParamNames.map((name) => [name, z.string().max(1000)])) as Record<keyof SearchParamValues, z.ZodString>,
);
const ShowMoreArgs = z.tuple([SearchValues, z.string().min(1).max(1000)]);

/**
 * "Show more" on the results page: the page after `cursor` of the search `search` names (the
 * address's values), as the signed-in person may read it. Reads only. A cursor or value that
 * does not fit is `malformedArguments`; `unavailable` when the database cannot be reached.
 */
export async function showMoreSearchResultsAction(
  search: SearchParamValues,
  cursor: string,
): Promise<{ status: "saved"; results: SearchHit[]; nextCursor: string | null } | { status: "unavailable" } | typeof malformedArguments> {
  const actor = await requireActor();
  if (!fits(ShowMoreArgs, [search, cursor])) return malformedArguments;
  const params = SearchParamsInput.safeParse(search);
  const after = decodeSearchCursor(cursor);
  if (!params.success || !after) return malformedArguments;
  try {
    const page = await runSearch(actor, params.data, after);
    return { status: "saved", results: page.results, nextCursor: page.nextCursor };
  } catch (error) {
    if (isDatabaseUnavailable(error)) return { status: "unavailable" };
    throw error;
  }
}
