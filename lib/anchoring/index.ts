/**
 * Anchoring of claims (highlighted spans) in canonical source text: describing a
 * selection, and finding it again after the text changed. Pure TypeScript, no I/O.
 */
export type { Anchor, AnchorOptions, AnchorStatus, ClaimSelectors, OrphanReason, TextPositionSelector, TextQuoteSelector } from "./types";
export { snapSelection } from "./snap-selection";
export { describeSpan, DEFAULT_CONTEXT_LENGTH } from "./describe-span";
export { anchorClaim } from "./anchor-claim";
export { anchorClaims, anchorClaimsInSteps } from "./anchor-claims";
export { anchorPartialSelector, type PartialSelector } from "./anchor-partial-selector";
export { anchorSelectors, anchorSelectorsInSteps } from "./anchor-selectors";
export { isGraphemeBoundary, graphemeCeil, graphemeFloor } from "./grapheme-boundary";
export * as anchoringThresholds from "./thresholds";
export { findQuote, type QuoteMatch } from "./find-quote";
