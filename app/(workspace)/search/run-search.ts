import "server-only";
import { searchWorkspace } from "@/db/queries/search";
import type { Actor } from "@/lib/permissions";
import { parseSearchQuery, snippetOf } from "@/lib/search";
import type { SearchCursor, SearchKindName } from "@/lib/validation/search";
import type { SearchParams } from "@/lib/validation/search-page";
import type { SearchHit } from "./_components/search-hit";

export type SearchPage = {
  results: SearchHit[];
  nextCursor: string | null;
  /** Matches of each kind under every filter but `kind`; null for a page after the first. */
  counts: Record<SearchKindName, number> | null;
  /** False when the words hold nothing to look for ("-", "!!!"). */
  isSearchable: boolean;
};

/**
 * The results page's one way to the index: a page of `params`' results after `cursor`, as
 * `actor` may read them (db/queries/search.ts checks), each result cut to what the page shows,
 * its title cut at the matched words too (the index finds a title's words; its snippet is of the text).
 */
export async function runSearch(actor: Actor, params: SearchParams, cursor: SearchCursor | null = null): Promise<SearchPage> {
  const { q, kind, investigation, verdict, status, language, outlet, from, to } = params;
  const parsed = parseSearchQuery(q);
  const page = await searchWorkspace(actor, { q, kind, investigationId: investigation, verdict, status, language, outlet, from, to, cursor });
  return {
    results: page.results.map(({ kind, id, investigationId, investigationTitle, sourceId, claimId, title, segments, language }) => ({
      kind,
      id,
      investigationId,
      investigationTitle,
      sourceId,
      claimId,
      title,
      titleSegments: snippetOf(title, parsed, language, { words: 1000, maxLength: 5000 }),
      segments,
    })),
    nextCursor: page.nextCursor,
    counts: page.counts,
    isSearchable: page.query.isSearchable,
  };
}
