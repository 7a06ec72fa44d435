import type Database from "better-sqlite3";
import { Worker } from "node:worker_threads";

/**
 * Moves WAL checkpoints off the request path. By default SQLite checkpoints inside the commit
 * that takes the WAL past 1,000 pages: that request then copies ~4 MB into the database file
 * and syncs it, on the server's only event loop, and every request queued behind it waits
 * (readers' p99 doubled under write load; `npm run bench -- concurrency`).
 *
 * Instead, the server's connection stops checkpointing and a worker thread with its own
 * connection runs a PASSIVE checkpoint every `intervalMs` (it never waits for readers or
 * writers; in WAL mode it runs beside them). Durability is unchanged: commits are in the WAL
 * either way, and a crash replays it. If the worker fails, the connection checkpoints itself
 * again. The worker never keeps a process alive (`unref`).
 */
const workerSource = `
const { workerData, parentPort } = require("node:worker_threads");
const Database = require("better-sqlite3");
const connection = new Database(workerData.file, { fileMustExist: true, timeout: 5000 });
setInterval(() => {
  try {
    connection.pragma("wal_checkpoint(PASSIVE)");
  } catch (error) {
    parentPort.postMessage(String(error && error.message || error));
  }
}, workerData.intervalMs);
`;

export function checkpointInBackground(connection: Database.Database, file: string, intervalMs = 500): void {
  connection.pragma("wal_autocheckpoint = 0");
  const worker = new Worker(workerSource, { eval: true, workerData: { file, intervalMs } });
  const fallBack = (reason: unknown) => {
    console.error("WAL checkpointer stopped; the server's connection checkpoints itself again:", reason);
    connection.pragma("wal_autocheckpoint = 1000");
  };
  worker.on("error", fallBack);
  worker.on("message", (message) => console.error("WAL checkpoint failed (retried next interval):", message));
  worker.on("exit", (code) => code !== 0 && fallBack(`exit ${code}`));
  worker.unref(); // after the listeners: attaching a "message" listener refs the worker again
}
