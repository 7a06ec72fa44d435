"use client";
import { spansAt, type Span } from "@/lib/reader/spans";
import type { ReaderClaim } from "../reader-claim";
import { caretOffsetIn, selectedSpan } from "./text-dom";
import type { AnchoredClaim } from "./use-drawn-claims";
import type { OpenClaim } from "./use-open-claim";
import type { TextPopovers } from "./use-text-popovers";

/**
 * The text's keyboard shortcuts (listed by ReaderHelp), as its key handlers. Enter adds the
 * selection (or the clicked suggestion) as a claim, or else opens the claim at the caret; `]`
 * and `[` step to the next and previous claim; Delete asks to delete the open claim when the
 * user may; `A` accepts the suggestion at the caret; Escape dismisses the popovers. A
 * Shift+arrow selection is offered as a claim when the key is released. Keys with Ctrl, Meta
 * or Alt are left to the browser; adding needs `canCreate`.
 */
export function useReaderKeyboard({
  rootRef,
  canCreate,
  anchored,
  openSuggestions,
  popovers: { offer, offerSelection, dismiss },
  openClaim: { active, open, step },
  addClaim,
  askToDelete,
}: {
  rootRef: React.RefObject<HTMLElement | null>;
  canCreate: boolean;
  anchored: AnchoredClaim[];
  openSuggestions: readonly Span[];
  popovers: Pick<TextPopovers, "offer" | "offerSelection" | "dismiss">;
  openClaim: Pick<OpenClaim, "active" | "open" | "step">;
  addClaim: (span: Span) => void;
  askToDelete: (claim: ReaderClaim) => void;
}) {
  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const caret = caretOffsetIn(rootRef.current);
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
      if (active?.canEdit) askToDelete(active);
    } else if (event.key.toLowerCase() === "a" && caret !== null && canCreate) {
      event.preventDefault();
      const [suggestion] = spansAt(openSuggestions, caret);
      if (suggestion) addClaim(suggestion);
    } else if (event.key === "Escape") {
      dismiss();
    }
  };
  const onKeyUp = (event: React.KeyboardEvent) => event.shiftKey && offerSelection();
  return { onKeyDown, onKeyUp };
}
