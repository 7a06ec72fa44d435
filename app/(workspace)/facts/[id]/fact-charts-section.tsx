import { ChartView } from "@/app/_components/charts/chart-view";
import { chartClaimsOf, type ComparedClaim } from "@/app/_components/charts/chart-claims";
import type { ChartText } from "@/lib/charts/chart-text";
import { factCharts } from "@/lib/charts/fact-charts";

/**
 * The fact's number line and timeline (lib/charts), drawn on the server, with their data as a
 * table for screen readers. Each row is a link to its claim, reachable by keyboard. Nothing
 * when no claim of the fact has a figure.
 */
export function FactChartsSection({
  claims,
  conflicts,
  words,
}: {
  claims: readonly ComparedClaim[];
  conflicts: ReadonlyArray<{ a: string; b: string }>;
  words: ChartText;
}) {
  const chartClaims = chartClaimsOf(claims);
  if (!chartClaims.some((claim) => claim.quantity)) return null; // nothing to draw: the table says "no figure"
  const charts = factCharts(chartClaims, conflicts, words, "fact-chart");
  return (
    <section aria-labelledby="number-line-heading" className="space-y-3" data-testid="fact-charts">
      <h2 id="number-line-heading" className="font-semibold">
        {words.t("numberLine.title")}
      </h2>
      <div className="fact-chart-scroll rounded-xl border border-stone-200 bg-white p-3" data-testid="number-line">
        <ChartView chart={charts.numberLine} />
      </div>
      <h2 id="timeline-heading" className="font-semibold">
        {words.t("timeline.title")}
      </h2>
      <div className="fact-chart-scroll rounded-xl border border-stone-200 bg-white p-3" data-testid="timeline">
        <ChartView chart={charts.timeline} />
      </div>
      <ChartView chart={charts.table} />
    </section>
  );
}
