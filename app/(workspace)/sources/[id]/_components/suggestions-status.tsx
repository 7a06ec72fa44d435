import type { SuggestionsState } from "./use-version-suggestions";

/** One quiet line on the suggestions' progress: while they are found, and why there are none when that failed. */
export function SuggestionsStatus({ state }: { state: SuggestionsState }) {
  if (state.status === "found") return null;
  return (
    <p role="status" data-testid="suggestions-status" className={`mb-4 text-xs ${state.status === "finding" ? "text-stone-500" : "text-amber-800"}`}>
      {state.status === "finding" ? "Finding suggestions…" : state.message}
    </p>
  );
}
