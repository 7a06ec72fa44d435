import { parentPort } from "node:worker_threads";

/**
 * The worker side of `WorkerPool`: says `{ ready: true }` once loaded, then answers each `{ id, input }` with `{ id, ok: true, output }`
 * or, when `handle` throws, `{ id, ok: false, message }`. Jobs run one at a time, synchronously.
 * Call it once from a worker entry file.
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
  port.postMessage({ ready: true });
}
