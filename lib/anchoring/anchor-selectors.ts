import { anchorClaims } from "./anchor-claims";
import { anchorPartialSelector, type PartialSelector } from "./anchor-partial-selector";
import type { Anchor } from "./types";

/**
 * Anchors selectors that come from a file or another tool, in order, one anchor each.
 * A selector with both `prefix` and `suffix` is read as a stored one (an empty prefix means
 * the text starts there) and goes through the reader's anchoring, fuzzy search included.
 * The W3C model lets both be left out: such a selector is read by `anchorPartialSelector`,
 * where a missing side is no constraint, so a quote that occurs once is found and a repeated
 * one without a position is an `ambiguous` orphan. Never throws.
 */
export function anchorSelectors(text: string, selectors: readonly PartialSelector[]): Anchor[] {
  const isComplete = (selector: PartialSelector) => selector.prefix !== undefined && selector.suffix !== undefined;
  const complete = selectors.filter(isComplete);
  const completeAnchors = anchorClaims(
    text,
    complete.map(({ exact, prefix, suffix, start, end }) => ({
      quote: { type: "TextQuoteSelector" as const, exact, prefix: prefix!, suffix: suffix! },
      ...(start !== undefined && end !== undefined ? { position: { type: "TextPositionSelector" as const, start, end } } : {}),
    })),
  );
  let next = 0;
  return selectors.map((selector) => (isComplete(selector) ? completeAnchors[next++]! : anchorPartialSelector(text, selector)));
}
