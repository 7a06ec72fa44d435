import Link from "next/link";
import { useTranslations } from "next-intl";
import type { listFactsByInvestigation } from "@/db/queries/facts";
import { UserText } from "@/app/_components/user-text";
import { ChartView } from "@/app/_components/charts/chart-view";
import type { ChartElement } from "@/lib/charts/chart-node";

/** The facts of an investigation, with how many claims each compares, a sparkline of its number line, and whether their figures conflict. */
export function FactList({
  facts,
  sparklines,
}: {
  facts: Awaited<ReturnType<typeof listFactsByInvestigation>>;
  sparklines?: ReadonlyMap<string, ChartElement>;
}) {
  const withConflicts = facts.filter((fact) => fact.conflictCount > 0).length;
  const t = useTranslations("Investigations.facts");
  return (
    <section aria-labelledby="facts-heading" className="space-y-3">
      <h2 id="facts-heading" className="text-lg font-semibold">
        {t("heading")} <span className="font-normal text-stone-500">({facts.length})</span>
      </h2>
      {facts.length === 0 ? (
        <p className="text-sm text-stone-500">{t("none")}</p>
      ) : (
        <>
          <p className="text-sm" data-testid="facts-with-conflicts">
            {t("withConflicts", { withConflicts, count: facts.length })}
          </p>
          <ul aria-label={t("list")} className="divide-y divide-stone-200 overflow-hidden rounded-xl border border-stone-200 bg-white">
            {facts.map((fact) => (
              <li key={fact.id}>
                <Link href={`/facts/${fact.id}`} className="flex flex-wrap items-center justify-between gap-2 px-5 py-3 hover:bg-stone-50">
                  <span className="font-medium">
                    <UserText>{fact.title}</UserText>
                  </span>
                  {sparklines?.has(fact.id) ? <ChartView chart={sparklines.get(fact.id)!} /> : null}
                  <span className="text-sm text-stone-500">
                    {t("claims", { count: fact.claimCount })}
                    {fact.conflictCount > 0 ? (
                      <span className="ml-2 rounded-full bg-red-100 px-2 py-0.5 text-xs font-medium text-red-800">
                        {t("conflicting", { count: fact.conflictCount })}
                      </span>
                    ) : null}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
