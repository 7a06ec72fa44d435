/**
 * Selector and anchor types for claims: highlighted spans of a canonical source text.
 *
 * All offsets are JavaScript string offsets, i.e. UTF-16 code units, into text that is
 * already canonical (NFC, `\n` line endings). Ranges are half-open: `start` inclusive,
 * `end` exclusive.
 */

/**
 * The words of a claim plus the text right around them (W3C Web Annotation
 * `TextQuoteSelector`). `prefix` and `suffix` are the (up to) `contextLength` code units
 * before and after `exact` when the claim was described. An empty `prefix` means the
 * quote started the document; an empty `suffix` means it ended it.
 */
export interface TextQuoteSelector {
  type: "TextQuoteSelector";
  exact: string;
  prefix: string;
  suffix: string;
}

/** Where the claim was when it was described: `[start, end)` in UTF-16 code units. */
export interface TextPositionSelector {
  type: "TextPositionSelector";
  start: number;
  end: number;
}

/** Everything stored about a claim's location. The quote is mandatory, the position a hint. */
export interface ClaimSelectors {
  quote: TextQuoteSelector;
  position?: TextPositionSelector;
}

/**
 * - `exact`: the quote is at its stored position, context not contradicted.
 * - `moved`: the identical quote was found elsewhere, identified by its context.
 * - `fuzzy`: an approximate quote was found with agreeing context on both sides; the
 *   words differ from the stored quote and need review.
 * - `orphan`: no acceptable location; the claim must be shown detached from the text.
 */
export type AnchorStatus = "exact" | "moved" | "fuzzy" | "orphan";

/** Result of anchoring one claim. `score` is in [0, 1]; 1 means unchanged. */
export type Anchor = { status: "exact" | "moved" | "fuzzy"; start: number; end: number; score: number } | { status: "orphan"; score: 0; reason: string };

/** Machine-readable reasons carried by orphan anchors. */
export type OrphanReason =
  /** The selector is unusable (empty quote). */
  | "invalid-selector"
  /** Neither the quote nor an acceptable approximation of it occurs in the text. */
  | "quote-not-found"
  /** The quote (or an approximation) occurs, but never in agreeing context. */
  | "context-mismatch"
  /** Several places fit about equally well; picking one would be a guess. */
  | "ambiguous";

/** Options for {@link anchorClaim}. */
export interface AnchorOptions {
  /**
   * Where the claim is now expected to start in the text, e.g. its stored start shifted
   * by a known edit. Defaults to `position.start`. It steers the local search and breaks
   * ties between equally good candidates; it is never accepted on its own evidence.
   */
  hint?: number;
}
