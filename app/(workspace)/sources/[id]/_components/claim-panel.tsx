"use client";
import { useEffect, useRef } from "react";
import { RegionErrorBoundary } from "@/app/_components/region-error-boundary";
import { buttonClass } from "@/app/_components/button-class";
import type { Suggestion } from "@/lib/suggestions";
import type { ReaderClaim } from "../reader-claim";

const statusLabels = { exact: "in place", moved: "moved", fuzzy: "matched approximately", orphan: "orphaned" } as const;

/**
 * The side panel: the open claim, the claims in text order, the orphans (listed with
 * their quote and context, never drawn on the text) and the suggestions.
 */
export function ClaimPanel({
  anchored,
  orphans,
  suggestions,
  active,
  canCreate,
  isPending,
  onOpen,
  onDelete,
  onAcceptSuggestion,
  checkingPanel,
}: {
  anchored: Array<ReaderClaim & { wording: string }>;
  orphans: ReaderClaim[];
  suggestions: Suggestion[];
  active: ReaderClaim | null;
  canCreate: boolean;
  isPending: boolean;
  onOpen: (claim: ReaderClaim) => void;
  onDelete: (claim: ReaderClaim) => void;
  onAcceptSuggestion: (suggestion: Suggestion) => void;
  /** The server-rendered checking panel of the open claim, when it has arrived. */
  checkingPanel?: React.ReactNode;
}) {
  const listRef = useRef<HTMLOListElement>(null);
  const activeId = active?.id;
  // Bring the open claim into view inside the list only: scrollIntoView would also scroll the
  // page, moving the text under the reader's mouse.
  useEffect(() => {
    const list = listRef.current;
    const item = activeId ? list?.querySelector<HTMLElement>(`[data-claim-id="${activeId}"]`) : null;
    if (!list || !item) return;
    const top = item.offsetTop; // the list is position: relative, so this is within the list
    if (top < list.scrollTop) list.scrollTop = top;
    else if (top + item.offsetHeight > list.scrollTop + list.clientHeight) list.scrollTop = top + item.offsetHeight - list.clientHeight;
  }, [activeId]);

  return (
    <aside aria-label="Claims" className="space-y-5 text-sm">
      {active ? (
        <section aria-label="Open claim" className="rounded-xl border border-accent-600/40 bg-white p-4 shadow-sm">
          <h2 className="text-xs font-semibold uppercase tracking-wide text-accent-700">Open claim</h2>
          <blockquote className="mt-2 font-serif text-base leading-relaxed text-stone-600">
            …{active.prefix}
            <mark className="bg-accent-100 px-0.5 text-stone-900">{active.exact}</mark>
            {active.suffix}…
          </blockquote>
          <p className="mt-2 text-xs text-stone-500">
            Highlighted by <bdi>{active.createdByName}</bdi> · {statusLabels[active.anchor.status]}
          </p>
          {active.lockNotice ? (
            <p className="mt-3 text-xs text-stone-600" data-testid="claim-lock">
              {active.lockNotice}
            </p>
          ) : null}
          {active.anchor.status === "orphan" ? <OrphanNotice canEdit={active.canEdit} isLocked={active.lockNotice !== null} /> : null}
          {active.canEdit ? (
            <div className="mt-3 flex flex-wrap items-center gap-2">
              <button type="button" disabled={isPending} className={buttonClass("secondary", "px-2.5 py-1 text-xs text-red-700")} onClick={() => onDelete(active)}>
                Delete claim
              </button>
              {active.anchor.status === "orphan" ? null : <span className="text-xs text-stone-500">To change its words, select new text and choose “Move open claim here”.</span>}
            </div>
          ) : null}
          {checkingPanel ? (
            <div className="mt-4 border-t border-stone-200 pt-4">
              <RegionErrorBoundary region="The checking panel">{checkingPanel}</RegionErrorBoundary>
            </div>
          ) : null}
        </section>
      ) : null}

      <section aria-labelledby="claim-list-heading">
        <h2 id="claim-list-heading" className="mb-2 font-semibold">
          Claims <span className="font-normal text-stone-500">({anchored.length})</span>
        </h2>
        {anchored.length === 0 ? (
          <p className="text-stone-500">No claims yet. Select words in the text, then choose “Add claim” or press Enter.</p>
        ) : (
          <ol ref={listRef} aria-label="Claims in text order" className="relative max-h-[40vh] space-y-1 overflow-y-auto pr-1">
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
                  {claim.anchor.status !== "exact" ? <span className="mt-0.5 block text-xs text-amber-700">{statusLabels[claim.anchor.status]}</span> : null}
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
          <p className="mt-1 text-xs text-amber-900">Their words are no longer in this version of the text, so they are not drawn on it. Open one to read its verdict and evidence, and to attach it to new words.</p>
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
                  <button type="button" aria-current={claim.id === active?.id ? "true" : undefined} aria-label={`Open orphaned claim: ${claim.exact}`} className="font-medium text-accent-700 underline" onClick={() => onOpen(claim)}>
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
                <button type="button" disabled={isPending} aria-label={`Accept suggestion: ${suggestion.text}`} className={buttonClass("secondary", "shrink-0 px-2 py-0.5 text-xs")} onClick={() => onAcceptSuggestion(suggestion)}>
                  Accept
                </button>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </aside>
  );
}

/** What an open orphan is and how to give it words again (its author or an editor may). */
function OrphanNotice({ canEdit, isLocked }: { canEdit: boolean; isLocked: boolean }) {
  return (
    <p data-testid="orphan-notice" className="mt-2 rounded-md border border-amber-300 bg-amber-50 px-2 py-1.5 text-xs text-amber-900">
      Orphaned: these words, from the version it was made on, are no longer in this version of the text.{" "}
      {canEdit
        ? "Select the words it now speaks to and choose “Attach to selection” (or press Tab to reach it after selecting with Shift+arrows)."
        : isLocked
          ? "An editor must reopen it before it can be attached to new words."
          : "Its author or an editor can attach it to new words."}
    </p>
  );
}
