/**
 * The concurrency benches' load: autocannon runs measured with the CPU of the processes
 * serving them, and the requests reviewers send (create a claim on a word no claim has yet,
 * update a claim with `If-Match`, a JSON POST that stops at `JSON.parse`, a no-op GET, and a
 * reader of an article's 1,200 claims), built from what seed-concurrency.ts printed.
 */
import autocannon, { type Options, type Result } from "autocannon";
import { fork } from "node:child_process";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { cpuMsOf } from "./server";

export const duration = 8;

/** Where the CPU of a run is read: the app server's processes and, on PostgreSQL, the database's. */
export type CpuMeters = { app: () => number[]; database?: () => number };

export type Run = { label: string; result: Result; cpuMsPerRequest: number | null; databaseCpuMsPerRequest: number | null };

const sumCpu = (pids: number[]) => pids.reduce((sum, pid) => sum + cpuMsOf(pid), 0);

export async function cannon(options: Options, meters?: CpuMeters): Promise<Omit<Run, "label">> {
  const pids = meters?.app() ?? [];
  const before = sumCpu(pids);
  const databaseBefore = meters?.database?.() ?? 0;
  const result = await autocannon({ duration, ...options });
  const requests = result.requests.total;
  return {
    result,
    cpuMsPerRequest: pids.length && requests ? (sumCpu(pids) - before) / requests : null,
    databaseCpuMsPerRequest: meters?.database && requests ? (meters.database() - databaseBefore) / requests : null,
  };
}

/** An autocannon run in a child process (see cannon-child.mjs); `options` must be plain data. */
export function cannonInChild(options: Options): Promise<Result> {
  const child = fork(path.resolve("e2e/bench/cannon-child.mjs"), [], { stdio: ["ignore", "ignore", "inherit", "ipc"] });
  child.send(options);
  return new Promise((resolve, reject) => {
    child.once("message", (result) => resolve(result as Result));
    child.once("exit", (code) => (code ? reject(new Error(`reader client exited with ${code}`)) : undefined));
  });
}

export const failures = (result: Result) => result.errors + result.timeouts + result.non2xx;

export type Seeded = { sourceId: string; words: Array<[number, number]>; claimIds: string[]; articleId: string };

/**
 * The requests, for one seeded database. Creates take the seeded words in order across every
 * run and server of a bench (a word claimed twice would be refused as a duplicate).
 */
export function reviewerRequests(seeded: Seeded, token: string) {
  const { sourceId, words, claimIds, articleId } = seeded;
  const headers = { Authorization: `Bearer ${token}`, "Content-Type": "application/json" };
  let nextWord = 0;
  const createRequest: Options["requests"] = [
    {
      method: "POST",
      path: `/api/v1/sources/${sourceId}/claims`,
      headers,
      setupRequest: (request) => {
        const [start, end] = words[nextWord++ % words.length]!;
        return { ...request, body: JSON.stringify({ start, end }) };
      },
    },
  ];
  const versions = new Map<string, number>(claimIds.map((id) => [id, 1]));
  const refusals = new Map<string, number>();
  // Each run updates its own half of the claims, and never a claim whose previous update is
  // still in flight: such a pair is two reviewers racing, which the server rightly refuses
  // with 412, not load. (Requests still in flight when a run ends are applied by the server
  // but never seen by autocannon, hence separate halves.)
  const inFlight = new Set<string>();
  const updateRequest = (pool: string[]): Options["requests"] => {
    let next = 0;
    return [
      {
        method: "PATCH",
        headers,
        setupRequest: (request, context) => {
          let id = pool[next++ % pool.length]!;
          while (inFlight.has(id)) id = pool[next++ % pool.length]!;
          inFlight.add(id);
          (context as { claimId?: string }).claimId = id;
          return {
            ...request,
            path: `/api/v1/claims/${id}`,
            headers: { ...headers, "If-Match": `"v${versions.get(id)}"` },
            body: JSON.stringify({ rationale: `Checked at ${performance.now()}` }),
          };
        },
        onResponse: (status, body, context) => {
          const id = String((context as { claimId?: string }).claimId);
          inFlight.delete(id);
          if (status === 200) versions.set(id, (JSON.parse(body) as { version: number }).version);
          else refusals.set(`${status} ${body.slice(0, 120)}`, (refusals.get(`${status} ${body.slice(0, 120)}`) ?? 0) + 1);
        },
      },
    ];
  };
  const pools = [claimIds.slice(0, claimIds.length / 2), claimIds.slice(claimIds.length / 2)];
  const noopPost: Options["requests"] = [{ method: "POST", path: `/api/v1/sources/${sourceId}/claims`, headers, body: '{"start": 10, "end":' }];
  const noopGet: Options["requests"] = [{ method: "GET", path: "/api/v1/me", headers }];
  // As in performance-anchors C1: one reader at 20 requests a second, for 20 s, from its own process.
  const reader = (url: string): Options => ({
    url,
    connections: 1,
    overallRate: 20,
    duration: 20,
    requests: [{ method: "GET", path: `/api/v1/sources/${articleId}/claims`, headers }],
  });
  return { headers, createRequest, updateRequest, pools, refusals, noopPost, noopGet, reader };
}

export function printRuns(title: string, runs: Run[]) {
  console.log(`\n${title} (autocannon, ${duration} s each):`);
  console.table(
    runs.map(({ label, result, cpuMsPerRequest, databaseCpuMsPerRequest }) => ({
      run: label,
      "req/s": Math.round(result.requests.average),
      "p50 ms": result.latency.p50,
      "p99 ms": result.latency.p99,
      "server CPU ms/req": cpuMsPerRequest?.toFixed(2),
      ...(databaseCpuMsPerRequest !== null ? { "PostgreSQL CPU ms/req": databaseCpuMsPerRequest.toFixed(2) } : {}),
      "errors/timeouts/non-2xx": label.startsWith("framework floor")
        ? `${result.errors}/${result.timeouts}/(${result.non2xx} refused, as meant)`
        : `${result.errors}/${result.timeouts}/${result.non2xx}`,
    })),
  );
}
