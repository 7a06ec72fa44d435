import { highlightNameOf, verdictToneOf } from "../checking/verdict-colours";
import { overlapSegments, type Span } from "./spans";

/**
 * The highlight layers of the reader, by CSS highlight name, as `[start, end]` pairs.
 * Computed the same way on the server (for the first paint) and in the browser. Every name
 * is always present (possibly empty), so repainting clears what is gone. Layer order is
 * paint order: suggestions, claims by state, overlaps, the active claim.
 */
export type HighlightLayers = Record<string, Array<[number, number]>>;

/** A claim's colour: no verdict yet, or its verdict's ClaimReview rating (5 true … 1 false). */
export const claimStates = ["claim-unchecked", "claim-verdict-true", "claim-verdict-mixed", "claim-verdict-false"] as const;
export type ClaimState = (typeof claimStates)[number];

/** Colours come from lib/checking/verdict-colours.ts, the one table badges and reports read too. */
export function claimStateOf(ratingValue: number | null | undefined): ClaimState {
  return highlightNameOf(verdictToneOf(ratingValue)) as ClaimState;
}

export function highlightLayersOf({
  claims,
  suggestions,
  active,
}: {
  claims: ReadonlyArray<Span & { state: ClaimState }>;
  suggestions: readonly Span[];
  active: Span | null;
}): HighlightLayers {
  const pairs = (spans: readonly Span[]) => spans.map((span): [number, number] => [span.start, span.end]);
  const claimed = new Set(claims.map((claim) => `${claim.start}:${claim.end}`));
  const layers: HighlightLayers = { "claim-suggestion": pairs(suggestions.filter((s) => !claimed.has(`${s.start}:${s.end}`))) };
  for (const state of claimStates) layers[state] = pairs(claims.filter((claim) => claim.state === state));
  layers["claim-overlap"] = pairs(overlapSegments(claims));
  layers["claim-active"] = pairs(active ? [active] : []);
  return layers;
}
