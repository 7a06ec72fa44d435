import { getTranslations } from "next-intl/server";
import type { WordDiff } from "@/lib/capture";

/**
 * A word diff from the captured text to the live page's (lib/capture `wordDiff`), as running
 * text: added words in <ins> (underlined, "+"), removed ones in <del> (struck through, "−"),
 * each also named for screen readers, so the change is never told by colour alone.
 */
export async function WordDiffText({ diff }: { diff: WordDiff }) {
  const t = await getTranslations("Captures.diff");
  return (
    <figure className="space-y-1">
      <figcaption className="text-xs text-stone-600">{t("legend")}</figcaption>
      <p
        aria-label={t("caption")}
        className="max-h-64 overflow-auto whitespace-pre-wrap break-words rounded border border-stone-200 bg-stone-50 p-2 font-serif text-sm"
        data-testid="word-diff"
      >
        {diff.map((part, index) =>
          part.op === "added" ? (
            <ins key={index} className="bg-emerald-100 text-emerald-950 underline decoration-2 underline-offset-2">
              <span className="sr-only">{t("added")} </span>
              <span aria-hidden="true">{t("addedMark")}</span>
              {part.text}
            </ins>
          ) : part.op === "removed" ? (
            <del key={index} className="bg-red-100 text-red-950 line-through decoration-2">
              <span className="sr-only">{t("removed")} </span>
              <span aria-hidden="true">{t("removedMark")}</span>
              {part.text}
            </del>
          ) : (
            <span key={index}>{part.text}</span>
          ),
        )}
      </p>
    </figure>
  );
}
