/**
 * Crash drill (plan T56, Appendix H): `npm start` on its own DATA_DIR, writers sending
 * creates and verdict changes through the API, every acknowledged (2xx) write appended to
 * ack.jsonl and fsync'd before the next request; a SIGKILL of the server process at a
 * random moment 50–500 ms after the first acknowledgement (so writes are in flight); then a separate read-only connection checks integrity,
 * foreign keys and that every acknowledged write (of this and all earlier cycles) is in the
 * database, and the server is started again. Writes that were sent but not acknowledged
 * may or may not have committed: they are counted, not failed. On PostgreSQL (`engine`) the
 * drill starts a database server of its own and checks the acknowledged writes through it; the
 * SQLite file checks (integrity, foreign keys, -wal size) are SQLite's only.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { checkDatabaseFile, type DatabaseCheck } from "@/db/backup";
import { openDatabaseFile } from "@/db/client";
import { ApiClient, type ApiRequest } from "./api-client";
import { drillFolder, mustBeZero, mustHold, seededRandom, sleep, type DrillResult } from "./drill";
import { engineEnvironment, sqliteEngine, type DrillEngine } from "./engine";
import { startPostgres } from "../setup/postgres-server.mjs";
import { crashServer, spawnServer, stopServer, waitUntilReady, type ServerProcess } from "./server-process";
import type { Seeded } from "./lost-updates";
import { percentile } from "../bench/server";
import { typescriptCli } from "../../db/cli/typescript-cli.mjs";

type Kind = "comment" | "evidence" | "verdict" | "investigation" | "source";
const kinds: Kind[] = ["comment", "evidence", "verdict", "investigation", "source"];
type Ack = { cycle: number; kind: Kind; id: string; marker: string };
const readyBudgetMs = 20_000;

/** Appends one acknowledged write to ack.jsonl and waits until it is on disk. */
function recordAck(fd: number, ack: Ack) {
  fs.writeSync(fd, `${JSON.stringify(ack)}\n`);
  fs.fsyncSync(fd);
}

/** One writer: sends writes one after another until the server is gone. */
async function writeUntilGone({
  client,
  writer,
  cycle,
  seeded,
  ackFd,
  sent,
  onAck,
}: {
  client: ApiClient;
  writer: number;
  cycle: number;
  seeded: Seeded;
  ackFd: number;
  sent: Array<{ kind: Kind; marker: string }>;
  onAck: () => void;
}) {
  const claimId = seeded.claimIds[writer]!;
  for (let n = 0; ; n++) {
    const kind = kinds[(n + writer) % kinds.length]!;
    const marker = `c${cycle}-w${writer}-${n}`;
    try {
      let request: ApiRequest;
      if (kind === "verdict") {
        const read = await client.send({ method: "GET", path: `/api/v1/claims/${claimId}` }, "GET claim");
        request = { method: "PATCH", path: `/api/v1/claims/${claimId}`, ifMatch: read.etag ?? undefined, body: { rationale: `Crash rationale ${marker}` } };
      } else if (kind === "comment") request = { method: "POST", path: `/api/v1/claims/${claimId}/comments`, body: { body: `Crash comment ${marker}` } };
      else if (kind === "evidence")
        request = { method: "POST", path: `/api/v1/claims/${claimId}/evidence`, body: { outlet: `Crash evidence ${marker}`, stance: "supports" } };
      else if (kind === "investigation") request = { method: "POST", path: "/api/v1/investigations", body: { title: `Crash investigation ${marker}` } };
      else
        request = {
          method: "POST",
          path: `/api/v1/investigations/${seeded.investigationId}/sources`,
          body: { title: `Crash source ${marker}`, text: `Crash source ${marker}: officials said 40 people were moved.` },
        };
      sent.push({ kind, marker });
      const answer = await client.send(request, `${request.method} ${kind}`);
      if (answer.status >= 200 && answer.status < 300) {
        recordAck(ackFd, { cycle, kind, id: kind === "verdict" ? claimId : answer.body.id, marker });
        onAck();
      }
    } catch {
      return; // the server is gone
    }
  }
}

type Lookup = Record<Kind, (marker: string) => string[] | Promise<string[]>>;

/** Reads ack.jsonl back from disk and checks it against the database with a connection of its own (read-only on SQLite). */
async function verifyAgainstAcks(engine: DrillEngine, databaseFile: string, ackFile: string, sent: Array<{ kind: Kind; marker: string }>) {
  const acks = fs
    .readFileSync(ackFile, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Ack);
  const compare = async (byMarker: Lookup) => {
    const lost: Ack[] = [];
    for (const ack of acks) if (!(await byMarker[ack.kind](ack.marker)).includes(ack.id)) lost.push(ack);
    const acked = new Set(acks.map((ack) => ack.marker));
    let committedUnacknowledged = 0;
    for (const write of sent) if (!acked.has(write.marker) && (await byMarker[write.kind](write.marker)).length > 0) committedUnacknowledged++;
    return { acks: acks.length, lost, committedUnacknowledged };
  };
  if (engine.kind === "postgres") {
    const client = new pg.Client({ connectionString: engine.url });
    await client.connect();
    const ids = async (query: string, value: string) => (await client.query<{ id: string }>(query, [value])).rows.map((row) => row.id);
    try {
      const result = await compare({
        comment: (marker) => ids("select id from comments where body = $1", `Crash comment ${marker}`),
        evidence: (marker) => ids("select id from evidence where outlet = $1", `Crash evidence ${marker}`),
        investigation: (marker) => ids("select id from investigations where title = $1", `Crash investigation ${marker}`),
        source: (marker) => ids("select s.id from sources s join source_versions v on v.source_id = s.id where s.title = $1", `Crash source ${marker}`),
        verdict: (marker) =>
          ids("select subject_id as id from events where action = 'claim.rationale-changed' and data -> 'rationale' ->> 1 = $1", `Crash rationale ${marker}`),
      });
      return { ...result, check: null };
    } finally {
      await client.end();
    }
  }
  const check: DatabaseCheck | null = checkDatabaseFile(databaseFile);
  const sqlite = openDatabaseFile(databaseFile, { readonly: true });
  try {
    const byMarker: Lookup = {
      comment: (marker) => sqlite.prepare("SELECT id FROM comments WHERE body = ?").pluck().all(`Crash comment ${marker}`) as string[],
      evidence: (marker) => sqlite.prepare("SELECT id FROM evidence WHERE outlet = ?").pluck().all(`Crash evidence ${marker}`) as string[],
      investigation: (marker) => sqlite.prepare("SELECT id FROM investigations WHERE title = ?").pluck().all(`Crash investigation ${marker}`) as string[],
      source: (marker) =>
        sqlite
          .prepare("SELECT s.id FROM sources s JOIN source_versions v ON v.source_id = s.id WHERE s.title = ?")
          .pluck()
          .all(`Crash source ${marker}`) as string[],
      verdict: (marker) =>
        sqlite
          .prepare("SELECT subject_id FROM events WHERE action = 'claim.rationale-changed' AND json_extract(data, '$.rationale[1]') = ?")
          .pluck()
          .all(`Crash rationale ${marker}`) as string[],
    };
    return { ...(await compare(byMarker)), check };
  } finally {
    sqlite.close();
  }
}

export async function runCrashDrill({
  cycles,
  port,
  writers = 4,
  seed = 11,
  engine: engineKind = "sqlite",
}: {
  cycles: number;
  port: number;
  engine?: DrillEngine["kind"];
  writers?: number;
  seed?: number;
}): Promise<DrillResult> {
  const folder = drillFolder(engineKind === "sqlite" ? "crash" : "crash-postgres");
  fs.rmSync(folder, { recursive: true, force: true });
  fs.mkdirSync(folder, { recursive: true });
  const database = engineKind === "postgres" ? await startPostgres({ database: "drill" }) : null;
  const engine: DrillEngine = database ? { kind: "postgres", url: database.url } : sqliteEngine;
  try {
    return await crashCycles({ cycles, port, writers, seed, engine, folder });
  } finally {
    database?.stop({ mode: "immediate" });
  }
}

async function crashCycles({
  cycles,
  port,
  writers,
  seed,
  engine,
  folder,
}: {
  cycles: number;
  port: number;
  writers: number;
  seed: number;
  engine: DrillEngine;
  folder: string;
}): Promise<DrillResult> {
  const dataDir = path.join(folder, "data");
  const databaseFile = path.join(dataDir, "corroborate.db");
  const ackFile = path.join(folder, "ack.jsonl");
  const logFile = path.join(folder, "server.log");
  const seedOutput = execFileSync(
    process.execPath,
    [...typescriptCli, "e2e/drills/seed.ts", "--reviewers", "1", "--shared-claims", String(writers), "--lines", "1"],
    { env: { ...process.env, ...engineEnvironment(engine), DATA_DIR: dataDir, SECURITY_LOG: path.join(folder, "security.log") }, encoding: "utf8" },
  );
  const seeded = JSON.parse(seedOutput.trim().split("\n").at(-1)!) as Seeded;
  const random = seededRandom(seed);
  const ackFd = fs.openSync(ackFile, "a");
  const sent: Array<{ kind: Kind; marker: string }> = [];
  const readyMs: number[] = [];
  const tally = { lostAcknowledged: 0, integrityFailures: 0, foreignKeyViolations: 0, orphans: 0, portBusy: 0, maxWalBytes: 0 };
  let server: ServerProcess | undefined;
  let client = new ApiClient(`http://localhost:${port}`, seeded.accounts[0]!.token);
  const isReady = async () =>
    (await fetch(`${client.baseUrl}/api/v1/claims/${seeded.claimIds[0]}`, { headers: { Authorization: `Bearer ${client.token}` } })).status === 200;
  let last: Awaited<ReturnType<typeof verifyAgainstAcks>> | undefined;
  try {
    for (let cycle = 0; cycle < cycles; cycle++) {
      server = spawnServer({ dataDir, port, logFile, engine });
      // The first start may have to build the app first (start.mjs builds when sources changed).
      readyMs.push(await waitUntilReady(server, isReady, cycle === 0 ? 600_000 : 120_000));
      client = new ApiClient(server.baseUrl, client.token);
      let firstAck: () => void = () => {};
      const acknowledged = new Promise<void>((resolve) => (firstAck = resolve));
      const writing = Array.from({ length: writers }, (_, writer) => writeUntilGone({ client, writer, cycle, seeded, ackFd, sent, onAck: () => firstAck() }));
      await Promise.race([acknowledged, sleep(15_000)]);
      await sleep(random.between(50, 500));
      const crash = await crashServer(server);
      await Promise.all(writing);
      tally.orphans += crash.orphansKilled;
      if (!crash.isPortFree) tally.portBusy++;
      tally.maxWalBytes = Math.max(tally.maxWalBytes, fs.existsSync(`${databaseFile}-wal`) ? fs.statSync(`${databaseFile}-wal`).size : 0);
      last = await verifyAgainstAcks(engine, databaseFile, ackFile, sent);
      tally.lostAcknowledged += last.lost.length;
      if (last.check && !(last.check.integrity.length === 1 && last.check.integrity[0] === "ok")) tally.integrityFailures++;
      tally.foreignKeyViolations += last.check?.foreignKeyViolations.length ?? 0;
      if (last.lost.length > 0) console.error(`[crash] cycle ${cycle}: acknowledged writes missing:`, last.lost.slice(0, 5));
      if (cycles >= 20 && (cycle + 1) % 20 === 0)
        console.log(`[crash] ${cycle + 1}/${cycles} cycles, ${last.acks} acknowledged writes, none lost so far: ${tally.lostAcknowledged === 0}`);
    }
    // One more start after the last crash: the workspace comes back and serves.
    server = spawnServer({ dataDir, port, logFile, engine });
    readyMs.push(await waitUntilReady(server, isReady));
    await stopServer(server);
  } finally {
    fs.closeSync(ackFd);
    if (server) await stopServer(server);
  }
  const restarts = readyMs.slice(1);
  const mean = restarts.reduce((sum, ms) => sum + ms, 0) / Math.max(1, restarts.length);
  const final = await verifyAgainstAcks(engine, databaseFile, ackFile, sent);
  const byKind = Object.fromEntries(
    kinds.map((kind) => [
      kind,
      fs
        .readFileSync(ackFile, "utf8")
        .split("\n")
        .filter((line) => line.includes(`"kind":"${kind}"`)).length,
    ]),
  );
  return {
    drill: engine.kind === "sqlite" ? "crash" : "crash-postgres",
    parameters: { engine: engine.kind, cycles, writers, seed, "kill, ms after the first ack": "50–500" },
    figures: {
      SIGKILLs: cycles,
      "acknowledged writes (fsync'd ack.jsonl)": final.acks,
      "…by kind": kinds.map((kind) => `${kind} ${byKind[kind]}`).join(", "),
      "sent, not acknowledged": sent.length - final.acks,
      "…of which committed anyway": final.committedUnacknowledged,
      "first start to ready ms": Math.round(readyMs[0]!),
      "restart to ready ms, mean / p95 / max": `${Math.round(mean)} / ${Math.round(percentile(restarts, 95))} / ${Math.round(Math.max(...restarts))}`,
      ...(final.check && {
        "largest -wal after a kill, KB": Math.round(tally.maxWalBytes / 1024),
        "database size, KB": Math.round(fs.statSync(databaseFile).size / 1024),
      }),
    },
    checks: [
      mustBeZero("acknowledged writes missing after a kill (all cycles)", tally.lostAcknowledged + final.lost.length),
      // The file checks are SQLite's; PostgreSQL keeps its own files consistent and enforces foreign keys on every write.
      ...(final.check
        ? [
            mustBeZero("integrity_check failures", tally.integrityFailures + (final.check.integrity[0] === "ok" ? 0 : 1)),
            mustBeZero("foreign_key_check violations", tally.foreignKeyViolations + final.check.foreignKeyViolations.length),
          ]
        : []),
      mustBeZero("processes left behind by a kill", tally.orphans),
      mustBeZero("port still taken after a kill", tally.portBusy),
      mustHold(`every restart ready within ${readyBudgetMs / 1000} s`, Math.max(...restarts) <= readyBudgetMs),
    ],
  };
}
