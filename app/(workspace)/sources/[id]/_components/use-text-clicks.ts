"use client";
import { spansAt, type Span } from "@/lib/reader/spans";
import type { ReaderClaim } from "../reader-claim";
import { offsetAtViewportPoint } from "./text-dom";
import type { AnchoredClaim } from "./use-drawn-claims";
import type { TextPopovers } from "./use-text-popovers";

/**
 * What a click (a mouse-up) on the text does, as its handler: a selection made is offered as a
 * claim; otherwise a click on one claim opens it, on overlapping claims offers each, and on a
 * suggestion offers to accept it (elsewhere it dismisses the offer and the chooser).
 */
export function useTextClicks({
  rootRef,
  anchored,
  openSuggestions,
  popovers,
  open,
}: {
  rootRef: React.RefObject<HTMLElement | null>;
  anchored: AnchoredClaim[];
  openSuggestions: readonly Span[];
  popovers: Pick<TextPopovers, "offerSelection" | "offerSuggestion" | "chooseAmong">;
  open: (claim: ReaderClaim, options: { reveal: boolean }) => void;
}) {
  return (event: React.MouseEvent) => {
    if (popovers.offerSelection() || !rootRef.current) return;
    const offset = offsetAtViewportPoint(rootRef.current, event.clientX, event.clientY);
    if (offset === null) return;
    const here = spansAt(anchored, offset);
    if (here.length === 1) open(here[0]!, { reveal: false });
    else if (here.length > 1) popovers.chooseAmong(here, event);
    else popovers.offerSuggestion(spansAt(openSuggestions, offset)[0]);
  };
}
