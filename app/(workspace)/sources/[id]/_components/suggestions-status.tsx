import { useTranslations } from "next-intl";
import type { SuggestionsState } from "./use-version-suggestions";

/**
 * One quiet line on the suggestions' progress: while they are found, and why there are none
 * when that failed. The line keeps its height when it empties, so the text below never moves
 * under a reader who is selecting words as the suggestions arrive.
 */
export function SuggestionsStatus({ state }: { state: SuggestionsState }) {
  const t = useTranslations("Reader");
  return (
    <p
      role="status"
      data-testid="suggestions-status"
      className={`mb-4 min-h-4 text-xs leading-4 ${state.status === "unavailable" ? "text-amber-800" : "text-stone-500"}`}
    >
      {state.status === "finding" ? t("findingSuggestions") : state.status === "found" ? "" : unavailableText(state.reason, t)}
    </p>
  );
}

function unavailableText(reason: Extract<SuggestionsState, { status: "unavailable" }>["reason"], t: ReturnType<typeof useTranslations<"Reader">>): string {
  switch (reason.kind) {
    case "refused":
      // The server's own words (the HTTP API answers in English).
      return t("suggestionsRefused", { message: reason.message });
    case "outdated":
      return t("suggestionsOutdated");
    case "failed":
      return reason.detail ? t("suggestionsFailedBecause", { reason: reason.detail }) : t("suggestionsFailed");
  }
}
