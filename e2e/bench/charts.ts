/**
 * Charts of a large fact: the number line, timeline, data table and sparkline of one fact with
 * 200 claims, laid out and written as markup in-process (what the fact page and a report do on
 * the server per fact), median of several repetitions after a warm-up. The claims mix hedges
 * (exact, over, nearly, about, up to, ranges), a second unit, undated sources and conflicts,
 * read by the app's own reader and compared by its own `findConflicts`.
 */
import { factCharts, factChartsMarkup, factSparkline } from "../../lib/charts/fact-charts";
import type { ChartClaim } from "../../lib/charts/chart-claim";
import { toMarkup } from "../../lib/charts/chart-node";
import { chartTextOf } from "../../lib/charts/chart-text-of";
import { verdictTones } from "../../lib/checking/verdict-colours";
import { findConflicts, readQuantity } from "../../lib/quantities";
import type { BenchCheck } from "./bench-check";

const CLAIMS = 200;
const REPEATS = 15;
const TARGET_MS = 50;

const phrasings = (n: number) => [
  `${n} people`,
  `over ${n} people`,
  `nearly ${n} people`,
  `roughly ${n} people`,
  `up to ${n} people`,
  `between ${n} and ${n + 40} people`,
  `${n}%`,
];

function claimsOfLargeFact(): ChartClaim[] {
  return Array.from({ length: CLAIMS }, (_, index) => {
    const figure = 150 + ((index * 37) % 200);
    const wording = phrasings(figure)[index % 7]!;
    const day = 1 + (index % 28);
    return {
      id: `claim-${index}`,
      who: `Outlet ${index % 40}`,
      wording: `Officials said ${wording} were flown out on the first day`,
      quantity: readQuantity(wording),
      tone: verdictTones[index % verdictTones.length]!,
      verdict: index % 4 === 0 ? null : "Mostly false",
      publishedAt: index % 9 === 0 ? null : `2025-03-${String(day).padStart(2, "0")}`,
      href: `/sources/s-${index % 40}?claim=claim-${index}`,
    };
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export async function runChartsBench(): Promise<BenchCheck[]> {
  const claims = claimsOfLargeFact();
  const conflicts = findConflicts(claims.flatMap((claim) => (claim.quantity ? [{ id: claim.id, quantity: claim.quantity }] : [])));
  const words = chartTextOf("en");
  const render = () => {
    const markup = factChartsMarkup(factCharts(claims, conflicts, words, "bench"));
    return markup.numberLine.length + markup.timeline.length + markup.table.length + toMarkup(factSparkline(claims, conflicts, words)).length;
  };
  for (let i = 0; i < 3; i += 1) render();
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < REPEATS; i += 1) {
    const start = performance.now();
    bytes = render();
    times.push(performance.now() - start);
  }
  const ms = median(times);
  console.log(
    `[charts] ${CLAIMS} claims, ${conflicts.length} conflicting pairs: number line, timeline, table and sparkline in ${ms.toFixed(1)} ms (median of ${REPEATS}; min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)}), ${bytes} characters of markup`,
  );
  return [{ name: `a fact with ${CLAIMS} claims renders its charts on the server`, value: ms, unit: "ms", target: `<= ${TARGET_MS}`, passed: ms <= TARGET_MS }];
}
