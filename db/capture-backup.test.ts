import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { backupDatabase, restoreDatabase } from "./backup";
import { openSqlite, type Engine } from "./client";
import { installEngine } from "./connection";
import { openPostgres } from "./engines/postgres";
import { dumpPostgres, restorePostgres } from "./postgres-backup";
import { CAPTURE_RETRY_POLICY } from "@/lib/capture-jobs/policy";
import { getCaptureFile, getCaptureText, leaseDueCaptures, recordCaptureResult } from "./queries/captures";
import { addEvidence } from "./queries/evidence";
import { createInvestigation } from "./queries/investigations";
import { claimOnNewSource, createTestActor, installTestDatabase } from "./test-database";

/**
 * Backups carry captures: the WACZ and PNG bytes (a BLOB on SQLite, bytea on PostgreSQL) come
 * back byte for byte from a restored backup, through the queries that serve them. Bytes of
 * every value 0–255, so no text conversion on the way could pass unnoticed.
 */
const everyByte = Buffer.from(Array.from({ length: 4096 }, (_, index) => index % 256));
const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00]), everyByte.subarray(0, 300)]);
const sha = (bytes: Buffer | string) => createHash("sha256").update(bytes).digest("hex");

let folder: string;
const engines: Engine[] = [];

beforeEach(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), "corroborate-capture-backup-"));
});
afterEach(async () => {
  installEngine(undefined);
  for (const engine of engines.splice(0)) await engine.close();
  fs.rmSync(folder, { recursive: true, force: true });
});

/** A done capture of an evidence link, in the installed engine; returns its id. */
async function capturedEvidence(): Promise<string> {
  const editor = await createTestActor("editor");
  const { id: investigationId } = await createInvestigation({ actor: editor, input: { title: "Flights" } });
  const claim = await claimOnNewSource({ actor: editor, investigationId, text: "Officials counted over 200 deportees.", phrase: "over 200 deportees" });
  const item = await addEvidence({ actor: editor, claimId: claim.id, fields: { url: "https://news.example/a", stance: "supports" } });
  const [job] = await leaseDueCaptures({ limit: 1, leaseMs: 60_000, workerId: "backup-test", policy: CAPTURE_RETRY_POLICY });
  const text = "Officials counted 238 people.";
  await recordCaptureResult({
    lease: job!,
    page: {
      finalUrl: "https://news.example/a",
      httpStatus: 200,
      title: "A",
      capturedAt: "2026-12-07T10:00:00.000Z",
      wacz: everyByte,
      sha256: sha(everyByte),
      screenshot: png,
      text,
      textSha256: sha(text),
    },
  });
  return item.captureId!;
}

async function expectCaptureIn(engine: Engine, captureId: string) {
  installEngine(engine);
  const reader = await createTestActor("reviewer", `reader-${crypto.randomUUID()}@example.test`);
  const archive = await getCaptureFile({ actor: reader, id: captureId, kind: "archive" });
  expect(archive.bytes.equals(everyByte)).toBe(true);
  expect(archive.sha256).toBe(sha(everyByte));
  expect((await getCaptureFile({ actor: reader, id: captureId, kind: "screenshot" })).bytes.equals(png)).toBe(true);
  expect((await getCaptureText({ actor: reader, id: captureId })).text).toBe("Officials counted 238 people.");
}

const onPostgres = Boolean(process.env.DATABASE_URL);

describe("backups carry captures", () => {
  it.runIf(!onPostgres)("on SQLite: a backup restored into a new folder serves the capture's archive and screenshot byte for byte", async () => {
    const liveFile = path.join(folder, "data", "corroborate.db");
    const live = openSqlite(liveFile);
    engines.push(live);
    await live.migrate();
    installEngine(live);
    const captureId = await capturedEvidence();
    const backupFile = path.join(folder, "backup.db");
    expect((await backupDatabase({ from: liveFile, to: backupFile })).check.rowCounts).toMatchObject({ captures: 1, capture_blobs: 2 });
    const { databaseFile } = restoreDatabase({ backupFile, dataDir: path.join(folder, "restored") });
    const restored = openSqlite(databaseFile);
    engines.push(restored);
    await restored.migrate();
    await expectCaptureIn(restored, captureId);
  });

  it.runIf(onPostgres)("on PostgreSQL: pg_dump and pg_restore carry the bytea blobs byte for byte", { timeout: 120_000 }, async () => {
    const live = await installTestDatabase();
    const url = new URL(String((live as Extract<Engine, { kind: "postgres" }>).pool.options.connectionString));
    const captureId = await capturedEvidence();
    const restoredName = `restored_${process.pid}_${crypto.randomUUID().slice(0, 8)}`;
    const admin = new pg.Client({ connectionString: new URL("/postgres", url).toString() });
    await admin.connect();
    await admin.query(`create database "${restoredName}"`);
    await admin.end();
    const dump = path.join(folder, "workspace.dump");
    await dumpPostgres({ url: url.toString(), to: dump });
    const restoredUrl = new URL(`/${restoredName}`, url).toString();
    await restorePostgres({ url: restoredUrl, backupFile: dump, replace: false });
    const restored = openPostgres(restoredUrl, 2);
    engines.push(restored);
    await expectCaptureIn(restored, captureId);
  });
});
