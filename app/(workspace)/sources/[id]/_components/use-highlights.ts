"use client";
import { useEffect, type RefObject } from "react";
import type { Paragraph } from "@/lib/reader/paragraphs";
import { overlapSegments, type Span } from "@/lib/reader/spans";
import { rangeOfSpan } from "./text-dom";

/**
 * Draws spans with the CSS Custom Highlight API: no wrapper elements, so 2,000 claims
 * cost one Range each and the text DOM stays exactly the source text (offsets stay
 * trivial). Layers, bottom to top: suggestions, claims by state, overlaps, the active claim.
 * Styles are the `::highlight(...)` rules in globals.css.
 */
export type HighlightLayers = {
  suggestions: Span[];
  /** Claims grouped by the highlight name of their state (e.g. "claim-unchecked"). */
  claimsByState: Record<string, Span[]>;
  active: Span | null;
};

export const highlightNames = ["claim-suggestion", "claim-unchecked", "claim-overlap", "claim-active"] as const;

export function useHighlights(rootRef: RefObject<HTMLElement | null>, paragraphs: readonly Paragraph[], layers: HighlightLayers, renderKey: number) {
  useEffect(() => {
    const root = rootRef.current;
    if (!root || typeof CSS === "undefined" || !("highlights" in CSS)) return;
    const toRanges = (spans: readonly Span[]) => spans.map((span) => rangeOfSpan(root, paragraphs, span)).filter((range): range is Range => range !== null);
    const allClaims = Object.values(layers.claimsByState).flat();
    const registry = CSS.highlights;
    registry.set("claim-suggestion", new Highlight(...toRanges(layers.suggestions)));
    for (const [name, spans] of Object.entries(layers.claimsByState)) registry.set(name, new Highlight(...toRanges(spans)));
    registry.set("claim-overlap", new Highlight(...toRanges(overlapSegments(allClaims))));
    registry.set("claim-active", new Highlight(...toRanges(layers.active ? [layers.active] : [])));
    return () => {
      registry.delete("claim-suggestion");
      for (const name of Object.keys(layers.claimsByState)) registry.delete(name);
      registry.delete("claim-overlap");
      registry.delete("claim-active");
    };
  }, [rootRef, paragraphs, layers, renderKey]);
}
