import "server-only";
import { cache } from "react";
import type { Actor } from "@/lib/permissions";
import { isDatabaseUnavailable } from "@/lib/database-unavailable";
import type { Locale } from "@/lib/i18n/locales";
import { parseSearchQuery } from "@/lib/search/parse-query";
import { readSearchParams, type SearchParamName, type SearchParamValues } from "@/lib/validation/search";
import { runSearch, type SearchPage } from "./run-search";

export type SearchState =
  | { state: "empty" }
  | { state: "invalid"; fieldErrors: Partial<Record<SearchParamName, string>> }
  | { state: "nothing-searchable" }
  | { state: "unavailable" }
  | { state: "results"; page: SearchPage; total: number };

/**
 * What the results page shows for an address's values (`valuesJson`: SearchParamValues as JSON, a key `cache` can compare): nothing
 * asked yet, bad values (messages by field), words with nothing to look for, the database
 * away, or the first page of results. Cached per request, so the page's title and body run
 * one search.
 */
export const loadSearch = cache(async (actor: Actor, valuesJson: string, locale: Locale): Promise<{ values: SearchParamValues; result: SearchState }> => {
  const { values, params, fieldErrors } = readSearchParams(JSON.parse(valuesJson) as SearchParamValues, locale);
  if (!params) return { values, result: { state: "invalid", fieldErrors } };
  if (params.q.trim() === "") return { values, result: { state: "empty" } };
  if (!parseSearchQuery(params.q).isSearchable) return { values, result: { state: "nothing-searchable" } };
  try {
    const page = await runSearch(actor, params);
    const total = Object.values(page.counts).reduce((sum, count) => sum + (count ?? 0), 0);
    return { values, result: { state: "results", page, total: params.kind ? (page.counts[params.kind] ?? 0) : total } };
  } catch (error) {
    if (isDatabaseUnavailable(error)) return { values, result: { state: "unavailable" } };
    throw error;
  }
});
