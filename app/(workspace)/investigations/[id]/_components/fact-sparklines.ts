import { chartClaimsOf, type ComparedClaim } from "@/app/_components/charts/chart-claims";
import type { ChartElement } from "@/lib/charts/chart-node";
import type { ChartText } from "@/lib/charts/chart-text";
import { factSparkline } from "@/lib/charts/fact-charts";

/**
 * The fact list's rows (claim and conflict counts) and each fact's sparkline, from one
 * comparison of every fact (`listFactComparisonsByInvestigation`), so the page compares
 * the figures once for both.
 */
export function factSparklines(
  comparisons: ReadonlyArray<{ id: string; title: string; items: readonly ComparedClaim[]; conflicts: ReadonlyArray<{ a: string; b: string }> }>,
  words: ChartText,
) {
  return {
    facts: comparisons.map((fact) => ({ id: fact.id, title: fact.title, claimCount: fact.items.length, conflictCount: fact.conflicts.length })),
    sparklines: new Map<string, ChartElement>(comparisons.map((fact) => [fact.id, factSparkline(chartClaimsOf(fact.items), fact.conflicts, words)])),
  };
}
