/**
 * C1: concurrent reviewers. The claim-create and claim-update API under autocannon on
 * loopback at 10 and 50 connections, beside peers measured in the same run:
 * - the framework floor for a JSON POST on the same server: the create route sent a body
 *   that is not JSON (routing, token check, body read, JSON.parse, JSON answer; no
 *   validation and no database work) — the doc's "no-op route: request.json() +
 *   Response.json", slightly cheaper than it (a parse that fails early);
 * - a no-op GET on the same server (`GET /api/v1/me`: routing + token check), reported too;
 * - a bare `node:http` server doing the same SQLite insert (no framework),
 * - a bare better-sqlite3 insert loop (no HTTP).
 * Server CPU per request is read from /proc for the Next server process. Readers: one client
 * reading an article's 1,200 claims at 20 requests a second, idle and while 10 connections
 * create claims. Targets: performance-anchors.md (c) / issue #7.
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

/** An autocannon run in a child process (see cannon-child.mjs); `options` must be plain data. */
function cannonInChild(options: Options): Promise<Result> {
  const child = fork(path.resolve("e2e/bench/cannon-child.mjs"), [], { stdio: ["ignore", "ignore", "inherit", "ipc"] });
  child.send(options);
  return new Promise((resolve, reject) => {
    child.once("message", (result) => resolve(result as Result));
    child.once("exit", (code) => (code ? reject(new Error(`reader client exited with ${code}`)) : undefined));
  });
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
  const { sourceId, words, claimIds, articleId } = server.seeded as { sourceId: string; words: Array<[number, number]>; claimIds: string[]; articleId: string };
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
    // As in performance-anchors C1: one reader at 20 requests a second, for 20 s, from its own process.
    const reader: Options = {
      url,
      connections: 1,
      overallRate: 20,
      duration: 20,
      requests: [{ method: "GET", path: `/api/v1/sources/${articleId}/claims`, headers }],
    };

    await cannon({ url, connections: 4, duration: 2, requests: [{ method: "GET", path: "/api/v1/me", headers }] }); // warm-up
    await cannon({ url, connections: 2, duration: 2, requests: createRequest });
    const runs: Run[] = [];
    for (const [run, connections] of [10, 50].entries()) {
      runs.push({
        label: `framework floor (POST, body not JSON), ${connections} connections`,
        ...(await cannon({ url, connections, requests: noopPost }, pid)),
      });
      runs.push({
        label: `no-op route (GET /me), ${connections} connections`,
        ...(await cannon({ url, connections, requests: [{ method: "GET", path: "/api/v1/me", headers }] }, pid)),
      });
      runs.push({ label: `create claim, ${connections} connections`, ...(await cannon({ url, connections, requests: createRequest }, pid)) });
      runs.push({
        label: `update claim (If-Match), ${connections} connections`,
        ...(await cannon({ url, connections, requests: updateRequest(pools[run]!) }, pid)),
      });
      runs.push({
        label: `bare node:http insert, ${connections} connections`,
        ...(await cannon({ url: `http://127.0.0.1:${barePort}`, connections, method: "POST", body: "{}" }, bare.pid)),
      });
    }
    const idleRead = { result: await cannonInChild(reader) };
    const [readUnderLoad] = await Promise.all([
      cannonInChild(reader).then((result) => ({ result })),
      cannon({ url, connections: 10, duration: 21, requests: createRequest }),
    ]);
    // The same reader beside the same number of no-op GETs: how much of the slow-down is the
    // one event loop being busy rather than writing (WAL lets readers read beside the writer).
    const [readUnderNoops] = await Promise.all([
      cannonInChild(reader).then((result) => ({ result })),
      cannon({ url, connections: 10, duration: 21, requests: [{ method: "GET", path: "/api/v1/me", headers }] }),
    ]);
    const loopMs = bareInsertLoop(5000);

    console.log("\nConcurrent reviewers (autocannon, " + duration + " s each):");
    console.table(
      runs.map(({ label, result, cpuMsPerRequest }) => ({
        run: label,
        "req/s": Math.round(result.requests.average),
        "p50 ms": result.latency.p50,
        "p99 ms": result.latency.p99,
        "server CPU ms/req": cpuMsPerRequest?.toFixed(2),
        "errors/timeouts/non-2xx": label.startsWith("framework floor")
          ? `${result.errors}/${result.timeouts}/(${result.non2xx} refused, as meant)`
          : `${result.errors}/${result.timeouts}/${result.non2xx}`,
      })),
    );
    if (refusals.size) console.log("Update refusals:", Object.fromEntries(refusals));
    console.log(
      `Reader (GET an article's 1,200 claims, 20 a second): p50/p99 idle ${idleRead.result.latency.p50}/${idleRead.result.latency.p99} ms, while 10 connections create claims ${readUnderLoad.result.latency.p50}/${readUnderLoad.result.latency.p99} ms, beside 10 connections of no-op GETs ${readUnderNoops.result.latency.p50}/${readUnderNoops.result.latency.p99} ms. Bare better-sqlite3 insert loop: ${(loopMs * 1000).toFixed(0)} µs per insert.`,
    );

    const at = (label: string) => runs.find((run) => run.label.startsWith(label))!;
    const floor10 = at("framework floor (POST, body not JSON), 10");
    const noop10 = at("no-op route (GET /me), 10");
    const create10 = at("create claim, 10");
    const create50 = at("create claim, 50");
    const update10 = at("update claim (If-Match), 10");
    const update50 = at("update claim (If-Match), 50");
    const cpuRatio = create10.cpuMsPerRequest! / floor10.cpuMsPerRequest!;
    const allFailures = [create10, create50, update10, update50].reduce((sum, run) => sum + failures(run.result), 0) + failures(readUnderLoad.result);
    const readRatio = readUnderLoad.result.latency.p99 / Math.max(1, idleRead.result.latency.p99);
    return [
      { name: "server CPU per create / framework floor (10 conn.)", value: cpuRatio, unit: "x", target: "<= 1.25", passed: cpuRatio <= 1.25 },
      {
        name: "server CPU per create / GET no-op route (10 conn.)",
        value: create10.cpuMsPerRequest! / noop10.cpuMsPerRequest!,
        unit: "x",
        target: "report",
        passed: true,
      },
      { name: "create p99, 10 connections", value: create10.result.latency.p99, unit: "ms", target: "<= 150", passed: create10.result.latency.p99 <= 150 },
      { name: "create p99, 50 connections", value: create50.result.latency.p99, unit: "ms", target: "<= 400", passed: create50.result.latency.p99 <= 400 },
      { name: "update p99, 10 connections", value: update10.result.latency.p99, unit: "ms", target: "<= 150", passed: update10.result.latency.p99 <= 150 },
      { name: "update p99, 50 connections", value: update50.result.latency.p99, unit: "ms", target: "<= 400", passed: update50.result.latency.p99 <= 400 },
      { name: "errors, timeouts and non-2xx reaching clients", value: allFailures, unit: "", target: "= 0", passed: allFailures === 0 },
      { name: "readers' p99 under write load / idle", value: readRatio, unit: "x", target: "<= 2", passed: readRatio <= 2 },
      {
        name: "readers' p99 beside no-op GETs / idle (peer)",
        value: readUnderNoops.result.latency.p99 / Math.max(1, idleRead.result.latency.p99),
        unit: "x",
        target: "report",
        passed: true,
      },
      {
        name: "create throughput / bare node:http insert (10 conn.)",
        value: create10.result.requests.average / at("bare node:http insert, 10").result.requests.average,
        unit: "x",
        target: "report",
        passed: true,
      },
    ];
  } finally {
    bare.kill();
    server.stop();
  }
}
