import Link from "next/link";
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
  return (
    <section aria-labelledby="facts-heading" className="space-y-3">
      <h2 id="facts-heading" className="text-lg font-semibold">
        Facts <span className="font-normal text-stone-500">({facts.length})</span>
      </h2>
      {facts.length === 0 ? (
        <p className="text-sm text-stone-500">No facts yet. Open a claim and link it to a fact to compare what the sources say.</p>
      ) : (
        <>
          <p className="text-sm" data-testid="facts-with-conflicts">
            {withConflicts} of {facts.length} {facts.length === 1 ? "fact" : "facts"} {withConflicts === 1 ? "has" : "have"} conflicting figures.
          </p>
          <ul aria-label="Facts" className="divide-y divide-stone-200 overflow-hidden rounded-xl border border-stone-200 bg-white">
            {facts.map((fact) => (
              <li key={fact.id}>
                <Link href={`/facts/${fact.id}`} className="flex flex-wrap items-center justify-between gap-2 px-5 py-3 hover:bg-stone-50">
                  <span className="font-medium">
                    <UserText>{fact.title}</UserText>
                  </span>
                  {sparklines?.has(fact.id) ? <ChartView chart={sparklines.get(fact.id)!} /> : null}
                  <span className="text-sm text-stone-500">
                    {fact.claimCount} {fact.claimCount === 1 ? "claim" : "claims"}
                    {fact.conflictCount > 0 ? (
                      <span className="ml-2 rounded-full bg-red-100 px-2 py-0.5 text-xs font-medium text-red-800">{fact.conflictCount} conflicting</span>
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
