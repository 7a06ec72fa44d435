"use client";
import { useState, useTransition } from "react";
import type { SearchParamValues } from "@/lib/validation/search-page";
import { showMoreSearchResultsAction } from "../../search-actions";
import type { SearchHit } from "./search-hit";

/**
 * The results loaded so far and "Show more": each call asks the server (the session's actor,
 * showMoreSearchResultsAction) for the page after `nextCursor` of the same search and appends
 * it. `failed` is set when that page could not be loaded (the database away), cleared on retry.
 * `firstNew` is the index of the first result of the latest page, where the focus goes.
 */
const hitKey = (hit: SearchHit) => `${hit.kind}:${hit.id}`;

export function useMoreResults(search: SearchParamValues, first: { results: SearchHit[]; nextCursor: string | null }) {
  const [loaded, setLoaded] = useState({ hits: first.results, nextCursor: first.nextCursor, firstNew: -1 });
  const [failed, setFailed] = useState(false);
  const [pending, startTransition] = useTransition();
  const showMore = () => {
    const cursor = loaded.nextCursor;
    if (!cursor) return;
    setFailed(false);
    startTransition(async () => {
      const answer = await showMoreSearchResultsAction(search, cursor);
      if (answer.status !== "saved") return setFailed(true);
      // A result that moved up a place while others wrote (db/queries/search.ts) is shown once.
      setLoaded((before) => {
        const shown = new Set(before.hits.map(hitKey));
        const added = answer.results.filter((hit) => !shown.has(hitKey(hit)));
        return { hits: [...before.hits, ...added], nextCursor: answer.nextCursor, firstNew: added.length > 0 ? before.hits.length : -1 };
      });
    });
  };
  return { ...loaded, failed, pending, showMore };
}
