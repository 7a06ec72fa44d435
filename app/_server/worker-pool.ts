import type { Worker } from "node:worker_threads";

/**
 * A small pool of worker threads for CPU-bound jobs that must not hold up the server's one
 * event loop (suggestion finding on a long source). Bounded three ways:
 * - `size` workers, started on first use (the house machine has 2 cores: 1 worker leaves the
 *   other to the server);
 * - at most `maxQueued` jobs waiting: beyond that `run` refuses at once ("busy");
 * - `timeoutMs` per job once it runs (counted from when its worker is ready: loading the
 *   worker's code is not the job's time): the worker is terminated (the only way to stop a
 *   synchronous computation), the job fails ("timeout") and a fresh worker takes the next job.
 * A worker that throws or dies fails its job ("failed", with the cause) and is replaced.
 *
 * Wire protocol (see `serveJobs` in worker-jobs.ts): the worker posts `{ ready: true }` once
 * loaded; the pool posts `{ id, input }`; the worker answers `{ id, ok: true, output }` or
 * `{ id, ok: false, message }`. A job given to a worker still loading waits at most
 * `startupTimeoutMs` (default 30 s) for it to say ready, then `timeoutMs` for its answer.
 * Framework-free, but process-level machinery (threads and their lifetime), hence app/_server.
 */
export type WorkerPoolOptions = { startWorker: () => Worker; size: number; maxQueued: number; timeoutMs: number; startupTimeoutMs?: number };

export type WorkerJobFailure = "busy" | "timeout" | "failed";

/** Why a job produced no result; `kind` tells the caller whether a retry can help ("busy"). */
export class WorkerJobError extends Error {
  constructor(
    readonly kind: WorkerJobFailure,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "WorkerJobError";
  }
}

type Job<In, Out> = { id: number; input: In; resolve: (output: Out) => void; reject: (error: WorkerJobError) => void };
type Slot<In, Out> = { worker: Worker; isReady: boolean; job: Job<In, Out> | null; timer: NodeJS.Timeout | null };
type Reply<Out> = { ready: true } | { id: number; ok: true; output: Out } | { id: number; ok: false; message: string };

export class WorkerPool<In, Out> {
  private readonly slots: Array<Slot<In, Out> | null>;
  private readonly queue: Array<Job<In, Out>> = [];
  private nextId = 1;
  private closed = false;

  constructor(private readonly options: WorkerPoolOptions) {
    this.slots = Array.from({ length: Math.max(1, options.size) }, () => null);
  }

  /** The job's output; rejects with a WorkerJobError, at the latest after the jobs queued ahead, the worker's start-up and `timeoutMs`. */
  run(input: In): Promise<Out> {
    if (this.closed) return Promise.reject(new WorkerJobError("failed", "The worker pool is closed."));
    const idle = this.slots.findIndex((slot) => !slot?.job);
    if (idle === -1 && this.queue.length >= this.options.maxQueued) {
      return Promise.reject(new WorkerJobError("busy", `All ${this.slots.length} worker(s) are busy and ${this.queue.length} job(s) are waiting.`));
    }
    return new Promise<Out>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, input, resolve, reject });
      this.dispatch();
    });
  }

  /** Terminates every worker; running and queued jobs fail. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new WorkerJobError("failed", "The worker pool was closed."));
    await Promise.all(this.slots.flatMap((slot, index) => (slot ? [this.retire(index, new WorkerJobError("failed", "The worker pool was closed."))] : [])));
  }

  private dispatch(): void {
    for (let index = 0; index < this.slots.length && this.queue.length > 0; index++) {
      const slot = this.slots[index] ?? this.start(index);
      if (slot.job) continue;
      const job = this.queue.shift()!;
      slot.job = job;
      this.startClock(index, slot);
      slot.worker.ref(); // keep the process alive while a job runs
      slot.worker.postMessage({ id: job.id, input: job.input });
    }
  }

  private start(index: number): Slot<In, Out> {
    const worker = this.options.startWorker();
    const slot: Slot<In, Out> = { worker, isReady: false, job: null, timer: null };
    worker.on("message", (reply: Reply<Out>) => {
      if ("ready" in reply) {
        slot.isReady = true;
        if (slot.job) this.startClock(index, slot); // restart: loading was not the job's time
        return;
      }
      const job = slot.job;
      if (!job || reply.id !== job.id) return;
      this.settle(slot);
      if (reply.ok) job.resolve(reply.output);
      else job.reject(new WorkerJobError("failed", reply.message));
      this.dispatch();
    });
    worker.on("error", (error) => void this.retire(index, new WorkerJobError("failed", `The worker failed: ${error.message}`, { cause: error }), slot));
    worker.on("exit", (code) => void this.retire(index, new WorkerJobError("failed", `The worker stopped (exit code ${code}).`), slot));
    worker.unref(); // after the listeners, which ref it again; an idle pool never keeps a process alive
    this.slots[index] = slot;
    return slot;
  }

  private startClock(index: number, slot: Slot<In, Out>): void {
    if (slot.timer) clearTimeout(slot.timer);
    const [limitMs, what] = slot.isReady
      ? [this.options.timeoutMs, "The job took longer than"]
      : [this.options.startupTimeoutMs ?? 30_000, "The worker did not start within"];
    slot.timer = setTimeout(() => void this.retire(index, new WorkerJobError("timeout", `${what} ${limitMs} ms and was stopped.`), slot), limitMs);
  }

  /** Clears the job of a slot and lets an idle worker no longer hold the process. */
  private settle(slot: Slot<In, Out>): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.job = null;
    slot.worker.unref();
  }

  /** Fails the slot's job with `error`, terminates its worker and starts the next job on a fresh one. */
  private async retire(index: number, error: WorkerJobError, only?: Slot<In, Out>): Promise<void> {
    const slot = this.slots[index];
    if (!slot || (only && slot !== only)) return;
    this.slots[index] = null;
    const job = slot.job;
    this.settle(slot);
    job?.reject(error);
    await slot.worker.terminate();
    if (!this.closed) this.dispatch();
  }
}
