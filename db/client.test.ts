import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { applyMigrations, openDatabase, writeTransaction, type DB } from "./client";

const opened: Array<{ close(): void }> = [];
afterEach(() => {
  for (const connection of opened.splice(0)) connection.close();
});

function fileDatabase(): { database: DB; file: string } {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "client-")), "test.db");
  const database = openDatabase(file);
  opened.push(database.$client);
  applyMigrations(database);
  return { database, file };
}

describe("the app's connection (plan T52, T53)", () => {
  it("is opened with WAL, a 5 s busy timeout, foreign keys on and synchronous=NORMAL", () => {
    const { database } = fileDatabase();
    const pragma = (name: string) => database.$client.pragma(name, { simple: true });
    expect(pragma("journal_mode")).toBe("wal");
    expect(pragma("busy_timeout")).toBeGreaterThanOrEqual(5000);
    expect(pragma("foreign_keys")).toBe(1);
    // NORMAL (1): a commit survives a crash of the process, not necessarily a power cut; the README says so.
    expect(pragma("synchronous")).toBe(1);
  });

  it("refuses a row that points at nothing (foreign keys are enforced)", () => {
    const { database } = fileDatabase();
    expect(() =>
      database.$client
        .prepare(
          "insert into sources (id, investigation_id, title, created_by, created_at, updated_at) values ('s', 'no-such-investigation', 't', 'u', 'now', 'now')",
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
  });

  it("takes the write lock at BEGIN: a second writer waits for it instead of failing half-way with SQLITE_BUSY", () => {
    const { database, file } = fileDatabase();
    const other = new Database(file, { timeout: 0 });
    opened.push(other);
    const deferred = other.transaction(() => other.prepare("select count(*) from users").get());
    writeTransaction(database, () => {
      // While this transaction holds the write lock, another connection's IMMEDIATE begin is refused at once (timeout 0)…
      expect(() => other.prepare("begin immediate").run()).toThrow(/SQLITE_BUSY|database is locked/);
      // …while a reader still reads (WAL).
      expect(deferred()).toEqual({ "count(*)": 0 });
    });
    other.prepare("begin immediate").run();
    other.prepare("rollback").run();
  });
});
