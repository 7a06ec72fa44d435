"use client";
import { useEffect } from "react";
import type { HighlightLayers } from "@/lib/reader/highlight-layers";
import { paintHighlights } from "./paint-highlights";

/**
 * Keeps the CSS Custom Highlights in step with the reader's state. No wrapper elements: 2,000
 * claims cost one Range each and the text DOM stays exactly the source text. The first
 * paint is done before hydration by the inline script of <InitialHighlights>.
 */
export function useHighlights(rootId: string, layers: HighlightLayers, renderKey: number) {
  useEffect(() => {
    const painted = paintHighlights(rootId, layers);
    // Read by the rendering benchmark (e2e/bench/reader-render.ts).
    performance.mark("corroborate:highlights-drawn", { detail: { ranges: painted, by: "hydrated" } });
  }, [rootId, layers, renderKey]);
}
