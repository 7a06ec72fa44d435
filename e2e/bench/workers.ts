/**
 * Two server processes against one (`WORKERS=2`, Node's cluster on one port; db/cli/start.mjs),
 * on SQLite (`workers`) or PostgreSQL (`workers-postgres`): the same seeded database served
 * first by one process, then by two, in the same run. Measures create throughput at 50
 * connections and the CPU per create of every server process (and of PostgreSQL), and a
 * reader's p99 (an article's 1,200 claims, 20 a second) idle and while 10 connections create
 * claims. Targets (issue #16): throughput with two ≥ 1.4× one, on this 2-core machine where
 * the load generator (and PostgreSQL) share the cores; readers under write load ≤ 2× idle.
 */
import type { BenchCheck } from "./bench-check";
import { benchPortBase } from "./concurrency";
import { cannon, cannonInChild, failures, printRuns, reviewerRequests, type Run, type Seeded } from "./load";
import { startBenchPostgres, type BenchPostgres } from "./postgres";
import { benchApiToken, startBenchServer, type BenchServer } from "./server";

type Measured = { workers: number; create50: Run; idleP99: number; loadedP99: number; loadFailures: number };

export async function runWorkersBench({ engine = "sqlite" }: { engine?: "sqlite" | "postgres" } = {}): Promise<BenchCheck[]> {
  const port = benchPortBase + 3;
  const name = engine === "postgres" ? "workers-postgres" : "workers";
  let postgres: BenchPostgres | null = null;
  let server: BenchServer | null = null;
  const stop = async () => {
    if (!server) return;
    server.stop();
    await server.exited;
    server = null;
  };
  try {
    postgres = engine === "postgres" ? await startBenchPostgres("bench_workers") : null;
    const env: Record<string, string> = postgres ? { DATABASE_URL: postgres.url } : {};
    const measured: Measured[] = [];
    let requests: ReturnType<typeof reviewerRequests> | null = null;
    let seeded: Seeded | null = null;
    for (const workers of [1, 2]) {
      const started: BenchServer = await startBenchServer({
        name,
        port,
        ...(seeded ? { keepData: true } : { seedScript: "e2e/bench/seed-concurrency.ts" }),
        env: { ...env, WORKERS: String(workers) },
      });
      server = started;
      seeded ??= started.seeded as Seeded;
      requests ??= reviewerRequests(seeded, benchApiToken(started.env, "bench@example.test"));
      const { createRequest, noopGet, reader } = requests;
      const url = started.baseUrl;
      const pids = started.serverPids();
      if (pids.length !== workers) throw new Error(`expected ${workers} server processes, found ${pids.length}`);
      // Warm-up, long enough for every process's JIT (a cold process spends twice the CPU per create).
      await cannon({ url, connections: 8, duration: 3, requests: noopGet });
      await cannon({ url, connections: 10, duration: 10, requests: createRequest });
      const create50: Run = {
        label: `create claim, 50 connections, ${workers} server process${workers > 1 ? "es" : ""}`,
        ...(await cannon({ url, connections: 50, requests: createRequest }, { app: () => pids, database: postgres?.cpuMs })),
      };
      const idle = await cannonInChild(reader(url));
      const [loaded, writes] = await Promise.all([cannonInChild(reader(url)), cannon({ url, connections: 10, duration: 21, requests: createRequest })]);
      measured.push({ workers, create50, idleP99: idle.latency.p99, loadedP99: loaded.latency.p99, loadFailures: failures(loaded) + failures(writes.result) });
      await stop();
    }
    const [one, two] = measured as [Measured, Measured];
    printRuns(`One vs two server processes on ${engine}`, [one.create50, two.create50]);
    for (const m of measured) {
      console.log(`Reader with ${m.workers} process(es): p99 idle ${m.idleP99} ms, while 10 connections create claims ${m.loadedP99} ms.`);
    }
    const throughputRatio = two.create50.result.requests.average / one.create50.result.requests.average;
    const readRatio = two.loadedP99 / Math.max(1, two.idleP99);
    const allFailures = measured.reduce((sum, m) => sum + failures(m.create50.result) + m.loadFailures, 0);
    return [
      { name: "create throughput at 50 conn., 2 processes / 1", value: throughputRatio, unit: "x", target: ">= 1.4", passed: throughputRatio >= 1.4 },
      { name: "create throughput at 50 conn., 1 process", value: one.create50.result.requests.average, unit: "req/s", target: "report", passed: true },
      { name: "create throughput at 50 conn., 2 processes", value: two.create50.result.requests.average, unit: "req/s", target: "report", passed: true },
      { name: "server CPU per create, 1 process", value: one.create50.cpuMsPerRequest!, unit: "ms", target: "report", passed: true },
      { name: "server CPU per create, 2 processes (sum)", value: two.create50.cpuMsPerRequest!, unit: "ms", target: "report", passed: true },
      ...(postgres
        ? [
            { name: "PostgreSQL CPU per create, 1 process", value: one.create50.databaseCpuMsPerRequest!, unit: "ms", target: "report", passed: true },
            { name: "PostgreSQL CPU per create, 2 processes", value: two.create50.databaseCpuMsPerRequest!, unit: "ms", target: "report", passed: true },
          ]
        : []),
      {
        name: "create p99 at 50 conn., 2 processes",
        value: two.create50.result.latency.p99,
        unit: "ms",
        target: "<= 400",
        passed: two.create50.result.latency.p99 <= 400,
      },
      { name: "readers' p99 under write load / idle, 2 processes", value: readRatio, unit: "x", target: "<= 2", passed: readRatio <= 2 },
      { name: "readers' p99 under write load / idle, 1 process", value: one.loadedP99 / Math.max(1, one.idleP99), unit: "x", target: "report", passed: true },
      { name: "errors, timeouts and non-2xx reaching clients", value: allFailures, unit: "", target: "= 0", passed: allFailures === 0 },
    ];
  } finally {
    await stop();
    postgres?.stop();
  }
}
