import type { SearchResult } from "@/db/queries/search";
import type { SnippetSegment } from "@/lib/search/snippet";

/**
 * One result as the results page shows it: the fields of db/queries/search.ts's results it
 * reads (only these reach the browser), and its title cut at the matched words, whole.
 * `sourceId` and `claimId` say where it opens (resultHref below).
 */
export type SearchHit = Pick<SearchResult, "kind" | "id" | "investigationId" | "investigationTitle" | "sourceId" | "claimId" | "title" | "segments"> & {
  titleSegments: SnippetSegment[];
};

/** Where a result opens: a claim in the reader (evidence and comments: the claim they are on), a source, a fact. */
export function resultHref(hit: Pick<SearchHit, "kind" | "id" | "sourceId" | "claimId" | "investigationId">): string {
  const inReader = (claimId: string | null) =>
    hit.sourceId && claimId
      ? `/sources/${encodeURIComponent(hit.sourceId)}?claim=${encodeURIComponent(claimId)}`
      : `/investigations/${encodeURIComponent(hit.investigationId)}`;
  switch (hit.kind) {
    case "claim":
      return inReader(hit.id);
    case "evidence":
    case "comment":
      return inReader(hit.claimId);
    case "source":
      return `/sources/${encodeURIComponent(hit.id)}`;
    case "fact":
      return `/facts/${encodeURIComponent(hit.id)}`;
  }
}
