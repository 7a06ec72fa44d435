"use client";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState, useTransition } from "react";
import { useHydrated } from "@/app/_components/use-hydrated";
import { snapSelection } from "@/lib/anchoring";
import { claimStateOf, highlightLayersOf } from "@/lib/reader/highlight-layers";
import { verdictColours, verdictTones } from "@/lib/checking/verdict-colours";
import { splitParagraphs } from "@/lib/reader/paragraphs";
import { spansAt, stepThrough, type Span } from "@/lib/reader/spans";
import { createClaimAction, deleteClaimAction, updateClaimSpanAction, type ClaimActionResult } from "../claim-actions";
import type { ReaderClaim } from "../reader-claim";
import { ClaimChooser, OfferToolbar, type Offer } from "./claim-popovers";
import { ClaimPanel } from "./claim-panel";
import { ConfirmDeleteClaim } from "./confirm-delete-claim";
import { readerTextId } from "./paint-highlights";
import { keepSpanAboveSheet, offsetAtViewportPoint, offsetOfPoint, rangeOfSpan, revealSpan, selectedSpan, selectSpan } from "./text-dom";
import { SuggestionsStatus } from "./suggestions-status";
import { useHighlights } from "./use-highlights";
import { useVersionSuggestions } from "./use-version-suggestions";

/** A claim drawn on this version: where it is, and its words here (which differ when matched approximately). */
type AnchoredClaim = ReaderClaim & Span & { wording: string };

/**
 * The reader: the source text with its claims highlighted, a panel listing them, and the
 * mouse and keyboard paths to add, open, move between, re-select and delete claims.
 * The text is a read-only contenteditable so the native caret and Shift+arrow selection
 * work from the keyboard; every edit to it is refused.
 */
export function Reader({
  sourceId,
  sourceVersionId,
  text,
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
  const router = useRouter();
  const [claims, setClaims] = useState(initialClaims);
  const { state: suggestionsState, suggestions } = useVersionSuggestions(sourceId, sourceVersionId, findSuggestions);
  const [activeId, setActiveId] = useState<string | null>(openClaimId ?? null);
  // The server's list is the truth: adopt it whenever it changes (after a save, a live update).
  const [serverClaims, setServerClaims] = useState(initialClaims);
  if (serverClaims !== initialClaims) {
    setServerClaims(initialClaims);
    setClaims(initialClaims);
  }
  const [offer, setOffer] = useState<Offer | null>(null);
  const [chooser, setChooser] = useState<{ claims: ReaderClaim[]; top: number; left: number } | null>(null);
  const [pendingDelete, setPendingDelete] = useState<ReaderClaim | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [renderKey, setRenderKey] = useState(0);
  const [isTransitionPending, startTransition] = useTransition();
  // Until hydration the buttons would do nothing; they read as busy instead.
  const hydrated = useHydrated();
  const isPending = isTransitionPending || !hydrated;

  const anchored = useMemo(
    () =>
      claims
        .flatMap((claim): AnchoredClaim[] =>
          claim.anchor.status === "orphan"
            ? []
            : [{ ...claim, start: claim.anchor.start, end: claim.anchor.end, wording: text.slice(claim.anchor.start, claim.anchor.end) }],
        )
        .sort((a, b) => a.start - b.start || b.end - a.end),
    [claims, text],
  );
  const orphans = useMemo(() => claims.filter((claim) => claim.anchor.status === "orphan"), [claims]);
  // The open claim may be an orphan: it is shown in the panel (and can be re-attached) but never drawn.
  const active = claims.find((claim) => claim.id === activeId) ?? null;
  const activeDrawn = anchored.find((claim) => claim.id === activeId) ?? null;
  const openSuggestions = useMemo(
    () => suggestions.filter((s) => !anchored.some((claim) => claim.start === s.start && claim.end === s.end)),
    [suggestions, anchored],
  );
  const layers = useMemo(
    () =>
      highlightLayersOf({
        claims: anchored.map((claim) => ({ ...claim, state: claimStateOf(claim.verdict?.ratingValue) })),
        suggestions: openSuggestions,
        active: activeDrawn,
      }),
    [openSuggestions, anchored, activeDrawn],
  );
  useHighlights(readerTextId(sourceVersionId), layers, renderKey);

  const positionUnder = useCallback(
    (span: Span) => {
      const root = rootRef.current;
      const wrapper = wrapperRef.current;
      const range = root && rangeOfSpan(root, paragraphs, span);
      if (!range || !wrapper) return { top: 0, left: 0 };
      const rects = range.getClientRects();
      const last = rects[rects.length - 1] ?? range.getBoundingClientRect();
      const box = wrapper.getBoundingClientRect();
      return { top: last.bottom - box.top + 6, left: Math.max(0, Math.min(last.left - box.left, box.width - 240)) };
    },
    [paragraphs],
  );

  const finish = (result: ClaimActionResult, onSaved: (claim?: ReaderClaim) => void) => {
    if (result.status === "saved") {
      setError(null);
      onSaved(result.claim);
    } else {
      setError(result.message ?? "That could not be saved.");
      setAnnouncement(result.message ?? "That could not be saved.");
    }
  };

  // The claims under the caret when it last moved, so moving into a claim is announced once.
  const lastCaretClaims = useRef("");

  const open = useCallback(
    (claim: ReaderClaim, options: { reveal: boolean }) => {
      setActiveId(claim.id);
      router.replace(`/sources/${sourceId}?claim=${claim.id}`, { scroll: false });
      setChooser(null);
      setOffer(null);
      setAnnouncement(claim.anchor.status === "orphan" ? `Orphaned claim: ${claim.exact}. Its words are no longer in this version.` : `Claim: ${claim.exact}`);
      if (options.reveal && rootRef.current && claim.anchor.status !== "orphan") {
        lastCaretClaims.current = spansAt(anchored, claim.anchor.start)
          .map((c) => c.id)
          .join();
        revealSpan(rootRef.current, paragraphs, claim.anchor);
      }
    },
    [paragraphs, anchored, router, sourceId],
  );

  /** Opens the next (1) or previous (-1) claim in text order and shows it in the text. */
  const step = (direction: 1 | -1) => {
    const next = stepThrough(anchored, activeId, direction);
    if (next) open(next, { reveal: true });
  };

  const close = () => {
    setActiveId(null);
    router.replace(`/sources/${sourceId}`, { scroll: false });
    setAnnouncement("Claim closed");
  };

  const addClaim = (span: Span) => {
    const snapped = snapSelection(text, span.start, span.end);
    if (!snapped) return;
    startTransition(async () => {
      finish(await createClaimAction(sourceId, { sourceVersionId, ...snapped }), (claim) => {
        if (!claim) return;
        setClaims((current) => [...current, claim]);
        setActiveId(claim.id);
        router.replace(`/sources/${sourceId}?claim=${claim.id}`, { scroll: false });
        setOffer(null);
        // Accepting from the panel or a toolbar leaves no selection behind (rangeCount 0), and collapsing none throws.
        const selection = document.getSelection();
        if (selection?.rangeCount) selection.collapseToEnd();
        setAnnouncement(`Claim added: ${claim.exact}`);
      });
    });
  };

  /** Re-selects the open claim onto `span`; for an orphan, re-attaches it there (the same change on the server). */
  const moveActiveClaim = (span: Span) => {
    const snapped = snapSelection(text, span.start, span.end);
    if (!snapped || !active) return;
    const wasOrphan = active.anchor.status === "orphan";
    startTransition(async () => {
      finish(await updateClaimSpanAction(active.id, active.version, { sourceVersionId, ...snapped }), (claim) => {
        if (!claim) return;
        setClaims((current) => current.map((c) => (c.id === claim.id ? claim : c)));
        setOffer(null);
        const selection = document.getSelection();
        if (selection?.rangeCount) selection.collapseToEnd();
        setAnnouncement(wasOrphan ? `Claim re-attached to: ${claim.exact}. It is no longer an orphan.` : `Claim moved to: ${claim.exact}`);
        // The checking panel's history and the orphan count come from the server.
        router.refresh();
      });
    });
  };

  const confirmDelete = (claim: ReaderClaim) => {
    startTransition(async () => {
      finish(await deleteClaimAction(claim.id, claim.version), () => {
        setClaims((current) => current.filter((c) => c.id !== claim.id));
        if (activeId === claim.id) {
          setActiveId(null);
          router.replace(`/sources/${sourceId}`, { scroll: false });
        }
        setPendingDelete(null);
        setAnnouncement(`Claim deleted: ${claim.exact}`);
        rootRef.current?.focus();
      });
    });
  };

  /** After a mouse or keyboard selection settles: offer to add it as a claim. */
  const offerSelection = () => {
    const root = rootRef.current;
    const span = root && selectedSpan(root);
    const snapped = span && snapSelection(text, span.start, span.end);
    setOffer(snapped ? { ...snapped, ...positionUnder(snapped), source: "selection" } : null);
    return Boolean(snapped);
  };

  const handleClick = (event: React.MouseEvent) => {
    if (offerSelection() || !rootRef.current) return;
    const offset = offsetAtViewportPoint(rootRef.current, event.clientX, event.clientY);
    if (offset === null) return;
    const here = spansAt(anchored, offset);
    const wrapperBox = wrapperRef.current!.getBoundingClientRect();
    if (here.length === 1) open(here[0]!, { reveal: false });
    else if (here.length > 1)
      setChooser({ claims: here, top: event.clientY - wrapperBox.top + 12, left: Math.min(event.clientX - wrapperBox.left, wrapperBox.width - 290) });
    else {
      const [suggestion] = spansAt(openSuggestions, offset);
      setChooser(null);
      // The suggested words are selected, so the reviewer sees what "Accept" will highlight.
      if (suggestion) selectSpan(rootRef.current, paragraphs, suggestion);
      setOffer(suggestion ? { start: suggestion.start, end: suggestion.end, ...positionUnder(suggestion), source: "suggestion" } : null);
    }
  };

  const caretOffset = () => {
    const selection = document.getSelection();
    if (!rootRef.current || !selection?.rangeCount) return null;
    return offsetOfPoint(rootRef.current, selection.focusNode!, selection.focusOffset);
  };

  const handleKeyDown = (event: React.KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const caret = caretOffset();
    if (event.key === "Enter") {
      event.preventDefault();
      const span = rootRef.current && selectedSpan(rootRef.current);
      if (span && canCreate) addClaim(span);
      else if (!span && offer?.source === "suggestion" && canCreate) addClaim(offer);
      else if (caret !== null && spansAt(anchored, caret)[0]) open(spansAt(anchored, caret)[0]!, { reveal: false });
    } else if (event.key === "]" || event.key === "[") {
      event.preventDefault();
      step(event.key === "]" ? 1 : -1);
    } else if (event.key === "Delete") {
      event.preventDefault();
      if (active?.canEdit) setPendingDelete(active);
    } else if (event.key.toLowerCase() === "a" && caret !== null && canCreate) {
      event.preventDefault();
      const [suggestion] = spansAt(openSuggestions, caret);
      if (suggestion) addClaim(suggestion);
    } else if (event.key === "Escape") {
      setOffer(null);
      setChooser(null);
    }
  };

  // On a narrow screen, once the sheet with the open claim is drawn (and the page has room below
  // the text for it), bring the claim's words above the sheet.
  const openSpan = active && active.anchor.status !== "orphan" ? active.anchor : null;
  const openStart = openSpan?.start;
  const openEnd = openSpan?.end;
  useEffect(() => {
    if (rootRef.current && openStart !== undefined && openEnd !== undefined)
      keepSpanAboveSheet(rootRef.current, paragraphs, { start: openStart, end: openEnd });
  }, [activeId, openStart, openEnd, paragraphs]);

  // Announce the claim the caret enters, so screen-reader users hear what is highlighted.
  useEffect(() => {
    const onSelectionChange = () => {
      if (document.activeElement !== rootRef.current) return;
      const caret = caretOffset();
      const here = caret === null ? [] : spansAt(anchored, caret);
      const key = here.map((claim) => claim.id).join();
      if (key === lastCaretClaims.current) return;
      lastCaretClaims.current = key;
      if (here.length)
        setAnnouncement(here.length === 1 ? `In claim: ${here[0]!.exact}` : `In ${here.length} overlapping claims: ${here.map((c) => c.exact).join("; ")}`);
    };
    document.addEventListener("selectionchange", onSelectionChange);
    return () => document.removeEventListener("selectionchange", onSelectionChange);
  });

  return (
    // On a narrow screen the open claim is a sheet over the lower part of the screen: room below the text lets its end scroll above the sheet.
    <div className={`grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem] ${active ? "max-lg:pb-[72vh]" : ""}`}>
      <div ref={wrapperRef} className="relative">
        <p id="reader-help" className="mb-4 text-xs text-stone-500 pointer-coarse:hidden">
          Select words and press <kbd className="font-mono">Enter</kbd> (or choose “Add claim”) to highlight a claim. Keyboard: arrows move the caret,
          Shift+arrows select, <kbd className="font-mono">]</kbd> / <kbd className="font-mono">[</kbd> next / previous claim,{" "}
          <kbd className="font-mono">Enter</kbd> opens the claim at the caret, <kbd className="font-mono">Delete</kbd> deletes the open claim,{" "}
          <kbd className="font-mono">A</kbd> accepts the suggestion at the caret.
        </p>
        <ul aria-label="Highlight colours" className="mb-4 flex flex-wrap gap-3 text-xs text-stone-600">
          {verdictTones.map((tone) => (
            <li key={tone}>
              <span data-testid={`legend-${tone}`} className={`mr-1 inline-block h-3 w-3 rounded-sm align-middle verdict-tone-${tone}`} />
              {verdictColours[tone].legend}
            </li>
          ))}
          <li>
            <span className="mr-1 inline-block border-b-2 border-dotted border-stone-500 align-middle">abc</span> Suggestion
          </li>
        </ul>
        <SuggestionsStatus state={suggestionsState} />
        {error ? (
          <p role="alert" className="mb-3 rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">
            {error}
          </p>
        ) : null}
        <div
          key={renderKey}
          ref={rootRef}
          id={readerTextId(sourceVersionId)}
          data-testid="source-text"
          className="reader-text caret-accent-700 focus:outline-none"
          contentEditable
          suppressContentEditableWarning
          spellCheck={false}
          role="textbox"
          aria-readonly="true"
          aria-multiline="true"
          aria-label="Source text"
          aria-describedby="reader-help"
          onBeforeInput={(event) => event.preventDefault()}
          onPaste={(event) => event.preventDefault()}
          onDrop={(event) => event.preventDefault()}
          onCut={(event) => event.preventDefault()}
          onInput={() => setRenderKey((key) => key + 1)}
          onMouseUp={handleClick}
          onKeyDown={handleKeyDown}
          onKeyUp={(event) => event.shiftKey && offerSelection()}
        >
          {paragraphs.map((paragraph) => (
            <p key={paragraph.start} data-start={paragraph.start}>
              {text.slice(paragraph.start, paragraph.end)}
            </p>
          ))}
        </div>
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
        {chooser ? <ClaimChooser {...chooser} onChoose={(claim) => open(claim, { reveal: false })} onClose={() => setChooser(null)} /> : null}
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
          onStep={step}
          onClose={close}
          onDelete={setPendingDelete}
          onAcceptSuggestion={addClaim}
          checkingPanel={openClaimId === activeId ? checkingPanel : undefined}
        />
      </div>
      <div role="status" aria-live="polite" className="sr-only" data-testid="reader-announcement">
        {announcement}
      </div>
      <ConfirmDeleteClaim claim={pendingDelete} isPending={isTransitionPending} onCancel={() => setPendingDelete(null)} onConfirm={confirmDelete} />
    </div>
  );
}
