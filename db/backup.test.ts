import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import { createRequire } from "node:module";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { backupDatabase, checkDatabaseFile, defaultBackupFile, restoreDatabase } from "./backup";
import { openDatabaseFile, openSqlite, type SqliteEngine } from "./client";
import { installEngine } from "./connection";
import { addComment } from "./queries/comments";
import { createClaim } from "./queries/claims";
import { createInvestigation } from "./queries/investigations";
import { createSource } from "./queries/sources";
import { createTestActor } from "./test-database";

let folder: string;
let live: SqliteEngine;
let liveFile: string;

/** A real database file (WAL, migrations applied) with a claim and a comment on it. */
async function makeLiveDatabase() {
  liveFile = path.join(folder, "data", "corroborate.db");
  live = openSqlite(liveFile);
  await live.migrate();
  installEngine(live);
  const editor = await createTestActor("editor");
  const { id: investigationId } = await createInvestigation({ actor: editor, input: { title: "Flights" } });
  const source = await createSource({
    actor: editor,
    investigationId,
    input: { title: "Wire", text: "Officials counted over 200 deportees on the first flight." },
  });
  const claim = await createClaim({ actor: editor, sourceId: source.id, sourceVersionId: source.currentVersionId, start: 18, end: 36 });
  await addComment({ actor: editor, claimId: claim.id, body: "Two counts disagree." });
}

beforeEach(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), "corroborate-backup-"));
  await makeLiveDatabase();
});

afterEach(async () => {
  installEngine(undefined);
  await live.close();
  fs.rmSync(folder, { recursive: true, force: true });
});

describe("backupDatabase", () => {
  it("writes one checked, owner-only file with every row, while the server's connection stays open", async () => {
    const to = path.join(folder, "backups", "one.db");
    const result = await backupDatabase({ from: liveFile, to });
    expect(result.file).toBe(to);
    expect(result.check).toMatchObject({ integrity: ["ok"], foreignKeyViolations: [], isOk: true });
    expect(result.check.rowCounts).toMatchObject({ users: 1, investigations: 1, sources: 1, claims: 1, comments: 1 });
    expect(fs.statSync(to).mode & 0o777).toBe(0o600);
    expect(fs.readdirSync(path.dirname(to))).toEqual(["one.db"]);
    const copy = openDatabaseFile(to, { readonly: true });
    expect(copy.pragma("journal_mode", { simple: true })).toBe("delete");
    copy.close();
  });

  it("names the default file by UTC time under DATA_DIR/backups", () => {
    expect(defaultBackupFile("/srv/data", new Date("2026-11-30T14:25:01.123Z"))).toBe("/srv/data/backups/corroborate-20261130T142501Z.db");
  });

  it("never replaces an existing file and says when the database is missing", async () => {
    const to = path.join(folder, "taken.db");
    fs.writeFileSync(to, "keep me");
    await expect(backupDatabase({ from: liveFile, to })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(fs.readFileSync(to, "utf8")).toBe("keep me");
    await expect(backupDatabase({ from: path.join(folder, "nowhere.db"), to: path.join(folder, "x.db") })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("finishes while another process commits without pause, and holds every row committed before it began", async () => {
    // Enough pages that the copy takes a while; a step-by-step copy would restart on every commit.
    live.writer.exec("CREATE TABLE filler (body TEXT)");
    const insert = live.writer.prepare("INSERT INTO filler VALUES (?)");
    live.writer.transaction(() => {
      for (let i = 0; i < 4000; i++) insert.run("x".repeat(2000));
    })();
    const writer = startWriterProcess(liveFile);
    try {
      await writer.committed(200);
      const before = live.writer.prepare("SELECT max(id) FROM events WHERE action = 'drill.write'").pluck().get() as number;
      const to = path.join(folder, "under-load.db");
      const result = await backupDatabase({ from: liveFile, to });
      const after = live.writer.prepare("SELECT max(id) FROM events WHERE action = 'drill.write'").pluck().get() as number;
      expect(result.check.isOk).toBe(true);
      expect(after).toBeGreaterThan(before);
      const copy = openDatabaseFile(to, { readonly: true });
      const { n, lowest, highest } = copy
        .prepare("SELECT count(*) AS n, min(id) AS lowest, max(id) AS highest FROM events WHERE action = 'drill.write'")
        .get() as { n: number; lowest: number; highest: number };
      copy.close();
      expect(highest).toBeGreaterThanOrEqual(before);
      expect(highest - lowest + 1).toBe(n); // one consistent snapshot: no gap in the writer's rows
    } finally {
      await writer.stop();
    }
  });
});

describe("checkDatabaseFile", () => {
  it("reports a foreign key that points nowhere and a damaged page", async () => {
    const to = path.join(folder, "checked.db");
    await backupDatabase({ from: liveFile, to });
    const broken = openDatabaseFile(to, { readonly: false });
    broken.pragma("foreign_keys = OFF");
    broken.prepare("UPDATE comments SET claim_id = 'gone'").run();
    broken.close();
    const check = checkDatabaseFile(to);
    expect(check.isOk).toBe(false);
    expect(check.foreignKeyViolations).toEqual([expect.objectContaining({ table: "comments", parent: "claims" })]);

    const damaged = path.join(folder, "damaged.db");
    fs.copyFileSync(to, damaged);
    const handle = fs.openSync(damaged, "r+");
    fs.writeSync(handle, Buffer.alloc(4096 * 3, 0x5a), 0, 4096 * 3, 4096 * 2);
    fs.closeSync(handle);
    const damagedCheck = checkDatabaseFile(damaged);
    expect(damagedCheck.isOk).toBe(false);
    expect(damagedCheck.integrity.join("\n")).not.toBe("ok");
  });
});

describe("restoreDatabase", () => {
  it("puts a backup into a new folder, where the app opens it with every row", async () => {
    const backup = path.join(folder, "b.db");
    await backupDatabase({ from: liveFile, to: backup });
    const dataDir = path.join(folder, "restored");
    const { databaseFile, check } = restoreDatabase({ backupFile: backup, dataDir });
    expect(databaseFile).toBe(path.join(dataDir, "corroborate.db"));
    expect(check.isOk).toBe(true);
    expect(fs.readdirSync(dataDir)).toEqual(["corroborate.db"]);
    const reopened = openSqlite(databaseFile);
    await reopened.migrate();
    expect(reopened.writer.prepare("SELECT count(*) FROM comments").pluck().get()).toBe(check.rowCounts.comments);
    await reopened.close();
  });

  it("refuses a folder that is not empty, a live database, and a backup that fails the checks, leaving nothing behind", async () => {
    const backup = path.join(folder, "b.db");
    await backupDatabase({ from: liveFile, to: backup });
    const occupied = path.join(folder, "occupied");
    fs.mkdirSync(occupied);
    fs.writeFileSync(path.join(occupied, "auth-secret"), "x");
    expect(() => restoreDatabase({ backupFile: backup, dataDir: occupied })).toThrowError(/not empty/);
    expect(fs.readdirSync(occupied)).toEqual(["auth-secret"]);

    expect(() => restoreDatabase({ backupFile: liveFile, dataDir: path.join(folder, "from-live") })).toThrowError(/live database/);

    const junk = path.join(folder, "junk.db");
    fs.writeFileSync(junk, "not a database at all, just some words");
    const target = path.join(folder, "fresh");
    expect(() => restoreDatabase({ backupFile: junk, dataDir: target })).toThrowError(/fails the checks/);
    expect(fs.existsSync(target)).toBe(false);
  });
});

/**
 * Another OS process that commits a row to `events` in its own IMMEDIATE transaction as fast
 * as it can, like a second server writing beside the backup.
 */
function startWriterProcess(file: string) {
  const script = `
    const Database = require(${JSON.stringify(createRequire(import.meta.url).resolve("better-sqlite3"))});
    const db = new Database(${JSON.stringify(file)}, { timeout: 5000 });
    const insert = db.prepare("INSERT INTO events (action, subject_type, subject_id, created_at) VALUES ('drill.write', 'drill', ?, ?)");
    const write = db.transaction((n) => insert.run(String(n), new Date().toISOString()));
    let n = 0, stopping = false;
    process.on("SIGTERM", () => { stopping = true; });
    (function loop() {
      if (stopping) { db.close(); process.exit(0); }
      write.immediate(++n);
      if (n % 100 === 0) process.stdout.write(n + "\\n");
      setImmediate(loop);
    })();`;
  const child: ChildProcess = spawn(process.execPath, ["-e", script], { stdio: ["ignore", "pipe", "inherit"] });
  let written = 0;
  const waiters: Array<{ count: number; resolve: () => void }> = [];
  child.stdout!.on("data", (chunk: Buffer) => {
    written = Math.max(written, ...chunk.toString().trim().split("\n").map(Number));
    for (const waiter of waiters.filter((w) => written >= w.count)) waiter.resolve();
  });
  return {
    committed: (count: number) => new Promise<void>((resolve) => waiters.push({ count, resolve })),
    stop: () =>
      new Promise<void>((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
