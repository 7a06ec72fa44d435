"use client";
import { useMemo, useRef, useState } from "react";
import { useHydrated } from "@/app/_components/use-hydrated";
import { splitParagraphs } from "@/lib/reader/paragraphs";
import type { Span } from "@/lib/reader/spans";
import type { ReaderClaim } from "../reader-claim";
import { ClaimChooser, OfferToolbar } from "./claim-popovers";
import { ClaimPanel } from "./claim-panel";
import { ConfirmDeleteClaim } from "./confirm-delete-claim";
import { HighlightLegend } from "./highlight-legend";
import { readerTextId } from "./paint-highlights";
import { ReaderHelp } from "./reader-help";
import { ReaderText } from "./reader-text";
import { SuggestionsStatus } from "./suggestions-status";
import { useCaretAnnouncements } from "./use-caret-announcements";
import { useClaimMutations } from "./use-claim-mutations";
import { useDrawnClaims } from "./use-drawn-claims";
import { useHighlights } from "./use-highlights";
import { useOpenClaim } from "./use-open-claim";
import { useReaderKeyboard } from "./use-reader-keyboard";
import { useTextClicks } from "./use-text-clicks";
import { useTextPopovers } from "./use-text-popovers";
import { useVersionSuggestions } from "./use-version-suggestions";

/**
 * The reader: the source text with its claims highlighted, a panel listing them, and the
 * mouse and keyboard paths to add, open, move between, re-select and delete claims.
 * The state lives in the hooks beside it; this component wires them to the parts.
 */
export function Reader({
  sourceId,
  sourceVersionId,
  text,
  language,
  initialClaims,
  findSuggestions,
  canCreate,
  firstPaint,
  openClaimId,
  checkingPanel,
}: {
  sourceId: string;
  sourceVersionId: string;
  text: string;
  /** The source's language (ISO 639-1). */
  language: string;
  initialClaims: ReaderClaim[];
  /** Whether to fetch this version's suggestions after hydration (the current version only). */
  findSuggestions: boolean;
  canCreate: boolean;
  /** Rendered right after the text: the server's first-paint highlight script. */
  firstPaint?: React.ReactNode;
  /** The claim named in the URL (`?claim=`), opened on arrival. */
  openClaimId?: string;
  /** The server-rendered checking panel of the open claim. */
  checkingPanel?: React.ReactNode;
}) {
  const rootRef = useRef<HTMLDivElement>(null);
  const wrapperRef = useRef<HTMLDivElement>(null);
  const paragraphs = useMemo(() => splitParagraphs(text), [text]);
  const [announcement, announce] = useState("");
  // Rendering the text afresh (after an edit got through) needs its highlights painted again.
  const [renderKey, setRenderKey] = useState(0);
  const { state: suggestionsState, suggestions } = useVersionSuggestions(sourceId, sourceVersionId, findSuggestions);
  const mutations = useClaimMutations({ sourceId, sourceVersionId, text, initialClaims, announce });
  const { claims } = mutations;
  // Until hydration the buttons would do nothing; they read as busy instead.
  const hydrated = useHydrated();
  const isPending = mutations.isSaving || !hydrated;
  const { anchored, orphans, openSuggestions } = useDrawnClaims(claims, text, suggestions);
  const popovers = useTextPopovers({ rootRef, wrapperRef, paragraphs, text });
  const expectCaretAt = useCaretAnnouncements(rootRef, anchored, announce);
  const openClaim = useOpenClaim({ sourceId, openClaimId, claims, anchored, rootRef, paragraphs, announce, expectCaretAt, onOpen: popovers.dismiss });
  const { activeId, active, open } = openClaim;
  useHighlights(readerTextId(sourceVersionId), { anchored, suggestions: openSuggestions, activeId }, renderKey);

  const addClaim = (span: Span) =>
    mutations.addClaim(span, (claim) => {
      openClaim.setOpenId(claim.id);
      popovers.dismissOffer();
    });
  /** Re-selects the open claim onto `span`; for an orphan, re-attaches it there (the same change on the server). */
  const moveActiveClaim = (span: Span) => active && mutations.moveClaim(active, span, popovers.dismissOffer);
  const deleteClaim = (claim: ReaderClaim) =>
    mutations.deleteClaim(claim, () => {
      if (activeId === claim.id) openClaim.setOpenId(null);
      rootRef.current?.focus();
    });
  const keyboard = useReaderKeyboard({ rootRef, canCreate, anchored, openSuggestions, popovers, openClaim, addClaim, askToDelete: mutations.askToDelete });
  const onMouseUp = useTextClicks({ rootRef, anchored, openSuggestions, popovers, open });
  const { offer, chooser } = popovers;

  return (
    // On a narrow screen the open claim is a sheet over the lower part of the screen: room below the text lets its end scroll above the sheet.
    <div className={`grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem] ${active ? "max-lg:pb-[72vh]" : ""}`}>
      <div ref={wrapperRef} className="relative">
        <ReaderHelp />
        <HighlightLegend />
        <SuggestionsStatus state={suggestionsState} />
        {mutations.error ? (
          <p role="alert" className="mb-3 rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">
            {mutations.error}
          </p>
        ) : null}
        <ReaderText
          key={renderKey}
          ref={rootRef}
          sourceVersionId={sourceVersionId}
          text={text}
          language={language}
          paragraphs={paragraphs}
          onEdited={() => setRenderKey((key) => key + 1)}
          onMouseUp={onMouseUp}
          {...keyboard}
        />
        {firstPaint}
        {offer ? (
          <OfferToolbar
            offer={offer}
            canCreate={canCreate}
            movableClaim={active?.canEdit ? active : null}
            isPending={isPending}
            onAdd={() => addClaim(offer)}
            onMove={() => moveActiveClaim(offer)}
          />
        ) : null}
        {chooser ? <ClaimChooser {...chooser} onChoose={(claim) => open(claim, { reveal: false })} onClose={popovers.dismissChooser} /> : null}
      </div>
      <div className="lg:sticky lg:top-4 lg:self-start">
        <ClaimPanel
          anchored={anchored}
          orphans={orphans}
          suggestions={openSuggestions}
          active={active}
          canCreate={canCreate}
          isPending={isPending}
          onOpen={(claim) => open(claim, { reveal: true })}
          onStep={openClaim.step}
          onClose={openClaim.close}
          onDelete={mutations.askToDelete}
          onAcceptSuggestion={addClaim}
          checkingPanel={openClaimId === activeId ? checkingPanel : undefined}
        />
      </div>
      <div role="status" aria-live="polite" className="sr-only" data-testid="reader-announcement">
        {announcement}
      </div>
      <ConfirmDeleteClaim claim={mutations.pendingDelete} isPending={mutations.isSaving} onCancel={mutations.cancelDelete} onConfirm={deleteClaim} />
    </div>
  );
}
