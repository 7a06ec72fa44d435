import type { SnippetSegment } from "@/lib/search/snippet";
import type { SearchKindName } from "@/lib/validation/search";

/**
 * One result as the results page shows it: the fields of db/queries/search.ts's results it
 * reads (only these reach the browser). `sourceId` and `claimId` say where it opens (result-href.ts).
 */
export type SearchHit = {
  kind: SearchKindName;
  id: string;
  investigationId: string;
  investigationTitle: string;
  sourceId: string | null;
  claimId: string | null;
  title: string;
  /** The title cut at the matched words, whole. */
  titleSegments: SnippetSegment[];
  /** A window of its text cut at the matched words (lib/search snippetOf). */
  segments: SnippetSegment[];
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
