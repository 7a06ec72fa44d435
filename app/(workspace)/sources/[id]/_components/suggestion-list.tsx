"use client";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/app/_components/button-class";
import type { Suggestion } from "@/lib/suggestions";

/** The suggestions of the index (figures, quotes and dates no claim covers yet), each with "Accept". */
export function SuggestionList({
  suggestions,
  isPending,
  onAccept,
}: {
  suggestions: Suggestion[];
  isPending: boolean;
  onAccept: (suggestion: Suggestion) => void;
}) {
  const t = useTranslations("Reader");
  return (
    <details className="rounded-xl border border-stone-200 bg-white p-3" open={suggestions.length <= 30}>
      <summary className="cursor-pointer font-semibold">{t("suggestionsHeading", { count: suggestions.length })}</summary>
      <p className="mt-1 text-xs text-stone-500">{t("suggestionsIntro")}</p>
      <ul aria-label={t("suggestions")} className="mt-2 max-h-[30vh] space-y-1 overflow-y-auto pr-1">
        {suggestions.map((suggestion) => (
          <li key={`${suggestion.start}-${suggestion.end}`} className="flex items-start justify-between gap-2">
            <span className="font-serif">
              “{suggestion.text}” <span className="text-xs text-stone-500">{t(`suggestionKind.${suggestion.kind}`)}</span>
            </span>
            <button
              type="button"
              disabled={isPending}
              aria-label={t("acceptSuggestion", { text: suggestion.text })}
              className={buttonClass("secondary", "shrink-0 px-2 py-0.5 text-xs")}
              onClick={() => onAccept(suggestion)}
            >
              {t("accept")}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
