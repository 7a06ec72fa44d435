/**
 * Charts of a large fact: the number line, timeline, data table and sparkline of one fact with
 * 200 claims, laid out and written as markup in-process (what the fact page and a report do on
 * the server per fact), median of several repetitions after a warm-up; the CPU time is gated,
 * the wall time reported. The claims mix hedges (exact, over, nearly, about, up to, ranges), a
 * second unit, undated sources and conflicts, read by the app's own reader and compared by its
 * own `findConflicts`.
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
  // Wall time swells with the machine's load (it is shared); the CPU time this process spends is
  // the server's work, so it is what the target gates. Both are printed.
  const [wall, cpu]: [number[], number[]] = [[], []];
  let characters = 0;
  for (let i = 0; i < REPEATS; i += 1) {
    const [startWall, startCpu] = [performance.now(), process.cpuUsage()];
    characters = render();
    const used = process.cpuUsage(startCpu);
    wall.push(performance.now() - startWall);
    cpu.push((used.user + used.system) / 1000);
  }
  const [cpuMs, wallMs] = [median(cpu), median(wall)];
  console.log(
    `[charts] ${CLAIMS} claims, ${conflicts.length} conflicting pairs: number line, timeline, table and sparkline in ${cpuMs.toFixed(1)} ms of CPU, ${wallMs.toFixed(1)} ms wall (medians of ${REPEATS}; wall ${Math.min(...wall).toFixed(1)}–${Math.max(...wall).toFixed(1)}), ${characters} characters of markup`,
  );
  return [
    {
      name: `a fact with ${CLAIMS} claims renders its charts on the server (CPU)`,
      value: cpuMs,
      unit: "ms",
      target: `<= ${TARGET_MS}`,
      passed: cpuMs <= TARGET_MS,
    },
    { name: `… wall time (reported)`, value: wallMs, unit: "ms", target: "reported", passed: true },
  ];
}
