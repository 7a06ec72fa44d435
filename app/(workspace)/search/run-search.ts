import "server-only";
import { searchWorkspace } from "@/db/queries/search";
import type { Actor } from "@/lib/permissions";
import type { SearchParams } from "@/lib/validation/search";
import type { SearchHit } from "./_components/search-hit";

/** Results per page of the results page and of each "Show more". */
export const searchPageSize = 20;

export type SearchPage = { results: SearchHit[]; nextCursor: string | null; counts: Partial<Record<SearchHit["kind"], number>> };

/**
 * The results page's one way to the index: a page of `params`' results after `cursor`, as
 * `actor` may read them (db/queries/search.ts checks), with each kind's total.
 */
export async function runSearch(actor: Actor, params: SearchParams, cursor?: string): Promise<SearchPage> {
  const { q, kind, investigation, verdict, status, language, outlet, from, to } = params;
  return searchWorkspace(actor, { q, kind, investigationId: investigation, verdict, status, language, outlet, from, to, limit: searchPageSize, cursor });
}
