/**
 * Benchmark runner: `node --import tsx e2e/bench/run.ts [name...]`.
 *
 * Runs every registered bench (or only those named), prints one table of all checks,
 * writes `.bench/results.json` (checks plus machine facts, for trend tracking) and ends
 * with `N passed, N failed`; the exit code is 1 when any check failed or a bench crashed.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { runAnchoringBench } from "./anchoring";
import { runCaptureQueueBench } from "./capture-queue";
import { runCapturesBench } from "./captures";
import { runChartsBench } from "./charts";
import { runCheckedBeforeBench } from "./checked-before";
import { runConcurrencyBench } from "./concurrency";
import { runExportBench } from "./export";
import { runImportStallBench } from "./import-stall";
import { runReanchorSaveBench } from "./reanchor-save";
import { runSearchBench } from "./search";
import { runReaderRenderBench } from "./reader-render";
import { runSpanishReadingBench } from "./spanish-reading";
import { runSuggestionsLoadBench } from "./suggestions-load";
import { runWorkersBench } from "./workers";
import type { Bench, BenchCheck } from "./bench-check";

const BENCHES: Bench[] = [
  { name: "anchoring", run: runAnchoringBench },
  { name: "reader-render", run: runReaderRenderBench },
  { name: "spanish-reading", run: runSpanishReadingBench },
  { name: "concurrency", run: () => runConcurrencyBench({ engine: "sqlite" }) },
  { name: "concurrency-postgres", run: () => runConcurrencyBench({ engine: "postgres" }) },
  { name: "workers", run: () => runWorkersBench({ engine: "sqlite" }) },
  { name: "workers-postgres", run: () => runWorkersBench({ engine: "postgres" }) },
  { name: "export", run: runExportBench },
  { name: "reanchor-save", run: runReanchorSaveBench },
  { name: "import-stall", run: runImportStallBench },
  { name: "suggestions-load", run: runSuggestionsLoadBench },
  { name: "charts", run: runChartsBench },
  { name: "captures", run: runCapturesBench },
  { name: "capture-queue", run: runCaptureQueueBench },
  { name: "search", run: runSearchBench },
  { name: "checked-before", run: runCheckedBeforeBench },
];

interface Row extends BenchCheck {
  bench: string;
}

function formatValue(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return Math.abs(value) >= 100 ? value.toFixed(0) : value.toFixed(2);
}

async function main(): Promise<number> {
  const wanted = process.argv.slice(2);
  const selected = wanted.length > 0 ? BENCHES.filter((b) => wanted.includes(b.name)) : BENCHES;
  const loadAtStart = loadavg();
  const rows: Row[] = [];
  const crashed: string[] = [];

  for (const bench of selected) {
    try {
      for (const check of await bench.run()) rows.push({ bench: bench.name, ...check });
    } catch (error) {
      crashed.push(bench.name);
      console.error(`[${bench.name}] crashed:`, error);
    }
  }

  console.log("\nResults");
  console.table(
    rows.map((r) => ({
      bench: r.bench,
      check: r.name,
      value: `${formatValue(r.value)} ${r.unit}`,
      target: r.target,
      result: r.passed ? "pass" : "FAIL",
    })),
  );

  mkdirSync(".bench", { recursive: true });
  writeFileSync(
    ".bench/results.json",
    JSON.stringify(
      {
        at: new Date().toISOString(),
        node: process.version,
        cpus: cpus().length,
        loadAverageAtStart: loadAtStart,
        crashed,
        checks: rows,
      },
      null,
      2,
    ) + "\n",
  );

  const passed = rows.filter((r) => r.passed).length;
  const failed = rows.length - passed + crashed.length;
  console.log(`${passed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
