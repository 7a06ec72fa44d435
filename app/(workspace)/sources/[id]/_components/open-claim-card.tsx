"use client";
import { RegionErrorBoundary } from "@/app/_components/region-error-boundary";
import { buttonClass } from "@/app/_components/button-class";
import type { ReaderClaim } from "../reader-claim";
import { anchorStatusLabels } from "./anchor-status-labels";

/**
 * The open claim: its words in context, who highlighted it, its lock or orphan notice, and the
 * server-rendered checking panel. Beside the text on wide screens; on narrow ones a sheet at the
 * bottom of the screen, so a tapped highlight opens where the reader is looking.
 */
export function OpenClaimCard({
  active,
  position,
  isPending,
  onStep,
  onClose,
  onDelete,
  checkingPanel,
}: {
  active: ReaderClaim;
  /** "3 of 12" among the claims drawn on the text; null for an orphan. */
  position: { index: number; count: number } | null;
  isPending: boolean;
  onStep: (direction: 1 | -1) => void;
  onClose: () => void;
  onDelete: (claim: ReaderClaim) => void;
  checkingPanel?: React.ReactNode;
}) {
  return (
    <section
      aria-label="Open claim"
      className="rounded-xl border border-accent-600/40 bg-white p-4 shadow-sm max-lg:fixed max-lg:inset-x-0 max-lg:bottom-0 max-lg:z-30 max-lg:max-h-[72vh] max-lg:overflow-y-auto max-lg:rounded-b-none max-lg:shadow-2xl lg:min-h-0 lg:flex-1 lg:overflow-y-auto"
    >
      <div className="flex items-center justify-between gap-2">
        <h2 className="text-xs font-semibold uppercase tracking-wide text-accent-700">
          Open claim
          {position ? (
            <span className="ml-1 font-normal normal-case text-stone-500">
              {position.index + 1} of {position.count}
            </span>
          ) : null}
        </h2>
        <div className="flex gap-1">
          <button
            type="button"
            className={buttonClass("quiet", "px-2 py-0.5 text-xs")}
            aria-label="Previous claim"
            disabled={!position || position.count < 2}
            onClick={() => onStep(-1)}
          >
            ‹ Prev
          </button>
          <button
            type="button"
            className={buttonClass("quiet", "px-2 py-0.5 text-xs")}
            aria-label="Next claim"
            disabled={!position || position.count < 2}
            onClick={() => onStep(1)}
          >
            Next ›
          </button>
          <button type="button" className={buttonClass("quiet", "px-2 py-0.5 text-xs")} aria-label="Close the open claim" onClick={onClose}>
            ✕
          </button>
        </div>
      </div>
      <blockquote className="mt-2 font-serif text-base leading-relaxed text-stone-600">
        …{active.prefix}
        <mark className="bg-accent-100 px-0.5 text-stone-900">{active.exact}</mark>
        {active.suffix}…
      </blockquote>
      <p className="mt-2 text-xs text-stone-500">
        Highlighted by <bdi>{active.createdByName}</bdi> · {anchorStatusLabels[active.anchor.status]}
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
          {active.anchor.status === "orphan" ? null : (
            <span className="text-xs text-stone-500">To change its words, select new text and choose “Move open claim here”.</span>
          )}
        </div>
      ) : null}
      {checkingPanel ? (
        <div className="mt-4 border-t border-stone-200 pt-4">
          <RegionErrorBoundary region="The checking panel">{checkingPanel}</RegionErrorBoundary>
        </div>
      ) : null}
    </section>
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
