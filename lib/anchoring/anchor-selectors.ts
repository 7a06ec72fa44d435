import { anchorClaimsInSteps } from "./anchor-claims";
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
  const steps = anchorSelectorsInSteps(text, selectors);
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/** `anchorSelectors` in steps: it pauses (yields) between batches, for a caller that gives the event loop back. */
export function* anchorSelectorsInSteps(text: string, selectors: readonly PartialSelector[], selectorsPerStep = 100): Generator<void, Anchor[]> {
  const isComplete = (selector: PartialSelector) => selector.prefix !== undefined && selector.suffix !== undefined;
  const completeAnchors = yield* anchorClaimsInSteps(
    text,
    selectors.filter(isComplete).map(({ exact, prefix, suffix, start, end }) => ({
      quote: { type: "TextQuoteSelector" as const, exact, prefix: prefix!, suffix: suffix! },
      ...(start !== undefined && end !== undefined ? { position: { type: "TextPositionSelector" as const, start, end } } : {}),
    })),
    selectorsPerStep,
  );
  const anchors: Anchor[] = [];
  let next = 0;
  for (const selector of selectors) {
    if (isComplete(selector)) {
      anchors.push(completeAnchors[next++]!);
      continue;
    }
    anchors.push(anchorPartialSelector(text, selector));
    if (anchors.length % selectorsPerStep === 0) yield;
  }
  return anchors;
}
