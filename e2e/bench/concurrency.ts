/**
 * C1: concurrent reviewers. The claim-create and claim-update API under autocannon on
 * loopback at 10 and 50 connections, beside peers measured in the same run:
 * - a no-op route on the same server (`GET /api/v1/me`: routing + token check, no write),
 * - a bare `node:http` server doing the same SQLite insert (no framework),
 * - a bare better-sqlite3 insert loop (no HTTP).
 * Server CPU per request is read from /proc for the Next server process. Readers' latency
 * is measured idle and while writers run. Targets: performance-anchors.md / issue #7.
 */
import autocannon, { type Options, type Result } from "autocannon";
import Database from "better-sqlite3";
import { fork, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import type { BenchCheck } from "./bench-check";
import { benchApiToken, cpuMsOf, startBenchServer } from "./server";

const port = 3213;
const barePort = 3214;
const duration = 8;

type Run = { label: string; result: Result; cpuMsPerRequest: number | null };

async function cannon(options: Options, pid?: number): Promise<{ result: Result; cpuMsPerRequest: number | null }> {
  const before = pid ? cpuMsOf(pid) : 0;
  const result = await autocannon({ duration, ...options });
  const requests = result.requests.total;
  return { result, cpuMsPerRequest: pid && requests ? (cpuMsOf(pid) - before) / requests : null };
}

const failures = (result: Result) => result.errors + result.timeouts + result.non2xx;

/** The bare peer: node:http + better-sqlite3 inserting a claim-like row per POST, in a child process. */
function startBareServer(file: string): Promise<ChildProcess> {
  const child = fork(path.resolve("e2e/bench/bare-insert-server.mjs"), [String(barePort), file], { stdio: ["ignore", "ignore", "inherit", "ipc"] });
  return new Promise((resolve) => child.once("message", () => resolve(child)));
}

function bareInsertLoop(rows: number): number {
  const database = new Database(path.join(mkdtempSync(path.join(tmpdir(), "loop-")), "loop.db"));
  database.pragma("journal_mode = WAL");
  database.pragma("synchronous = NORMAL");
  database.exec("create table claims (id text primary key, source_id text, exact text, start integer, end integer, created_at text)");
  const insert = database.prepare("insert into claims values (?, ?, ?, ?, ?, ?)");
  const started = performance.now();
  for (let i = 0; i < rows; i++) database.transaction(() => insert.run(crypto.randomUUID(), "s", "over 200 deportees", i, i + 18, new Date().toISOString()))();
  const perInsert = (performance.now() - started) / rows;
  database.close();
  return perInsert;
}

export async function runConcurrencyBench(): Promise<BenchCheck[]> {
  const server = await startBenchServer({ name: "concurrency", port, seedScript: "e2e/bench/seed-concurrency.ts" });
  const { sourceId, words, claimIds } = server.seeded as { sourceId: string; words: Array<[number, number]>; claimIds: string[] };
  const bare = await startBareServer(path.join(mkdtempSync(path.join(tmpdir(), "bare-")), "bare.db"));
  try {
    const token = benchApiToken(server.env, "bench@example.test");
    const headers = { Authorization: `Bearer ${token}`, "Content-Type": "application/json" };
    const pid = server.serverPid();
    const url = server.baseUrl;
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
            return { ...request, path: `/api/v1/claims/${id}`, headers: { ...headers, "If-Match": `"v${versions.get(id)}"` }, body: JSON.stringify({ rationale: `Checked at ${performance.now()}` }) };
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
    const readRequest: Options["requests"] = [{ method: "GET", path: `/api/v1/claims/${claimIds[0]}`, headers }];

    await cannon({ url, connections: 4, duration: 2, requests: [{ method: "GET", path: "/api/v1/me", headers }] }); // warm-up
    await cannon({ url, connections: 2, duration: 2, requests: createRequest });
    const runs: Run[] = [];
    for (const [run, connections] of [10, 50].entries()) {
      runs.push({ label: `no-op route (GET /me), ${connections} connections`, ...(await cannon({ url, connections, requests: [{ method: "GET", path: "/api/v1/me", headers }] }, pid)) });
      runs.push({ label: `create claim, ${connections} connections`, ...(await cannon({ url, connections, requests: createRequest }, pid)) });
      runs.push({ label: `update claim (If-Match), ${connections} connections`, ...(await cannon({ url, connections, requests: updateRequest(pools[run]!) }, pid)) });
      runs.push({ label: `bare node:http insert, ${connections} connections`, ...(await cannon({ url: `http://127.0.0.1:${barePort}`, connections, method: "POST", body: "{}" }, bare.pid)) });
    }
    const idleRead = await cannon({ url, connections: 5, requests: readRequest });
    const [readUnderLoad] = await Promise.all([cannon({ url, connections: 5, requests: readRequest }), cannon({ url, connections: 10, requests: createRequest })]);
    const loopMs = bareInsertLoop(5000);

    console.log("\nConcurrent reviewers (autocannon, " + duration + " s each):");
    console.table(
      runs.map(({ label, result, cpuMsPerRequest }) => ({
        run: label,
        "req/s": Math.round(result.requests.average),
        "p50 ms": result.latency.p50,
        "p99 ms": result.latency.p99,
        "server CPU ms/req": cpuMsPerRequest?.toFixed(2),
        "errors/timeouts/non-2xx": `${result.errors}/${result.timeouts}/${result.non2xx}`,
      })),
    );
    if (refusals.size) console.log("Update refusals:", Object.fromEntries(refusals));
    console.log(`Readers (GET /claims/{id}, 5 connections): p99 idle ${idleRead.result.latency.p99} ms, under 10 writers ${readUnderLoad.result.latency.p99} ms. Bare better-sqlite3 insert loop: ${(loopMs * 1000).toFixed(0)} µs per insert.`);

    const at = (label: string) => runs.find((run) => run.label.startsWith(label))!;
    const noop10 = at("no-op route (GET /me), 10");
    const create10 = at("create claim, 10");
    const create50 = at("create claim, 50");
    const update10 = at("update claim (If-Match), 10");
    const update50 = at("update claim (If-Match), 50");
    const cpuRatio = create10.cpuMsPerRequest! / noop10.cpuMsPerRequest!;
    const allFailures = [create10, create50, update10, update50].reduce((sum, run) => sum + failures(run.result), 0) + failures(readUnderLoad.result);
    const readRatio = readUnderLoad.result.latency.p99 / Math.max(1, idleRead.result.latency.p99);
    return [
      { name: "server CPU per create / no-op route (10 conn.)", value: cpuRatio, unit: "x", target: "<= 1.25", passed: cpuRatio <= 1.25 },
      { name: "create p99, 10 connections", value: create10.result.latency.p99, unit: "ms", target: "<= 150", passed: create10.result.latency.p99 <= 150 },
      { name: "create p99, 50 connections", value: create50.result.latency.p99, unit: "ms", target: "<= 400", passed: create50.result.latency.p99 <= 400 },
      { name: "update p99, 10 connections", value: update10.result.latency.p99, unit: "ms", target: "<= 150", passed: update10.result.latency.p99 <= 150 },
      { name: "update p99, 50 connections", value: update50.result.latency.p99, unit: "ms", target: "<= 400", passed: update50.result.latency.p99 <= 400 },
      { name: "errors, timeouts and non-2xx reaching clients", value: allFailures, unit: "", target: "= 0", passed: allFailures === 0 },
      { name: "readers' p99 under write load / idle", value: readRatio, unit: "x", target: "<= 2", passed: readRatio <= 2 },
      { name: "create throughput / bare node:http insert (10 conn.)", value: create10.result.requests.average / at("bare node:http insert, 10").result.requests.average, unit: "x", target: "report", passed: true },
    ];
  } finally {
    bare.kill();
    server.stop();
  }
}
