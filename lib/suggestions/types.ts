/**
 * Shared types of the claim-suggestion module.
 *
 * A {@link Suggestion} is a span of a source text that a reviewer may want to
 * check. Offsets are UTF-16 code units into the text given to
 * `suggestClaims`, half-open (`text.slice(start, end) === suggestion.text`).
 */

/** What kind of checkable statement a suggestion points at. */
export type SuggestionKind = "figure" | "quote" | "date";

/** A span worth checking. `text` is always `source.slice(start, end)`. */
export interface Suggestion {
  /** First UTF-16 code unit of the span (inclusive). */
  start: number;
  /** One past the last UTF-16 code unit of the span (exclusive). */
  end: number;
  kind: SuggestionKind;
  /** The exact text of the span, already trimmed of whitespace. */
  text: string;
}
