"use client";
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import type { Suggestion } from "@/lib/suggestions";
import type { ReaderClaim } from "../reader-claim";
import { OrphanList } from "./orphan-list";
import { SuggestionList } from "./suggestion-list";

export type ClaimIndexProps = {
  anchored: Array<ReaderClaim & { wording: string }>;
  orphans: ReaderClaim[];
  suggestions: Suggestion[];
  active: ReaderClaim | null;
  canCreate: boolean;
  isPending: boolean;
  onOpen: (claim: ReaderClaim) => void;
  onDelete: (claim: ReaderClaim) => void;
  onAcceptSuggestion: (suggestion: Suggestion) => void;
};

/**
 * The panel's index: the claims in text order, the orphans (listed with their quote and
 * context, never drawn on the text) and the suggestions. It scrolls on its own, so it and the
 * open claim are both in reach on a wide screen.
 */
export function ClaimIndex({ anchored, orphans, suggestions, active, canCreate, isPending, onOpen, onDelete, onAcceptSuggestion }: ClaimIndexProps) {
  const t = useTranslations("Reader");
  const scrollerRef = useRef<HTMLDivElement>(null);
  const activeId = active?.id;
  // Bring the open claim into view inside the index only: scrollIntoView would also scroll the
  // page, moving the text under the reader's mouse.
  useEffect(() => {
    const scroller = scrollerRef.current;
    const item = activeId ? scroller?.querySelector<HTMLElement>(`[data-claim-id="${activeId}"]`) : null;
    if (!scroller || !item) return;
    const top = item.offsetTop; // the scroller is position: relative, so this is within it
    if (top < scroller.scrollTop) scroller.scrollTop = top;
    else if (top + item.offsetHeight > scroller.scrollTop + scroller.clientHeight) scroller.scrollTop = top + item.offsetHeight - scroller.clientHeight;
  }, [activeId]);

  return (
    <div ref={scrollerRef} data-testid="claim-index" className="relative space-y-5 lg:max-h-[38vh] lg:shrink-0 lg:overflow-y-auto lg:pr-1">
      <section aria-labelledby="claim-list-heading">
        <h2 id="claim-list-heading" className="mb-2 font-semibold">
          {t("claims")} <span className="font-normal text-stone-500">({anchored.length})</span>
        </h2>
        {anchored.length === 0 ? (
          <p className="text-stone-500">{t("noClaims")}</p>
        ) : (
          <ol aria-label={t("claimsInTextOrder")} className="space-y-1">
            {anchored.map((claim, index) => (
              <li key={claim.id} data-claim-id={claim.id}>
                <button
                  type="button"
                  aria-current={claim.id === active?.id ? "true" : undefined}
                  aria-label={t("claimInList", { number: index + 1, count: anchored.length, wording: claim.wording })}
                  className={`w-full rounded-md border px-3 py-2 text-left ${claim.id === active?.id ? "border-accent-600 bg-accent-50" : "border-stone-200 bg-white hover:bg-stone-50"}`}
                  onClick={() => onOpen(claim)}
                >
                  <span className="line-clamp-2 font-serif">“{claim.wording}”</span>
                  {claim.anchor.status === "fuzzy" ? <span className="mt-0.5 block text-xs text-stone-500">{t("was", { exact: claim.exact })}</span> : null}
                  {claim.verdict ? <span className="mt-0.5 block text-xs font-medium text-stone-600">{claim.verdict.label}</span> : null}
                  {claim.anchor.status !== "exact" ? (
                    <span className="mt-0.5 block text-xs text-amber-700">{t(`anchorStatus.${claim.anchor.status}`)}</span>
                  ) : null}
                </button>
              </li>
            ))}
          </ol>
        )}
      </section>

      {orphans.length > 0 ? <OrphanList orphans={orphans} active={active} onOpen={onOpen} onDelete={onDelete} /> : null}

      {canCreate && suggestions.length > 0 ? <SuggestionList suggestions={suggestions} isPending={isPending} onAccept={onAcceptSuggestion} /> : null}
    </div>
  );
}
