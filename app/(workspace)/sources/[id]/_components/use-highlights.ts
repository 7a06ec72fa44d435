"use client";
import { useEffect, useMemo } from "react";
import { claimStateOf, highlightLayersOf } from "@/lib/reader/highlight-layers";
import type { Span } from "@/lib/reader/spans";
import { paintHighlights } from "./paint-highlights";
import type { AnchoredClaim } from "./use-drawn-claims";

/**
 * Keeps the CSS Custom Highlights in step with the reader's state: the drawn claims in their
 * verdicts' colours, the open suggestions, and the open claim (when drawn). No wrapper
 * elements: 2,000 claims cost one Range each and the text DOM stays exactly the source text.
 * The first paint is done before hydration by the inline script of <InitialHighlights>;
 * `renderKey` repaints after the text was rendered afresh.
 */
export function useHighlights(
  rootId: string,
  { anchored, suggestions, activeId }: { anchored: AnchoredClaim[]; suggestions: readonly Span[]; activeId: string | null },
  renderKey: number,
) {
  const activeDrawn = anchored.find((claim) => claim.id === activeId) ?? null;
  const layers = useMemo(
    () =>
      highlightLayersOf({
        claims: anchored.map((claim) => ({ ...claim, state: claimStateOf(claim.verdict?.ratingValue) })),
        suggestions,
        active: activeDrawn,
      }),
    [suggestions, anchored, activeDrawn],
  );
  useEffect(() => {
    const painted = paintHighlights(rootId, layers);
    // Read by the rendering benchmark (e2e/bench/reader-render.ts).
    performance.mark("corroborate:highlights-drawn", { detail: { ranges: painted, by: "hydrated" } });
  }, [rootId, layers, renderKey]);
}
