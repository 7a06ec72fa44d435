import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import { capturePage, isCaptureError, shutdownCaptureBrowser, type CapturedPage, type CaptureLimits } from "@/lib/capture";
import { CAPTURE_RETRY_POLICY, captureLeaseMs } from "@/lib/capture-jobs/policy";
import { env } from "@/lib/env";
import type { RetryPolicy } from "@/lib/webhooks/retry-schedule";
import { captureInThread, stopCaptureThread } from "./capture-thread";
import { createWakeLoop } from "./wake-loop";
import { setCaptureWake } from "./capture-wake";
import { captureLimits, claimDueDailyRechecks, completeDailyRecheck, readLivePage, type ClaimedRecheck } from "./queries/capture-checks";
import { leaseDueCaptures, nextCaptureDueAt, recordCaptureFailure, recordCaptureResult, type LeasedCapture } from "./queries/captures";

/**
 * Makes the queued captures (queries/captures.ts) and the daily re-checks
 * (queries/capture-checks.ts). Every server process runs one (started from instrumentation.ts);
 * any number may run against one database, since each job is leased to one of them at a time
 * and each daily re-check is claimed by inserting its row. At most `concurrency` jobs run at
 * once in a process; each capture runs in the browser's own process (lib/capture), so this
 * process's event loop only waits on it and other requests go on. The worker runs when a
 * commit in its process queued a capture (`wakeCaptureWorker`), when a job finishes (a slot is
 * free), and otherwise on a timer: at the next job that falls due (a retry, a lease running
 * out), at least every `pollMs`, and for daily re-checks every `dailyPollMs`.
 */
export type CaptureWorkerOptions = {
  concurrency: number;
  pollMs: number;
  /** How often it looks for daily re-checks that fell due (0: never; tests call runUntilIdle). */
  dailyPollMs: number;
  leaseMs: number;
  policy: RetryPolicy;
  limits: CaptureLimits;
  /** This worker's name in `captures.leased_by`: host, process and a random part. */
  workerId: string;
  /** Makes one capture: lib/capture capturePage on this thread (the default, for tests), or captureInThread (the server). */
  capture: (url: string, limits: CaptureLimits) => Promise<CapturedPage>;
  /** The time daily re-checks are judged due at (tests move it a day on). */
  clock: () => Date;
};

export type CaptureWorker = {
  /** Starts due jobs now (or right after the look in progress). */
  wake(): void;
  /** Starts due jobs and daily re-checks and waits for them, until none is due now (for tests, the bench and shutdown). */
  runUntilIdle(): Promise<void>;
  /** Stops looking and waits for the jobs running; a job it could not record is taken over after its lease. */
  stop(): Promise<void>;
};

export function createCaptureWorker(overrides: Partial<CaptureWorkerOptions> = {}): CaptureWorker {
  const limits = overrides.limits ?? captureLimits();
  const options: CaptureWorkerOptions = {
    concurrency: env.captureConcurrency,
    pollMs: 10_000,
    dailyPollMs: 10 * 60_000,
    leaseMs: captureLeaseMs(limits.timeoutMs),
    policy: CAPTURE_RETRY_POLICY,
    limits,
    workerId: `${hostname()}/${process.pid}/${randomUUID().slice(0, 8)}`,
    capture: capturePage,
    clock: () => new Date(),
    ...overrides,
  };
  const running = new Set<Promise<void>>();
  let lastDailyLook = 0;

  async function runCapture(job: LeasedCapture) {
    let page: CapturedPage;
    try {
      page = await options.capture(job.url, options.limits);
    } catch (error) {
      const { reason, message } = isCaptureError(error)
        ? error
        : { reason: "internal", message: error instanceof Error ? error.message : "The capture failed for a reason the workspace did not expect." };
      if (!isCaptureError(error)) console.error(`Captures: capturing ${job.url} failed unexpectedly.`, error);
      await recordCaptureFailure({ lease: job, reason, message, policy: options.policy });
      return;
    }
    await recordCaptureResult({ lease: job, page });
  }

  async function runDailyRecheck(claimed: ClaimedRecheck) {
    await completeDailyRecheck(claimed, await readLivePage(claimed.url, options.limits, options.capture));
  }

  function start(task: () => Promise<void>) {
    const job: Promise<void> = task()
      .catch((error) => console.error("Captures: a job could not be recorded; it is taken over after its lease.", error))
      .finally(() => {
        running.delete(job);
        wake();
      });
    running.add(job);
  }

  /** Fills the free slots with due jobs, then daily re-checks; returns how many it started. */
  async function fill(includeDaily: boolean): Promise<number> {
    let started = 0;
    while (!loop.stopped && running.size < options.concurrency) {
      const free = options.concurrency - running.size;
      // A read first: on SQLite a lease takes the one writer, which an idle look should not.
      const dueAt = await nextCaptureDueAt();
      const jobs =
        dueAt && dueAt.getTime() <= Date.now()
          ? await leaseDueCaptures({ limit: free, leaseMs: options.leaseMs, workerId: options.workerId, policy: options.policy })
          : [];
      for (const job of jobs) start(() => runCapture(job));
      const rechecks =
        includeDaily && running.size < options.concurrency
          ? await claimDueDailyRechecks({ limit: options.concurrency - running.size, at: options.clock() })
          : [];
      for (const claimed of rechecks) start(() => runDailyRecheck(claimed));
      started += jobs.length + rechecks.length;
      if (jobs.length + rechecks.length === 0) break;
    }
    return started;
  }

  function dailyLookDue(): boolean {
    if (options.dailyPollMs <= 0 || Date.now() - lastDailyLook < options.dailyPollMs) return false;
    lastDailyLook = Date.now();
    return true;
  }

  const loop = createWakeLoop({ look: () => fill(dailyLookDue()), nextDueAt: nextCaptureDueAt, pollMs: options.pollMs, name: "Captures" });
  const wake = loop.wake;

  return {
    wake,
    async runUntilIdle() {
      for (;;) {
        await loop.looking;
        await fill(true);
        if (running.size === 0) return;
        await Promise.race(running);
      }
    },
    async stop() {
      await loop.stop();
      await Promise.allSettled([...running]);
    },
  };
}

const globalWorker = globalThis as unknown as { corroborateCaptureWorker?: CaptureWorker };

/**
 * Starts this process's worker once (instrumentation.ts), its captures made in the capture
 * thread (capture-thread.ts) so the server's event loop stays free; wires the wake, and stops
 * it (and the thread's browser) on SIGTERM/SIGINT.
 */
export function startCaptureWorker(): CaptureWorker {
  if (globalWorker.corroborateCaptureWorker) return globalWorker.corroborateCaptureWorker;
  const worker = createCaptureWorker({ capture: captureInThread });
  globalWorker.corroborateCaptureWorker = worker;
  setCaptureWake(worker.wake);
  for (const signal of ["SIGTERM", "SIGINT"] as const)
    process.once(signal, () => {
      setCaptureWake(undefined);
      void worker.stop().finally(() => Promise.all([stopCaptureThread(), shutdownCaptureBrowser()]));
    });
  worker.wake();
  return worker;
}
