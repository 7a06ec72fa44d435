"use client";
import { useState } from "react";
import { snapSelection } from "@/lib/anchoring";
import type { Paragraph } from "@/lib/reader/paragraphs";
import type { Span } from "@/lib/reader/spans";
import type { ReaderClaim } from "../reader-claim";
import type { Offer } from "./claim-popovers";
import { rangeOfSpan, selectedSpan, selectSpan } from "./text-dom";

export type TextPopovers = ReturnType<typeof useTextPopovers>;
type Chooser = { claims: ReaderClaim[]; top: number; left: number };

/**
 * The two popovers over the text, placed within its wrapper: the offer under a selection or a
 * clicked suggestion (OfferToolbar), and the chooser where overlapping claims were clicked
 * (ClaimChooser). At most one offer and one chooser at a time; `dismiss` closes both.
 */
export function useTextPopovers({
  rootRef,
  wrapperRef,
  paragraphs,
  text,
}: {
  rootRef: React.RefObject<HTMLElement | null>;
  wrapperRef: React.RefObject<HTMLElement | null>;
  paragraphs: readonly Paragraph[];
  text: string;
}) {
  const [offer, setOffer] = useState<Offer | null>(null);
  const [chooser, setChooser] = useState<Chooser | null>(null);

  /** Just below the span's last line, kept inside the wrapper. */
  const positionUnder = (span: Span) => {
    const root = rootRef.current;
    const wrapper = wrapperRef.current;
    const range = root && rangeOfSpan(root, paragraphs, span);
    if (!range || !wrapper) return { top: 0, left: 0 };
    const rects = range.getClientRects();
    const last = rects[rects.length - 1] ?? range.getBoundingClientRect();
    const box = wrapper.getBoundingClientRect();
    return { top: last.bottom - box.top + 6, left: Math.max(0, Math.min(last.left - box.left, box.width - 240)) };
  };

  /** After a mouse or keyboard selection settles: offers to add it as a claim. Says whether there was a selection to offer. */
  const offerSelection = () => {
    const root = rootRef.current;
    const span = root && selectedSpan(root);
    const snapped = span && snapSelection(text, span.start, span.end);
    setOffer(snapped ? { ...snapped, ...positionUnder(snapped), source: "selection" } : null);
    return Boolean(snapped);
  };

  /** After a click on a suggestion, offers to accept it (nothing when `suggestion` is undefined). */
  const offerSuggestion = (suggestion: Span | undefined) => {
    setChooser(null);
    // The suggested words are selected, so the reviewer sees what "Accept" will highlight.
    if (suggestion && rootRef.current) selectSpan(rootRef.current, paragraphs, suggestion);
    setOffer(suggestion ? { start: suggestion.start, end: suggestion.end, ...positionUnder(suggestion), source: "suggestion" } : null);
  };

  /** After a click where several claims overlap: offers each of them, just below the click. */
  const chooseAmong = (claims: ReaderClaim[], click: { clientX: number; clientY: number }) => {
    const box = wrapperRef.current!.getBoundingClientRect();
    setChooser({ claims, top: click.clientY - box.top + 12, left: Math.min(click.clientX - box.left, box.width - 290) });
  };

  const dismiss = () => {
    setChooser(null);
    setOffer(null);
  };

  return { offer, chooser, offerSelection, offerSuggestion, chooseAmong, dismiss, dismissOffer: () => setOffer(null), dismissChooser: () => setChooser(null) };
}
