import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { searchKinds, type SearchKindName } from "@/lib/validation/search";
import { searchAddressOf, type SearchParamValues } from "@/lib/validation/search-page";

/**
 * The kinds of result with how many of each match: "All" and one link per kind that narrows
 * the search to it (`kind=` in the address), the current one marked `aria-current`.
 */
export function KindTabs({ values, counts }: { values: SearchParamValues; counts: Partial<Record<SearchKindName, number>> }) {
  const t = useTranslations("Search.kinds");
  const format = useFormatter();
  const total = searchKinds.reduce((sum, kind) => sum + (counts[kind] ?? 0), 0);
  const tabs = [{ kind: "", label: t("all"), count: total }, ...searchKinds.map((kind) => ({ kind, label: t(kind), count: counts[kind] ?? 0 }))];
  return (
    <nav aria-label={t("label")} className="-mx-1 overflow-x-auto">
      <ul className="flex gap-1 px-1 text-sm">
        {tabs.map((tab) => {
          const current = values.kind === tab.kind;
          return (
            <li key={tab.kind || "all"}>
              <Link
                href={searchAddressOf(values, { kind: tab.kind })}
                aria-current={current ? "page" : undefined}
                className={`inline-flex items-center gap-1.5 whitespace-nowrap rounded-md px-2.5 py-1.5 ${current ? "bg-accent-700 text-white" : "text-stone-700 hover:bg-stone-100"}`}
              >
                {tab.label} <span className={current ? "text-white/90" : "text-stone-500"}>{format.number(tab.count)}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
