import "server-only";
import { cache } from "react";
import { isDatabaseUnavailable } from "@/lib/database-unavailable";
import type { Locale } from "@/lib/i18n/locales";
import type { Actor } from "@/lib/permissions";
import type { SearchKindName } from "@/lib/validation/search";
import { readSearchParams, type SearchParamName, type SearchParamValues } from "@/lib/validation/search-page";
import { runSearch, type SearchPage } from "./run-search";

export type SearchState =
  | { state: "empty" }
  | { state: "invalid"; fieldErrors: Partial<Record<SearchParamName, string>> }
  | { state: "nothing-searchable" }
  | { state: "unavailable" }
  | { state: "results"; page: SearchPage; counts: Record<SearchKindName, number>; total: number };

/**
 * What the results page shows for an address's values (`valuesJson`: SearchParamValues as
 * JSON, a key `cache` can compare): nothing asked yet, bad values (messages by field, in
 * `locale`), words with nothing to look for, the database away, or the first page of results
 * with `total`, the matches of the kind shown (every kind when none is chosen). Cached per
 * request, so the page's title and body run one search.
 */
export const loadSearch = cache(async (actor: Actor, valuesJson: string, locale: Locale): Promise<{ values: SearchParamValues; result: SearchState }> => {
  const { values, params, fieldErrors } = readSearchParams(JSON.parse(valuesJson) as SearchParamValues, locale);
  if (!params) return { values, result: { state: "invalid", fieldErrors } };
  if (params.q.trim() === "") return { values, result: { state: "empty" } };
  try {
    const page = await runSearch(actor, params);
    if (!page.isSearchable) return { values, result: { state: "nothing-searchable" } };
    const counts = page.counts ?? { claim: 0, source: 0, fact: 0, evidence: 0, comment: 0 };
    const total = params.kind ? counts[params.kind] : Object.values(counts).reduce((sum, count) => sum + count, 0);
    return { values, result: { state: "results", page, counts, total } };
  } catch (error) {
    if (isDatabaseUnavailable(error)) return { values, result: { state: "unavailable" } };
    throw error;
  }
});
