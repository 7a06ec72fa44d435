import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import * as tables from "../schema/sqlite";
import { openSqlite } from "./sqlite";
import type { SqliteEngine } from "./types";

const opened: Array<{ close(): unknown }> = [];
afterEach(async () => {
  for (const connection of opened.splice(0)) await connection.close();
});

async function fileEngine(): Promise<{ engine: SqliteEngine; file: string }> {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "sqlite-engine-")), "test.db");
  const engine = openSqlite(file);
  opened.push(engine);
  await engine.migrate();
  return { engine, file };
}

const settingsRow = (key: string) => ({ key, value: "v", updatedAt: "2026-01-01T00:00:00.000Z" });

describe("the SQLite engine (plan T52, T53)", () => {
  it("is opened with WAL, a 5 s busy timeout, foreign keys on and synchronous=NORMAL", async () => {
    const { engine } = await fileEngine();
    const pragma = (name: string) => engine.writer.pragma(name, { simple: true });
    expect(pragma("journal_mode")).toBe("wal");
    expect(pragma("busy_timeout")).toBeGreaterThanOrEqual(5000);
    expect(pragma("foreign_keys")).toBe(1);
    // NORMAL (1): a commit survives a crash of the process, not necessarily a power cut; the README says so.
    expect(pragma("synchronous")).toBe(1);
  });

  it("refuses a row that points at nothing (foreign keys are enforced)", async () => {
    const { engine } = await fileEngine();
    await expect(
      engine.transaction((tx) => tx.insert(tables.sources).values({ investigationId: "no-such-investigation", title: "t", createdBy: "u" } as never)),
    ).rejects.toThrow(/FOREIGN KEY/);
  });

  it("refuses a write outside a transaction: the shared connection is read-only", async () => {
    const { engine } = await fileEngine();
    await expect(engine.database.insert(tables.settings).values(settingsRow("outside"))).rejects.toThrow(/readonly/);
  });

  it("rolls back everything when the work fails after an await (Drizzle's own SQLite transactions would have committed)", async () => {
    const { engine } = await fileEngine();
    await expect(
      engine.transaction(async (tx) => {
        await tx.insert(tables.settings).values(settingsRow("first"));
        await new Promise((resolve) => setTimeout(resolve, 5));
        await tx.insert(tables.settings).values(settingsRow("second"));
        throw new Error("refused after two writes");
      }),
    ).rejects.toThrow("refused after two writes");
    expect(await engine.database.select().from(tables.settings)).toEqual([]);
  });

  it("runs one transaction at a time, and readers outside see only what was committed", async () => {
    const { engine } = await fileEngine();
    const order: string[] = [];
    let seenDuringFirst: unknown[] = [];
    const first = engine.transaction(async (tx) => {
      order.push("first begins");
      await tx.insert(tables.settings).values(settingsRow("first"));
      await new Promise((resolve) => setTimeout(resolve, 20));
      seenDuringFirst = await engine.database.select().from(tables.settings);
      order.push("first ends");
    });
    const second = engine.transaction(async (tx) => {
      order.push("second begins");
      await tx.insert(tables.settings).values(settingsRow("second"));
      order.push("second ends");
    });
    await Promise.all([first, second]);
    expect(order).toEqual(["first begins", "first ends", "second begins", "second ends"]);
    expect(seenDuringFirst).toEqual([]);
    expect((await engine.database.select().from(tables.settings)).map((row) => row.key).sort()).toEqual(["first", "second"]);
  });

  it("waits for another process's write lock on a timer: its event loop keeps running, and its write lands after", async () => {
    const { engine, file } = await fileEngine();
    const other = new Database(file, { timeout: 0 });
    opened.push(other);
    other.prepare("begin immediate").run();
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 5);
    const writing = engine.transaction((tx) => tx.insert(tables.settings).values(settingsRow("after the other")));
    await new Promise((resolve) => setTimeout(resolve, 100));
    const ticksWhileLocked = ticks;
    other.prepare("commit").run();
    await writing;
    clearInterval(ticker);
    expect(ticksWhileLocked).toBeGreaterThanOrEqual(5);
    expect(await engine.database.select().from(tables.settings)).toHaveLength(1);
  });

  it("takes the write lock at BEGIN: another process's writer waits for it instead of failing half-way", async () => {
    const { engine, file } = await fileEngine();
    const other = new Database(file, { timeout: 0 });
    opened.push(other);
    await engine.transaction(async (tx) => {
      await tx.insert(tables.settings).values(settingsRow("held"));
      expect(() => other.prepare("begin immediate").run()).toThrow(/SQLITE_BUSY|database is locked/);
      expect(other.prepare("select count(*) as n from settings").get()).toEqual({ n: 0 });
    });
    other.prepare("begin immediate").run();
    other.prepare("rollback").run();
    expect(await engine.database.select().from(tables.settings).where(eq(tables.settings.key, "held"))).toHaveLength(1);
  });
});
