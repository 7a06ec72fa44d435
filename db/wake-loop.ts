/**
 * The wake-and-timer loop of a background worker (webhook deliveries, captures). `wake()`
 * runs `look` now, or once more right after the look in progress (never two at once); after
 * each look a timer is set for when `nextDueAt` says the next job falls due, and at least
 * every `pollMs` (jobs queued by another process, or due after a restart). A failing look
 * or due-time read is logged under `name` and tried again at the next timer.
 */
export type WakeLoop = {
  wake(): void;
  /** Whether `stop()` was called: a look in progress should end early. */
  readonly stopped: boolean;
  /** The look in progress, if any (tests and shutdown wait for it). */
  readonly looking: Promise<void> | null;
  /** Stops the timer and waits for the look in progress. */
  stop(): Promise<void>;
};

export function createWakeLoop({
  look,
  nextDueAt,
  pollMs,
  name,
}: {
  look: () => Promise<unknown>;
  nextDueAt: () => Promise<Date | null>;
  pollMs: number;
  name: string;
}): WakeLoop {
  let looking: Promise<void> | null = null;
  let again = false;
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;

  async function schedule() {
    if (stopped) return;
    const dueAt = await nextDueAt();
    const wait = dueAt ? Math.min(Math.max(dueAt.getTime() - Date.now(), 100), pollMs) : pollMs;
    if (timer) clearTimeout(timer);
    timer = setTimeout(wake, wait);
    timer.unref();
  }

  function wake() {
    if (stopped) return;
    if (looking) {
      again = true;
      return;
    }
    looking = (async () => {
      do {
        again = false;
        try {
          await look();
        } catch (error) {
          console.error(`${name}: looking for due work failed; trying again shortly.`, error);
        }
      } while (again && !stopped);
      try {
        await schedule();
      } catch (error) {
        console.error(`${name}: could not read when the next job is due.`, error);
        if (!stopped) (timer = setTimeout(wake, pollMs)).unref();
      }
    })().finally(() => {
      looking = null;
      // Woken while it was reading when the next job is due: run again now, not at the timer.
      if (again && !stopped) wake();
    });
  }

  return {
    wake,
    get stopped() {
      return stopped;
    },
    get looking() {
      return looking;
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await looking;
    },
  };
}
