/**
 * Backup-under-load drill (plan T56): writers comment through the API and a second OS
 * process writes beside the server while `npm run backup` runs; then `npm run restore`
 * into a fresh folder and a new server started on it. The restored database must pass
 * the checks and hold every write acknowledged before the backup began, and the restored
 * workspace must serve it to the same API token. On PostgreSQL (`engine`) the drill starts a
 * database server of its own; the backup is `pg_dump -Fc`, restored with `pg_restore` into a
 * second, empty database there, and the SQLite file checks (integrity, foreign keys) do not apply.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { checkDatabaseFile, type DatabaseCheck } from "@/db/backup";
import { openDatabaseFile } from "@/db/client";
import { ApiClient } from "./api-client";
import { startBackgroundWriter } from "./background-writer-process";
import { drillFolder, latencySummary, mustBeZero, mustHold, sleep, type DrillResult } from "./drill";
import type { Seeded } from "./lost-updates";
import { engineEnvironment, sqliteEngine, type DrillEngine } from "./engine";
import { startPostgres } from "../setup/postgres-server.mjs";
import { spawnServer, stopServer, waitUntilReady } from "./server-process";
import { startBenchServer } from "../bench/server";

type Ack = { id: string; claimId: string; sentAt: number; ackAt: number; ms: number };
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

/** Runs `npm run -s <script> -- <args>` the way an operator would; resolves with its exit code, output and wall time. */
function npmRun(script: string, args: string[], env: NodeJS.ProcessEnv) {
  const started = performance.now();
  return new Promise<{ code: number; output: string; ms: number }>((resolve) => {
    const child = spawn(npm, ["run", "-s", script, "--", ...args], { env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("close", (code) => resolve({ code: code ?? 1, output, ms: performance.now() - started }));
  });
}

async function commentUntil(client: ApiClient, claimId: string, writer: number, isDone: () => boolean, acks: Ack[], failures: number[]) {
  for (let n = 0; !isDone(); n++) {
    const sentAt = Date.now();
    const answer = await client.send(
      { method: "POST", path: `/api/v1/claims/${claimId}/comments`, body: { body: `Backup drill comment w${writer}-${n}` } },
      "POST comment",
    );
    if (answer.status === 201) acks.push({ id: answer.body.id, claimId, sentAt, ackAt: Date.now(), ms: answer.ms });
    else failures.push(answer.status);
  }
}

type Restored = { check: DatabaseCheck | null; commentIds: Set<string>; rowCounts: Record<string, number | undefined> };

/** What the restore produced: on SQLite the file's checks, on PostgreSQL the restored database's rows. */
async function readRestored(engine: DrillEngine, restoredFile: string): Promise<Restored | null> {
  if (engine.kind === "postgres") {
    const client = new pg.Client({ connectionString: engine.url });
    await client.connect();
    try {
      const tables = await client.query("select 1 from pg_tables where tablename = 'comments'");
      if (tables.rowCount === 0) return null;
      const commentIds = new Set((await client.query<{ id: string }>("select id from comments")).rows.map((row) => row.id));
      const count = async (table: string) => Number((await client.query(`select count(*) as n from ${table}`)).rows[0].n);
      return { check: null, commentIds, rowCounts: { comments: commentIds.size, sources: await count("sources"), events: await count("events") } };
    } finally {
      await client.end();
    }
  }
  if (!fs.existsSync(restoredFile)) return null;
  const check = checkDatabaseFile(restoredFile);
  const sqlite = openDatabaseFile(restoredFile, { readonly: true });
  const commentIds = new Set(sqlite.prepare("SELECT id FROM comments").pluck().all() as string[]);
  sqlite.close();
  return { check, commentIds, rowCounts: check.rowCounts };
}

type DrillOptions = { writers: number; warmUpMs: number; fillerSources: number; port: number; restoredPort: number };

export async function runBackupDrill({ engine = "sqlite", ...options }: DrillOptions & { engine?: DrillEngine["kind"] }): Promise<DrillResult> {
  const folder = drillFolder(engine === "sqlite" ? "backup" : "backup-postgres");
  fs.rmSync(folder, { recursive: true, force: true });
  fs.mkdirSync(folder, { recursive: true });
  if (engine === "sqlite") return backupUnderLoad({ ...options, folder, engine: sqliteEngine, restoredEngine: sqliteEngine });
  const database = await startPostgres({ database: "drill" });
  try {
    const admin = new pg.Client({ connectionString: database.adminUrl });
    await admin.connect();
    await admin.query("create database restored owner app");
    await admin.end();
    const restoredEngine: DrillEngine = { kind: "postgres", url: database.url.replace(/\/drill$/, "/restored") };
    return await backupUnderLoad({ ...options, folder, engine: { kind: "postgres", url: database.url }, restoredEngine });
  } finally {
    database.stop({ mode: "immediate" });
  }
}

async function backupUnderLoad({
  writers,
  warmUpMs,
  fillerSources,
  port,
  restoredPort,
  folder,
  engine,
  restoredEngine,
}: DrillOptions & { folder: string; engine: DrillEngine; restoredEngine: DrillEngine }): Promise<DrillResult> {
  const dataDir = path.join(folder, "data");
  const backupFile = path.join(folder, "backups", engine.kind === "sqlite" ? "under-load.db" : "under-load.dump");
  const restoredDir = path.join(folder, "restored");
  const server = await startBenchServer({
    name: "backup",
    port,
    dataDir,
    seedScript: "e2e/drills/seed.ts",
    env: engineEnvironment(engine),
    seedArgs: ["--reviewers", String(writers), "--shared-claims", String(writers), "--lines", "1", "--filler-sources", String(fillerSources)],
  });
  const seeded = server.seeded as Seeded;
  const background = startBackgroundWriter({ dataDir, actor: seeded.accounts[0]!, claimIds: seeded.claimIds, engine });
  const acks: Ack[] = [];
  const failures: number[] = [];
  let restored: ReturnType<typeof spawnServer> | undefined;
  try {
    await background.started;
    let isDone = false;
    const clients = seeded.accounts.map((account) => new ApiClient(server.baseUrl, account.token));
    const writing = clients.map((client, writer) => commentUntil(client, seeded.claimIds[writer]!, writer, () => isDone, acks, failures));
    await sleep(warmUpMs);

    const backupBegan = Date.now();
    const backup = await npmRun("backup", ["--out", backupFile], { ...process.env, ...engineEnvironment(engine), DATA_DIR: dataDir });
    const backupEnded = Date.now();
    await sleep(300);
    isDone = true;
    await Promise.all(writing);
    const backgroundSummary = await background.stop();
    server.stop();
    await server.exited;

    const restore = await npmRun("restore", engine.kind === "sqlite" ? [backupFile, "--data-dir", restoredDir] : [backupFile], {
      ...process.env,
      ...engineEnvironment(restoredEngine),
    });
    const restoredState = await readRestored(restoredEngine, path.join(restoredDir, "corroborate.db"));
    const ackedBefore = acks.filter((ack) => ack.ackAt < backupBegan);
    const backgroundBefore = background.acks.filter((ack) => ack.at < backupBegan);
    const during = acks.filter((ack) => ack.sentAt >= backupBegan && ack.ackAt <= backupEnded);
    let missing = ackedBefore.length + backgroundBefore.length;
    let duringPresent = 0;
    if (restoredState) {
      const ids = restoredState.commentIds;
      missing = ackedBefore.filter((ack) => !ids.has(ack.id)).length + backgroundBefore.filter((ack) => !ids.has(ack.id)).length;
      duringPresent = during.filter((ack) => ids.has(ack.id)).length;
    }

    // A new workspace on the restored folder serves the same token the pre-backup writes.
    restored = spawnServer({ dataDir: restoredDir, port: restoredPort, logFile: path.join(folder, "restored-server.log"), engine: restoredEngine });
    const restoredClient = new ApiClient(restored.baseUrl, seeded.accounts[0]!.token);
    const restoredReadyMs = await waitUntilReady(restored, async () => (await fetch(`${restored!.baseUrl}/signin`)).ok);
    const detail = await restoredClient.send({ method: "GET", path: `/api/v1/claims/${seeded.claimIds[0]}` });
    const servedIds = new Set((detail.body?.comments ?? []).map((comment: { id: string }) => comment.id));
    const servesPreBackupWrites =
      detail.status === 200 && ackedBefore.filter((ack) => ack.claimId === seeded.claimIds[0]).every((ack) => servedIds.has(ack.id));
    // SQLite: the secret is a file beside the database, not in the backup. PostgreSQL: it is in the database, restored with it.
    const secret =
      engine.kind === "postgres"
        ? "no: it is in the database (sessions continue)"
        : fs.readFileSync(path.join(restoredDir, "auth-secret"), "utf8") !== fs.readFileSync(path.join(dataDir, "auth-secret"), "utf8")
          ? "yes (sessions end; tokens work)"
          : "no";
    await stopServer(restored);

    const summary =
      engine.kind === "sqlite"
        ? /\(([\d.]+) MB, ([\d,]+) pages, (\d+) ms\)/.exec(backup.output)
        : /\(pg_dump custom format, ([\d.]+) MB(), (\d+) ms\)/.exec(backup.output);
    const check = restoredState?.check;
    const before = latencySummary(acks.filter((ack) => ack.ackAt < backupBegan && ack.sentAt > backupBegan - warmUpMs / 2).map((ack) => ack.ms));
    const whileBackingUp = latencySummary(during.map((ack) => ack.ms));
    if (backup.code !== 0 || restore.code !== 0) console.error(backup.output, restore.output);
    return {
      drill: engine.kind === "sqlite" ? "backup" : "backup-postgres",
      parameters: { engine: engine.kind, writers: `${writers} API + 1 process`, "warm-up ms": warmUpMs, "filler sources (64 KB)": fillerSources },
      figures: {
        [engine.kind === "sqlite" ? "database size MB" : "backup size MB (pg_dump -Fc, compressed)"]: summary?.[1] ?? "?",
        ...(engine.kind === "sqlite" && { "backup pages": summary?.[2] ?? "?" }),
        "backup copy + checks ms (in the CLI)": Number(summary?.[3] ?? NaN),
        "npm run backup wall ms": Math.round(backup.ms),
        "writes acknowledged before the backup began": ackedBefore.length + backgroundBefore.length,
        "API writes during the backup": during.length,
        "…of which in the backup": duringPresent,
        "write p50/p99 ms before the backup": `${before.p50} / ${before.p99}`,
        "write p50/p99 ms during the backup": `${whileBackingUp.p50} / ${whileBackingUp.p99}`,
        "restored rows: comments / sources / events": `${restoredState?.rowCounts.comments} / ${restoredState?.rowCounts.sources} / ${restoredState?.rowCounts.events}`,
        "restored workspace ready ms": Math.round(restoredReadyMs),
        "restored workspace has a new auth secret": secret,
      },
      checks: [
        mustHold("npm run backup exits 0 (checks passed)", backup.code === 0),
        mustHold("npm run restore exits 0", restore.code === 0),
        mustHold("something was restored", restoredState !== null),
        ...(engine.kind === "sqlite"
          ? [
              mustHold("restored: integrity_check ok", check?.integrity.length === 1 && check.integrity[0] === "ok"),
              mustBeZero("restored: foreign_key_check violations", check?.foreignKeyViolations.length ?? 1),
            ]
          : []),
        mustBeZero("writes acknowledged before the backup missing from it", missing),
        mustHold("restored workspace serves them to the same API token", servesPreBackupWrites),
        mustBeZero("failed writes during the drill (non-201)", failures.length + backgroundSummary.busy + backgroundSummary.failed),
      ],
    };
  } finally {
    await background.stop();
    server.stop();
    if (restored) await stopServer(restored);
  }
}
