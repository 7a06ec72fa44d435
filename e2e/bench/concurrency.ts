/**
 * C1: concurrent reviewers, on SQLite (`concurrency`) or PostgreSQL (`concurrency-postgres`,
 * a throw-away server, e2e/bench/postgres.ts). The claim-create and claim-update API under
 * autocannon on loopback at 10 and 50 connections, beside peers measured in the same run:
 * - the framework floor for a JSON POST on the same server: the create route sent a body
 *   that is not JSON (routing, token check, body read, JSON.parse, JSON answer; no
 *   validation and no database work beyond the token check) — the doc's "no-op route:
 *   request.json() + Response.json", slightly cheaper than it (a parse that fails early);
 * - a no-op GET on the same server (`GET /api/v1/me`: routing + token check), reported too;
 * - SQLite: a bare `node:http` server doing the same SQLite insert (no framework), and a bare
 *   better-sqlite3 insert loop (no HTTP);
 * - PostgreSQL: a bare `pg` client sending the statements one create sends beyond the floor's
 *   (captured from the server's statement log), at 10 connections: what those statements
 *   alone cost a client in CPU. The target: server CPU per create ≤ 1.25 × floor + that.
 * Server CPU per request is read from /proc for the Next server process (and PostgreSQL's
 * processes, reported). Readers: one client reading an article's 1,200 claims at 20 requests
 * a second, idle and while 10 connections create claims. Targets: performance-anchors.md (c),
 * issues #7 and #16.
 */
import Database from "better-sqlite3";
import { fork, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import type { BenchCheck } from "./bench-check";
import { cannon, cannonInChild, failures, printRuns, reviewerRequests, type CpuMeters, type Run, type Seeded } from "./load";
import { replayStatements, startBenchPostgres, statementsBeyond, type BenchPostgres } from "./postgres";
import { benchApiToken, cpuMsOf, startBenchServer } from "./server";

/** BENCH_PORT moves the benches' ports (default 3213: SQLite 3213–3214, PostgreSQL 3215, workers 3216). */
export const benchPortBase = Number(process.env.BENCH_PORT || 3213);

/** The bare peer: node:http + better-sqlite3 inserting a claim-like row per POST, in a child process. */
function startBareServer(file: string, port: number): Promise<ChildProcess> {
  const child = fork(path.resolve("e2e/bench/bare-insert-server.mjs"), [String(port), file], { stdio: ["ignore", "ignore", "inherit", "ipc"] });
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

export async function runConcurrencyBench({ engine = "sqlite" }: { engine?: "sqlite" | "postgres" } = {}): Promise<BenchCheck[]> {
  const onPostgres = engine === "postgres";
  const port = onPostgres ? benchPortBase + 2 : benchPortBase;
  const barePort = benchPortBase + 1;
  let postgres: BenchPostgres | null = null;
  let bare: ChildProcess | null = null;
  let server: Awaited<ReturnType<typeof startBenchServer>> | null = null;
  try {
    postgres = onPostgres ? await startBenchPostgres("bench_concurrency") : null;
    server = await startBenchServer({
      name: onPostgres ? "concurrency-postgres" : "concurrency",
      port,
      seedScript: "e2e/bench/seed-concurrency.ts",
      env: postgres ? { DATABASE_URL: postgres.url } : {},
    });
    const seeded = server.seeded as Seeded;
    bare = onPostgres ? null : await startBareServer(path.join(mkdtempSync(path.join(tmpdir(), "bare-")), "bare.db"), barePort);
    const token = benchApiToken(server.env, "bench@example.test");
    const { headers, createRequest, updateRequest, pools, refusals, noopPost, noopGet, reader } = reviewerRequests(seeded, token);
    const pid = server.serverPid();
    const meters: CpuMeters = { app: () => [pid], database: postgres?.cpuMs };
    const url = server.baseUrl;

    await cannon({ url, connections: 4, duration: 2, requests: noopGet }); // warm-up
    await cannon({ url, connections: 2, duration: 2, requests: createRequest });
    await cannon({ url, connections: 4, duration: 2, requests: noopPost });
    // What the server burns while idle (timers, the pool, the live channel), per second: at a
    // low request rate it weighs on the CPU per request, so it is reported beside it.
    const idleBefore = cpuMsOf(pid);
    await new Promise((resolve) => setTimeout(resolve, 4000));
    const idleCpuMsPerSecond = (cpuMsOf(pid) - idleBefore) / 4;
    const runs: Run[] = [];
    for (const [run, connections] of [10, 50].entries()) {
      runs.push({
        label: `framework floor (POST, body not JSON), ${connections} connections`,
        ...(await cannon({ url, connections, requests: noopPost }, meters)),
      });
      runs.push({ label: `no-op route (GET /me), ${connections} connections`, ...(await cannon({ url, connections, requests: noopGet }, meters)) });
      runs.push({ label: `create claim, ${connections} connections`, ...(await cannon({ url, connections, requests: createRequest }, meters)) });
      runs.push({
        label: `update claim (If-Match), ${connections} connections`,
        ...(await cannon({ url, connections, requests: updateRequest(pools[run]!) }, meters)),
      });
      if (bare) {
        runs.push({
          label: `bare node:http insert, ${connections} connections`,
          ...(await cannon({ url: `http://127.0.0.1:${barePort}`, connections, method: "POST", body: "{}" }, { app: () => [bare!.pid!] })),
        });
      }
    }
    const idleRead = { result: await cannonInChild(reader(url)) };
    const [readUnderLoad] = await Promise.all([
      cannonInChild(reader(url)).then((result) => ({ result })),
      cannon({ url, connections: 10, duration: 21, requests: createRequest }),
    ]);
    // The same reader beside the same number of no-op GETs: how much of the slow-down is the
    // one event loop being busy rather than writing (WAL lets readers read beside the writer).
    const [readUnderNoops] = await Promise.all([
      cannonInChild(reader(url)).then((result) => ({ result })),
      cannon({ url, connections: 10, duration: 21, requests: noopGet }),
    ]);

    // PostgreSQL's peer: the statements a create sends beyond the floor's, from a bare pg client.
    let statementsPeer: Awaited<ReturnType<typeof replayStatements>> | null = null;
    if (postgres) {
      const floorStatements = await postgres.capture(async () => {
        await fetch(`${url}${noopPost[0]!.path}`, { method: "POST", headers, body: String(noopPost[0]!.body) });
      });
      let claimId = "";
      const [start, end] = seeded.words.at(-1)!;
      const createStatements = await postgres.capture(async () => {
        const response = await fetch(`${url}/api/v1/sources/${seeded.sourceId}/claims`, { method: "POST", headers, body: JSON.stringify({ start, end }) });
        claimId = ((await response.json()) as { id: string }).id;
      });
      const beyond = statementsBeyond(createStatements, floorStatements);
      console.log(
        `\nA create sends ${createStatements.length} statements, the floor ${floorStatements.length}; the bare pg client sends these ${beyond.length}:`,
      );
      for (const statement of beyond) console.log(`  ${statement.name ?? "-"}: ${statement.text.slice(0, 150)}`);
      console.log("The floor's (the token check):");
      for (const statement of floorStatements) console.log(`  ${statement.name ?? "-"}: ${statement.text.slice(0, 150)}`);
      statementsPeer = await replayStatements({
        url: postgres.url,
        statements: beyond,
        fresh: [claimId],
        connections: 10,
        durationMs: 8000,
        serverCpuMs: postgres.cpuMs,
      });
      console.log(
        `Bare pg client: ${Math.round(statementsPeer.sequences / 8)} creates' statements a second at 10 connections; client CPU ${statementsPeer.clientCpuMsPerSequence.toFixed(2)} ms and PostgreSQL CPU ${statementsPeer.serverCpuMsPerSequence.toFixed(2)} ms per create.`,
      );
    }
    const loopMs = bare ? bareInsertLoop(5000) : null;

    printRuns(`Concurrent reviewers on ${engine}`, runs);
    console.log(`Server CPU while idle: ${idleCpuMsPerSecond.toFixed(1)} ms a second.`);
    if (refusals.size) console.log("Update refusals:", Object.fromEntries(refusals));
    console.log(
      `Reader (GET an article's 1,200 claims, 20 a second): p50/p99 idle ${idleRead.result.latency.p50}/${idleRead.result.latency.p99} ms, while 10 connections create claims ${readUnderLoad.result.latency.p50}/${readUnderLoad.result.latency.p99} ms, beside 10 connections of no-op GETs ${readUnderNoops.result.latency.p50}/${readUnderNoops.result.latency.p99} ms.` +
        (loopMs !== null ? ` Bare better-sqlite3 insert loop: ${(loopMs * 1000).toFixed(0)} µs per insert.` : ""),
    );

    const at = (label: string) => runs.find((run) => run.label.startsWith(label))!;
    const floor10 = at("framework floor (POST, body not JSON), 10");
    const noop10 = at("no-op route (GET /me), 10");
    const create10 = at("create claim, 10");
    const create50 = at("create claim, 50");
    const update10 = at("update claim (If-Match), 10");
    const update50 = at("update claim (If-Match), 50");
    const allFailures = [create10, create50, update10, update50].reduce((sum, run) => sum + failures(run.result), 0) + failures(readUnderLoad.result);
    const readRatio = readUnderLoad.result.latency.p99 / Math.max(1, idleRead.result.latency.p99);
    const cpuChecks: BenchCheck[] = [];
    if (statementsPeer) {
      // create ≤ 1.25 × floor + statements  ⇔  (create − statements) / floor ≤ 1.25
      const beyondStatements = (create10.cpuMsPerRequest! - statementsPeer.clientCpuMsPerSequence) / floor10.cpuMsPerRequest!;
      cpuChecks.push(
        {
          name: "server CPU per create, less the bare pg client's, / framework floor (10 conn.)",
          value: beyondStatements,
          unit: "x",
          target: "<= 1.25",
          passed: beyondStatements <= 1.25,
        },
        {
          name: "server CPU per create / (framework floor + bare pg client) (10 conn.)",
          value: create10.cpuMsPerRequest! / (floor10.cpuMsPerRequest! + statementsPeer.clientCpuMsPerSequence),
          unit: "x",
          target: "report",
          passed: true,
        },
        {
          name: "server CPU per create, less the bare pg client's, / framework floor (50 conn.)",
          value: (create50.cpuMsPerRequest! - statementsPeer.clientCpuMsPerSequence) / at("framework floor (POST, body not JSON), 50").cpuMsPerRequest!,
          unit: "x",
          target: "report",
          passed: true,
        },
        { name: "server CPU per create (10 conn.)", value: create10.cpuMsPerRequest!, unit: "ms", target: "report", passed: true },
        { name: "framework floor CPU per request (10 conn.)", value: floor10.cpuMsPerRequest!, unit: "ms", target: "report", passed: true },
        { name: "bare pg client CPU per create's statements", value: statementsPeer.clientCpuMsPerSequence, unit: "ms", target: "report", passed: true },
        { name: "PostgreSQL CPU per create (10 conn.)", value: create10.databaseCpuMsPerRequest!, unit: "ms", target: "report", passed: true },
        { name: "create throughput, 50 connections", value: create50.result.requests.average, unit: "req/s", target: "report", passed: true },
      );
    } else {
      const cpuRatio = create10.cpuMsPerRequest! / floor10.cpuMsPerRequest!;
      cpuChecks.push(
        { name: "server CPU per create / framework floor (10 conn.)", value: cpuRatio, unit: "x", target: "<= 1.25", passed: cpuRatio <= 1.25 },
        {
          name: "server CPU per create / framework floor (50 conn.)",
          value: create50.cpuMsPerRequest! / at("framework floor (POST, body not JSON), 50").cpuMsPerRequest!,
          unit: "x",
          target: "report",
          passed: true,
        },
      );
    }
    return [
      ...cpuChecks,
      { name: "server CPU while idle", value: idleCpuMsPerSecond, unit: "ms/s", target: "report", passed: true },
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
      {
        name: "readers' p99 under write load / idle",
        value: readRatio,
        unit: "x",
        target: onPostgres ? "report" : "<= 2",
        passed: onPostgres || readRatio <= 2,
      },
      {
        name: "readers' p99 beside no-op GETs / idle (peer)",
        value: readUnderNoops.result.latency.p99 / Math.max(1, idleRead.result.latency.p99),
        unit: "x",
        target: "report",
        passed: true,
      },
      ...(bare
        ? [
            {
              name: "create throughput / bare node:http insert (10 conn.)",
              value: create10.result.requests.average / at("bare node:http insert, 10").result.requests.average,
              unit: "x",
              target: "report",
              passed: true,
            },
          ]
        : []),
    ];
  } finally {
    bare?.kill();
    if (server) {
      server.stop();
      await server.exited;
    }
    postgres?.stop();
  }
}
