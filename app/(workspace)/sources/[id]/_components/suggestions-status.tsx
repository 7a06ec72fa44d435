import type { SuggestionsState } from "./use-version-suggestions";

/**
 * One quiet line on the suggestions' progress: while they are found, and why there are none
 * when that failed. The line keeps its height when it empties, so the text below never moves
 * under a reader who is selecting words as the suggestions arrive.
 */
export function SuggestionsStatus({ state }: { state: SuggestionsState }) {
  return (
    <p
      role="status"
      data-testid="suggestions-status"
      className={`mb-4 min-h-4 text-xs leading-4 ${state.status === "unavailable" ? "text-amber-800" : "text-stone-500"}`}
    >
      {state.status === "finding" ? "Finding suggestions…" : state.status === "found" ? "" : state.message}
    </p>
  );
}
