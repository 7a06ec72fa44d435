import Link from "next/link";
import { useTranslations } from "next-intl";
import { isolateBidi } from "@/lib/bidi-isolate";
import { MarkedSnippet } from "./marked-snippet";
import { resultHref, type SearchHit } from "./search-hit";

/**
 * One result: its title (the link, which the arrow keys move between), the snippet with the
 * matched words marked (unless it only repeats the title), and the investigation it belongs
 * to. Everything shown is user text.
 */
export function SearchResultItem({ hit }: { hit: SearchHit }) {
  const t = useTranslations("Search");
  // A claim whose text is only its highlighted words would say them twice.
  const repeatsTitle = hit.segments.map((segment) => segment.text).join("") === hit.titleSegments.map((segment) => segment.text).join("");
  return (
    <li className="rounded-lg border border-stone-200 bg-white px-4 py-3 focus-within:border-accent-600 focus-within:ring-2 focus-within:ring-accent-600/30">
      <Link
        href={resultHref(hit)}
        data-search-result=""
        className="font-medium text-accent-800 underline decoration-stone-300 underline-offset-2 hover:decoration-accent-700 focus:outline-none focus-visible:decoration-accent-700 focus-visible:decoration-2"
      >
        {hit.titleSegments.length > 0 ? (
          <bdi>
            <MarkedSnippet segments={hit.titleSegments} />
          </bdi>
        ) : (
          t(`kindOne.${hit.kind}`)
        )}
      </Link>
      {hit.segments.length > 0 && !repeatsTitle ? (
        <p className="mt-1 break-words font-serif text-sm leading-relaxed text-stone-800">
          <MarkedSnippet segments={hit.segments} />
        </p>
      ) : null}
      <p className="mt-1 text-xs text-stone-500">
        {t(`kindOne.${hit.kind}`)} · {t("in", { investigation: isolateBidi(hit.investigationTitle) })}
      </p>
    </li>
  );
}
