import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { checkpointInBackground } from "./checkpointer";
import { openSqlite } from "./client";

describe("WAL checkpoints in a worker thread", () => {
  it("copy committed pages into the database file while the connection itself never checkpoints", async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "checkpoint-")), "test.db");
    const engine = openSqlite(file);
    const connection = engine.writer;
    connection.exec("create table notes (body text)");
    const sizeOfFile = () => fs.statSync(file).size;
    connection.pragma("wal_checkpoint(TRUNCATE)");
    const emptySize = sizeOfFile();

    checkpointInBackground(connection, file, 20);
    expect(connection.pragma("wal_autocheckpoint", { simple: true })).toBe(0);
    const insert = connection.prepare("insert into notes values (?)");
    for (let i = 0; i < 300; i++) insert.run("A reviewer's note about 250 deportees. ".repeat(50));

    // 300 commits of ~2 KB are ~150 pages, under the 1,000 at which a connection checkpoints
    // itself: while the connection stays open, only the worker can have copied them.
    await vi.waitFor(() => expect(sizeOfFile()).toBeGreaterThan(emptySize + 500_000), { timeout: 5000, interval: 25 });
    expect(connection.prepare("select count(*) as n from notes").get()).toEqual({ n: 300 });
    await engine.close();
  });
});
