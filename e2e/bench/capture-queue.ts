/**
 * C2: 100 captures through the queue, 2 at a time (issue 19). On a production server with
 * `CAPTURE_CONCURRENCY=2`, 100 evidence links to the capture test site's article with 30
 * subresources (`/bench`, each with its own query string, so no two are the same page) are
 * added over the API; the server's capture worker takes them from the queue. Meanwhile a
 * reader reads an investigation 20 times a second over the API (a database read through the
 * full stack), first on the idle server (the floor, same run), then for as long as the
 * captures run. Targets: the reader's p99 meanwhile <= 100 ms; the server process's memory
 * growth <= 300 MB (Chromium's processes are the browser's, reported beside it). The site
 * runs in a process of its own (e2e/capture-site/serve.ts): serving its 3,100 requests on the
 * reader's event loop would be measured as the server's latency.
 */
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { once } from "node:events";
import { createInterface } from "node:readline";
import path from "node:path";
import { performance } from "node:perf_hooks";
import Database from "better-sqlite3";
import type { BenchCheck } from "./bench-check";
import { benchApiToken, memoryOf, percentile, readAtFixedRate, startBenchServer } from "./server";

const port = Number(process.env.BENCH_PORT ?? 3213) + 6;
const captures = 100;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The resident memory of `pid`'s descendants (Chromium's processes), in MB: an upper bound,
 * shared pages counted in each. Read from /proc (parent ids, then VmRSS), without spawning
 * anything: a synchronous `pgrep` per sample held the reader's event loop and was measured as
 * the server's latency.
 */
function descendantsRssMb(pid: number): number {
  const parentOf = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      parentOf.set(Number(entry), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch {
      // ended meanwhile
    }
  }
  const isDescendant = (candidate: number): boolean => {
    for (let parent = parentOf.get(candidate); parent !== undefined && parent > 1; parent = parentOf.get(parent)) if (parent === pid) return true;
    return false;
  };
  let total = 0;
  for (const candidate of parentOf.keys()) {
    if (!isDescendant(candidate)) continue;
    try {
      const own = memoryOf(candidate).rssMb; // NaN for a process that has ended (no VmRSS line)
      total += Number.isFinite(own) ? own : 0;
    } catch {
      // ended meanwhile
    }
  }
  return total;
}

export async function runCaptureQueueBench(): Promise<BenchCheck[]> {
  const child = spawn(process.execPath, ["--import", "tsx", "e2e/capture-site/serve.ts"], { stdio: ["ignore", "pipe", "inherit"] });
  const [line] = (await once(createInterface({ input: child.stdout! }), "line")) as [string];
  const site = JSON.parse(line) as { origin: string; hostPort: string };
  const server = await startBenchServer({
    name: "capture-queue",
    port,
    env: { IMPORT_ALLOW_HOSTS: site.hostPort, CAPTURE_CONCURRENCY: "2" },
  });
  try {
    const token = benchApiToken(server.env, "admin@example.test");
    const headers = { Authorization: `Bearer ${token}`, "Content-Type": "application/json" };
    const api = async (method: string, target: string, body?: unknown) => {
      const response = await fetch(`${server.baseUrl}/api/v1/${target}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
      if (!response.ok) throw new Error(`${method} ${target}: HTTP ${response.status} ${await response.text()}`);
      return (await response.json()) as { id: string; capture?: { id: string } };
    };
    const investigation = await api("POST", "investigations", { title: "Salmon count" });
    const source = await api("POST", `investigations/${investigation.id}/sources`, {
      title: "Wire",
      text: "The river authority counted fewer fish than average.",
    });
    const claim = await api("POST", `sources/${source.id}/claims`, { selector: { exact: "fewer fish than average" } });
    const database = new Database(path.join(String(server.env.DATA_DIR), "corroborate.db"), { readonly: true });
    const statusCounts = () =>
      Object.fromEntries(
        (database.prepare("select status, count(*) as n from captures group by status").all() as Array<{ status: string; n: number }>).map((row) => [
          row.status,
          row.n,
        ]),
      ) as Record<string, number>;
    const finished = () => {
      const counts = statusCounts();
      return (counts.done ?? 0) + (counts.failed ?? 0);
    };
    const untilFinished = async (count: number) => {
      while (finished() < count) await sleep(200);
    };
    const add = (n: number) => api("POST", `claims/${claim.id}/evidence`, { url: `${site.origin}/bench?n=${n}`, stance: "supports" });

    // Warm-up: the routes compiled and the browser launched, so neither is counted.
    await add(-1);
    await untilFinished(1);
    const reader = `${server.baseUrl}/api/v1/investigations/${investigation.id}`;
    const idle = await readAtFixedRate(reader, headers, sleep(5_000));

    const pid = server.serverPid();
    const rssBefore = memoryOf(pid).rssMb;
    let rssPeak = rssBefore;
    let browserPeak = descendantsRssMb(pid);
    let samples = 0;
    const sampler = setInterval(() => {
      rssPeak = Math.max(rssPeak, memoryOf(pid).rssMb);
      if (samples++ % 8 === 0) browserPeak = Math.max(browserPeak, descendantsRssMb(pid));
    }, 250);
    const started = performance.now();
    const run = (async () => {
      for (let n = 0; n < captures; n++) await add(n);
      await untilFinished(captures + 1);
    })();
    const during = await readAtFixedRate(reader, { Authorization: headers.Authorization }, run);
    await run;
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    const counts = statusCounts();
    const mostAttempts = (database.prepare("select max(attempts) as most from captures").get() as { most: number }).most;
    database.close();
    const rssGrowth = rssPeak - rssBefore;
    const p99 = percentile(during, 99);
    console.log(
      `\nCapture queue: ${captures} captures of a page with 30 subresources, ${process.env.CAPTURE_CONCURRENCY ?? 2} at a time, in ${seconds.toFixed(1)} s ` +
        `(${((captures / seconds) * 60).toFixed(0)} a minute; done ${counts.done ?? 0}, failed ${counts.failed ?? 0}, most attempts ${mostAttempts}); ` +
        `reader p99 ${p99.toFixed(0)} ms, max ${Math.max(...during).toFixed(0)} ms over ${during.length} reads (idle p99 ${percentile(idle, 99).toFixed(0)} ms); ` +
        `server RSS ${rssBefore.toFixed(0)} → peak ${rssPeak.toFixed(0)} MB (+${rssGrowth.toFixed(0)}); Chromium's processes peak ${browserPeak.toFixed(0)} MB RSS (shared pages counted in each)`,
    );
    return [
      {
        name: "captures done of 100 (2 at a time)",
        value: (counts.done ?? 0) - 1,
        unit: "",
        target: `= ${captures}`,
        passed: (counts.done ?? 0) - 1 === captures,
      },
      { name: "p99 of other requests during 100 captures", value: p99, unit: "ms", target: "<= 100", passed: p99 <= 100 },
      { name: "server memory growth during 100 captures", value: rssGrowth, unit: "MB", target: "<= 300", passed: rssGrowth <= 300 },
      { name: "captures a minute, 2 at a time", value: (captures / seconds) * 60, unit: "/min", target: "reported", passed: true },
    ];
  } finally {
    server.stop();
    child.kill("SIGTERM");
  }
}
