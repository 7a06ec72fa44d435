/**
 * Database-restart drill (PostgreSQL only): two app servers (`npm start`, each its own data
 * folder) on one throw-away PostgreSQL server, writers commenting through the API on both;
 * during the burst the database server is stopped with `pg_ctl -m immediate` (a crash: no
 * checkpoint, recovery from the WAL at the next start), left down for `downMs`, and started
 * again. Checks: every acknowledged (201) comment is in the database afterwards; while it is
 * down the servers answer 503 with the API's explanation (nothing else, no dropped connection);
 * both come back to 2xx by themselves, with the same processes (no app restart).
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { ApiClient } from "./api-client";
import { drillFolder, mustBeZero, mustHold, sleep, type DrillResult } from "./drill";
import { engineEnvironment, type DrillEngine } from "./engine";
import type { Seeded } from "./lost-updates";
import { descendantsOf, spawnServer, stopServer, waitUntilReady, type ServerProcess } from "./server-process";
import { startPostgres } from "../setup/postgres-server.mjs";
import { typescriptCli } from "../../db/cli/typescript-cli.mjs";

type Answer = { server: number; status: number; at: number; code?: string; message?: string };
const recoveryBudgetMs = 15_000;

/** One writer: comments on its own claim through one server until `isDone`; a dropped connection is recorded as status 0. */
async function commentUntil(client: ApiClient, server: number, claimId: string, writer: number, isDone: () => boolean, acks: string[], answers: Answer[]) {
  for (let n = 0; !isDone(); n++) {
    try {
      const answer = await client.send({ method: "POST", path: `/api/v1/claims/${claimId}/comments`, body: { body: `Restart drill comment w${writer}-${n}` } });
      answers.push({ server, status: answer.status, at: Date.now(), code: answer.body?.error?.code, message: answer.body?.error?.message });
      if (answer.status === 201) acks.push(answer.body.id);
      else await sleep(100); // as a client honouring Retry-After would, a little sooner
    } catch {
      answers.push({ server, status: 0, at: Date.now() });
      await sleep(100);
    }
  }
}

export async function runDatabaseRestartDrill({
  writers,
  cycles,
  downMs,
  ports,
}: {
  writers: number;
  cycles: number;
  downMs: number;
  ports: [number, number];
}): Promise<DrillResult> {
  const folder = drillFolder("database-restart");
  fs.rmSync(folder, { recursive: true, force: true });
  fs.mkdirSync(folder, { recursive: true });
  const database = await startPostgres({ database: "drill" });
  const engine: DrillEngine = { kind: "postgres", url: database.url };
  const servers: ServerProcess[] = [];
  const acks: string[] = [];
  const answers: Answer[] = [];
  const outages: Array<{ stoppedAt: number; restartedAt: number; recoveredMs: number[] }> = [];
  try {
    const seedOutput = execFileSync(
      process.execPath,
      [...typescriptCli, "e2e/drills/seed.ts", "--reviewers", "1", "--shared-claims", String(writers), "--lines", "1"],
      {
        env: { ...process.env, ...engineEnvironment(engine), DATA_DIR: path.join(folder, "seed"), SECURITY_LOG: path.join(folder, "security.log") },
        encoding: "utf8",
      },
    );
    const seeded = JSON.parse(seedOutput.trim().split("\n").at(-1)!) as Seeded;
    const token = seeded.accounts[0]!.token;
    for (const [index, port] of ports.entries()) {
      const server = spawnServer({ dataDir: path.join(folder, `data-${index}`), port, logFile: path.join(folder, `server-${index}.log`), engine });
      servers.push(server);
      await waitUntilReady(
        server,
        async () => (await new ApiClient(server.baseUrl, token).send({ method: "GET", path: `/api/v1/claims/${seeded.claimIds[0]}` })).status === 200,
        600_000,
      );
    }
    const processesBefore = servers.map((server) => descendantsOf(server.launcher.pid!).sort().join(","));

    let isDone = false;
    const writing = Array.from({ length: writers }, (_, writer) =>
      commentUntil(new ApiClient(servers[writer % 2]!.baseUrl, token), writer % 2, seeded.claimIds[writer]!, writer, () => isDone, acks, answers),
    );
    for (let cycle = 0; cycle < cycles; cycle++) {
      await sleep(1_000); // writes acknowledged before the stop
      const stoppedAt = Date.now();
      database.stop({ mode: "immediate", keep: true });
      await sleep(downMs);
      database.restart();
      const restartedAt = Date.now();
      // Each server's first 2xx after the restart, waited for without restarting anything.
      const recoveredMs: number[] = [];
      for (const index of [0, 1]) {
        const deadline = restartedAt + recoveryBudgetMs * 2;
        while (Date.now() < deadline && !answers.some((answer) => answer.server === index && answer.at > restartedAt && answer.status === 201)) await sleep(25);
        const first = answers.find((answer) => answer.server === index && answer.at > restartedAt && answer.status === 201);
        recoveredMs.push(first ? first.at - restartedAt : Infinity);
      }
      outages.push({ stoppedAt, restartedAt, recoveredMs });
    }
    await sleep(1_000);
    isDone = true;
    await Promise.all(writing);
    const processesAfter = servers.map((server) => descendantsOf(server.launcher.pid!).sort().join(","));
    const launchersAlive = servers.every((server) => server.launcher.exitCode === null && server.launcher.signalCode === null);

    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    const { rows } = await client.query<{ id: string }>("select id from comments where id = any($1)", [acks]);
    await client.end();
    const lost = acks.length - new Set(rows.map((row) => row.id)).size;

    const duringOutage = (answer: Answer) =>
      outages.some((outage) => answer.at >= outage.stoppedAt && answer.at <= outage.restartedAt + Math.max(...outage.recoveredMs));
    const unavailable = answers.filter((answer) => answer.status === 503);
    const explained = unavailable.filter((answer) => answer.code === "UNAVAILABLE" && /database cannot be reached/.test(answer.message ?? ""));
    const otherFailures = answers.filter((answer) => answer.status !== 201 && answer.status !== 503);
    const recovered = outages.flatMap((outage) => outage.recoveredMs);
    if (otherFailures.length > 0) console.error("[database-restart] answers other than 201/503:", otherFailures.slice(0, 5));
    return {
      drill: "database-restart",
      parameters: { engine: "postgres", "app servers": 2, writers, "pg_ctl -m immediate stops": cycles, "database down ms": downMs },
      figures: {
        "acknowledged comments": acks.length,
        "503 answers (database unreachable)": unavailable.length,
        "…of which outside an outage": unavailable.filter((answer) => !duringOutage(answer)).length,
        "answers other than 201/503 (0 = dropped connection)": otherFailures.map((answer) => answer.status).join(", ") || "none",
        "first 201 after the restart, ms (server A / B per stop)": outages
          .map((outage) => outage.recoveredMs.map((ms) => Math.round(ms)).join(" / "))
          .join("; "),
      },
      checks: [
        mustBeZero("acknowledged comments missing after the database crash", lost),
        mustHold("while it was down, the servers answered 503 (at least once)", unavailable.length > 0),
        mustBeZero("503 answers without the API's explanation", unavailable.length - explained.length),
        mustBeZero("answers other than 201 and 503 (500s, dropped connections)", otherFailures.length),
        mustHold(`both servers answer 2xx again within ${recoveryBudgetMs / 1000} s of the restart`, Math.max(...recovered) <= recoveryBudgetMs),
        mustHold(
          "the app servers were not restarted (same processes)",
          launchersAlive && processesAfter.every((tree, index) => tree === processesBefore[index]),
        ),
      ],
    };
  } finally {
    for (const server of servers) await stopServer(server);
    database.stop({ mode: "immediate" });
  }
}
