"use client";
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { buttonClass } from "@/app/_components/button-class";
import { useHydrated } from "@/app/_components/use-hydrated";
import { searchKinds } from "@/lib/validation/search";
import type { SearchParamValues } from "@/lib/validation/search-page";
import type { SearchHit } from "./search-hit";
import { SearchResultItem } from "./search-result-item";
import { useMoreResults } from "./use-more-results";
import { useResultKeys } from "./use-result-keys";

/**
 * The results of one search, grouped by kind (claims, sources, facts, evidence, comments),
 * each group headed by its kind and how many of it match in all. The status line says how many
 * results there are, for screen readers too; ↑ ↓ move between them (useResultKeys); "Show
 * more" appends the next page and moves the focus to its first result.
 */
export function SearchResults({
  search,
  first,
  total,
  counts,
}: {
  search: SearchParamValues;
  first: { results: SearchHit[]; nextCursor: string | null };
  total: number;
  counts: Partial<Record<SearchHit["kind"], number>>;
}) {
  const t = useTranslations("Search");
  const rootRef = useRef<HTMLDivElement>(null);
  const onKeyDown = useResultKeys(rootRef);
  const { hits, nextCursor, firstNew, failed, pending, showMore } = useMoreResults(search, first);
  const hydrated = useHydrated();
  useEffect(() => {
    if (firstNew < 0) return;
    const added = new Set(hits.slice(firstNew));
    const at = orderOf(hits).findIndex((hit) => added.has(hit));
    rootRef.current?.querySelectorAll<HTMLAnchorElement>("a[data-search-result]")[at]?.focus();
  }, [firstNew, hits]);
  return (
    <div className="space-y-6">
      <div role="status" className="text-sm text-stone-700">
        <p className="font-medium">{t("summary", { count: total, q: search.q })}</p>
        {hits.length < total ? <p>{t("summaryMore", { shown: hits.length, count: total })}</p> : null}
      </div>
      <p className="text-xs text-stone-500 pointer-coarse:hidden">{t.rich("keyboardHelp", { kbd: (key) => <kbd className="font-mono">{key}</kbd> })}</p>
      <div ref={rootRef} onKeyDown={onKeyDown} className="space-y-8">
        {searchKinds.map((kind) => {
          const group = hits.filter((hit) => hit.kind === kind);
          if (group.length === 0) return null;
          return (
            <section key={kind} aria-labelledby={`results-${kind}`}>
              <h2 id={`results-${kind}`} className="mb-2 flex items-baseline gap-2 text-lg font-semibold">
                {t(`kinds.${kind}`)} <span className="text-sm font-normal text-stone-500">{t("groupCount", { count: counts[kind] ?? group.length })}</span>
              </h2>
              <ul className="space-y-2">
                {group.map((hit) => (
                  <SearchResultItem key={`${hit.kind}:${hit.id}`} hit={hit} />
                ))}
              </ul>
            </section>
          );
        })}
      </div>
      {failed ? (
        <p role="alert" className="text-sm font-medium text-red-700">
          {t("moreFailed")}
        </p>
      ) : null}
      {nextCursor ? (
        <button type="button" onClick={showMore} disabled={pending || !hydrated} className={buttonClass("secondary")}>
          {pending ? t("loadingMore") : t("showMore")}
        </button>
      ) : null}
    </div>
  );
}

/** The results in the order they are shown: by kind, then as the search ranked them. */
function orderOf(hits: SearchHit[]): SearchHit[] {
  return searchKinds.flatMap((kind) => hits.filter((hit) => hit.kind === kind));
}
