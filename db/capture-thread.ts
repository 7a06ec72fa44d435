import { Worker } from "node:worker_threads";
import { CAPTURE_FAILURES, CaptureError, type CapturedPage, type CaptureFailure, type CaptureLimits } from "@/lib/capture";

/**
 * Captures made in a worker thread, so the server's event loop only waits for them. A capture
 * is more than the browser's work: every request the page makes is fetched and checked by
 * lib/capture's router in Node, and the page's HTML is parsed for its text, the WACZ zipped
 * and hashed; on the server's thread that held other requests up (event-loop delay p99
 * 109 ms, longest 339 ms, capturing the 30-resource bench page two at a time). One thread
 * runs every capture of the process, several at once, with one browser. A thread that dies
 * fails its captures as `browser-unavailable` and the next capture starts a new one.
 *
 * In the production build Turbopack bundles the entry named by `new Worker(new URL(…,
 * import.meta.url))`; run from source (vitest, tsx), the .ts entry runs through tsx
 * (the path is built without `new URL`, so Turbopack sees one worker entry only).
 */
const bootstrap = `
const { workerData } = require("node:worker_threads");
import("tsx/esm/api").then(({ register }) => { register(); return import(workerData.entry); });
`;

function startThread(): Worker {
  if (import.meta.url.endsWith("/capture-thread.ts"))
    return new Worker(bootstrap, { eval: true, workerData: { entry: import.meta.url.replace(/capture-thread\.ts$/, "capture-thread-entry.ts") } });
  return new Worker(new URL("./capture-thread-entry.ts", import.meta.url));
}

type Pending = { resolve: (page: CapturedPage) => void; reject: (error: Error) => void };
type Reply = { ready: true } | { id: number; ok: true; page: CapturedPage } | { id: number; ok: false; reason: string; message: string };

let thread: Worker | null = null;
const pending = new Map<number, Pending>();
let nextId = 1;

const asBuffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

function failAll(message: string) {
  for (const [id, job] of pending) {
    pending.delete(id);
    job.reject(new CaptureError("browser-unavailable", message));
  }
}

function threadForCaptures(): Worker {
  if (thread) return thread;
  const started = startThread();
  started.on("message", (reply: Reply) => {
    if ("ready" in reply) return;
    const job = pending.get(reply.id);
    if (!job) return;
    pending.delete(reply.id);
    if (reply.ok) job.resolve({ ...reply.page, wacz: asBuffer(reply.page.wacz), screenshot: asBuffer(reply.page.screenshot) });
    else if ((CAPTURE_FAILURES as readonly string[]).includes(reply.reason)) job.reject(new CaptureError(reply.reason as CaptureFailure, reply.message));
    else job.reject(new Error(reply.message));
  });
  started.on("error", (error) => {
    if (thread === started) thread = null;
    failAll(`The capture thread failed: ${error.message}`);
  });
  started.on("exit", () => {
    if (thread === started) thread = null;
    failAll("The capture thread stopped.");
  });
  started.unref();
  thread = started;
  return started;
}

/** lib/capture's `capturePage`, run in the process's capture thread (same contract: CapturedPage or CaptureError). */
export function captureInThread(url: string, limits: CaptureLimits): Promise<CapturedPage> {
  const worker = threadForCaptures();
  const id = nextId++;
  return new Promise<CapturedPage>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    worker.postMessage({ id, url, limits: { ...limits, allowHosts: [...limits.allowHosts] } });
  });
}

/** Closes the thread's browser and the thread (at shutdown, and after tests). */
export async function stopCaptureThread(): Promise<void> {
  const current = thread;
  if (!current) return;
  thread = null;
  const exited = new Promise<void>((resolve) => current.once("exit", () => resolve()));
  current.postMessage({ close: true });
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
  await current.terminate();
}
