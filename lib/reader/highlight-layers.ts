import { overlapSegments, type Span } from "./spans";

/**
 * The highlight layers of the reader, by CSS highlight name, as `[start, end]` pairs.
 * Computed the same way on the server (for the first paint) and in the browser.
 * Layer order is paint order: suggestions, claims by state, overlaps, the active claim.
 */
export type HighlightLayers = Record<string, Array<[number, number]>>;

export const claimStateHighlight = { unchecked: "claim-unchecked" } as const;

export function highlightLayersOf({ claims, suggestions, active }: { claims: readonly Span[]; suggestions: readonly Span[]; active: Span | null }): HighlightLayers {
  const pairs = (spans: readonly Span[]) => spans.map((span): [number, number] => [span.start, span.end]);
  const claimed = new Set(claims.map((claim) => `${claim.start}:${claim.end}`));
  return {
    "claim-suggestion": pairs(suggestions.filter((s) => !claimed.has(`${s.start}:${s.end}`))),
    [claimStateHighlight.unchecked]: pairs(claims),
    "claim-overlap": pairs(overlapSegments(claims)),
    "claim-active": pairs(active ? [active] : []),
  };
}
