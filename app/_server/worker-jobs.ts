import { readlinkSync } from "node:fs";
import { constants, setPriority } from "node:os";
import { parentPort } from "node:worker_threads";

/**
 * The worker side of `WorkerPool`: says `{ ready: true }` once loaded, then answers each
 * `{ id, input }` with `{ id, ok: true, output }` or, when `handle` throws,
 * `{ id, ok: false, message }`. Jobs run one at a time, synchronously. Call it once from a
 * worker entry file. Reports whether the thread runs at low priority (see below).
 */
export function serveJobs<In, Out>(handle: (input: In) => Out): void {
  if (!parentPort) throw new Error("serveJobs runs only inside a worker thread.");
  const port = parentPort;
  port.on("message", ({ id, input }: { id: number; input: In }) => {
    try {
      port.postMessage({ id, ok: true, output: handle(input) });
    } catch (error) {
      port.postMessage({ id, ok: false, message: error instanceof Error ? error.message : String(error) });
    }
  });
  port.postMessage({ ready: true, lowPriority: lowerThisThreadsPriority() });
}

/**
 * Jobs are background work: on a machine with few cores the worker would otherwise take CPU
 * time from the server's own thread, and every request would wait its turn behind it (p50 of
 * other requests 176 ms while a 2 MB source was analysed, `npm run bench -- suggestions-load`).
 * On Linux a thread's nice value is its own: this thread (its id read from /proc/thread-self)
 * gets the lowest priority, the server's thread keeps its own. Elsewhere, or when refused,
 * the job runs at normal priority and this returns false.
 */
function lowerThisThreadsPriority(): boolean {
  try {
    const threadId = Number(readlinkSync("/proc/thread-self").split("/").pop());
    if (!Number.isInteger(threadId) || threadId === process.pid) return false;
    setPriority(threadId, constants.priority.PRIORITY_LOW);
    return true;
  } catch {
    return false; // not Linux, or not permitted: a slower server, not a failure
  }
}
