"use client";
import { useEffect, useRef } from "react";
import { buttonClass } from "@/app/_components/button-class";
import type { Suggestion } from "@/lib/suggestions";
import type { ReaderClaim } from "../reader-claim";
import { anchorStatusLabels } from "./anchor-status-labels";

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
          Claims <span className="font-normal text-stone-500">({anchored.length})</span>
        </h2>
        {anchored.length === 0 ? (
          <p className="text-stone-500">No claims yet. Select words in the text, then choose “Add claim” or press Enter.</p>
        ) : (
          <ol aria-label="Claims in text order" className="space-y-1">
            {anchored.map((claim, index) => (
              <li key={claim.id} data-claim-id={claim.id}>
                <button
                  type="button"
                  aria-current={claim.id === active?.id ? "true" : undefined}
                  aria-label={`Claim ${index + 1} of ${anchored.length}: ${claim.wording}`}
                  className={`w-full rounded-md border px-3 py-2 text-left ${claim.id === active?.id ? "border-accent-600 bg-accent-50" : "border-stone-200 bg-white hover:bg-stone-50"}`}
                  onClick={() => onOpen(claim)}
                >
                  <span className="line-clamp-2 font-serif">“{claim.wording}”</span>
                  {claim.anchor.status === "fuzzy" ? <span className="mt-0.5 block text-xs text-stone-500">was “{claim.exact}”</span> : null}
                  {claim.verdict ? <span className="mt-0.5 block text-xs font-medium text-stone-600">{claim.verdict.label}</span> : null}
                  {claim.anchor.status !== "exact" ? (
                    <span className="mt-0.5 block text-xs text-amber-700">{anchorStatusLabels[claim.anchor.status]}</span>
                  ) : null}
                </button>
              </li>
            ))}
          </ol>
        )}
      </section>

      {orphans.length > 0 ? (
        <section aria-labelledby="orphan-heading" className="rounded-xl border border-amber-300 bg-amber-50 p-3">
          <h2 id="orphan-heading" className="font-semibold text-amber-900">
            Orphaned claims ({orphans.length})
          </h2>
          <p className="mt-1 text-xs text-amber-900">
            Their words are no longer in this version of the text, so they are not drawn on it. Open one to read its verdict and evidence, and to attach it to
            new words.
          </p>
          <ul aria-label="Orphaned claims" className="mt-2 space-y-2">
            {orphans.map((claim) => (
              <li key={claim.id} className={`rounded-md bg-white p-2 ${claim.id === active?.id ? "ring-2 ring-accent-600" : ""}`}>
                <p className="font-serif text-stone-600">
                  …{claim.prefix}
                  <strong className="font-semibold text-stone-900">{claim.exact}</strong>
                  {claim.suffix}…
                </p>
                {claim.verdict ? <p className="mt-0.5 text-xs font-medium text-stone-600">{claim.verdict.label}</p> : null}
                <div className="mt-1 flex flex-wrap gap-3 text-xs">
                  <button
                    type="button"
                    aria-current={claim.id === active?.id ? "true" : undefined}
                    aria-label={`Open orphaned claim: ${claim.exact}`}
                    className="font-medium text-accent-700 underline"
                    onClick={() => onOpen(claim)}
                  >
                    Open
                  </button>
                  {claim.canEdit ? (
                    <button type="button" className="text-red-700 underline" onClick={() => onDelete(claim)}>
                      Delete “{claim.exact}”
                    </button>
                  ) : null}
                </div>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {canCreate && suggestions.length > 0 ? (
        <details className="rounded-xl border border-stone-200 bg-white p-3" open={suggestions.length <= 30}>
          <summary className="cursor-pointer font-semibold">Suggestions ({suggestions.length})</summary>
          <p className="mt-1 text-xs text-stone-500">Figures, quotes and dates worth checking, underlined with dots in the text.</p>
          <ul aria-label="Suggestions" className="mt-2 max-h-[30vh] space-y-1 overflow-y-auto pr-1">
            {suggestions.map((suggestion) => (
              <li key={`${suggestion.start}-${suggestion.end}`} className="flex items-start justify-between gap-2">
                <span className="font-serif">
                  “{suggestion.text}” <span className="text-xs text-stone-500">{suggestion.kind}</span>
                </span>
                <button
                  type="button"
                  disabled={isPending}
                  aria-label={`Accept suggestion: ${suggestion.text}`}
                  className={buttonClass("secondary", "shrink-0 px-2 py-0.5 text-xs")}
                  onClick={() => onAcceptSuggestion(suggestion)}
                >
                  Accept
                </button>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
