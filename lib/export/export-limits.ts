import { RecentTimes } from "../recent-times";

/**
 * Limits on exports, which cost the server far more than other reads (a 10,000-claim export
 * is 15 MB of JSON; a PDF launches Chromium and can take a minute):
 * - each account may start at most `perAccount` exports in any `windowMs` (a runaway script
 *   or a double-clicking user cannot monopolise the server);
 * - at most `concurrentPdfs` PDFs are printed at once in this process (each Chromium needs
 *   hundreds of MB); further PDF requests are refused with a message to retry, not queued
 *   behind a minute-long job.
 * In memory, like sign-in throttling: the app is one process, and a restart forgets counts.
 */
export const exportLimits = { perAccount: 30, windowMs: 60_000, concurrentPdfs: 2, maxKeys: 10_000 };

export type ExportDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export class ExportLimiter {
  private readonly starts: RecentTimes;
  private pdfsRunning = 0;

  constructor(
    private readonly limits = exportLimits,
    private readonly now: () => number = Date.now,
  ) {
    this.starts = new RecentTimes(limits.windowMs, limits.maxKeys);
  }

  /** Records an export start for `accountId`, or refuses it with how long to wait. */
  start(accountId: string): ExportDecision {
    const now = this.now();
    const recent = this.starts.recent(accountId, now);
    if (recent.length >= this.limits.perAccount) {
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((recent[0]! + this.limits.windowMs - now) / 1000)) };
    }
    this.starts.record(accountId, now, this.limits.perAccount);
    return { allowed: true };
  }

  /** Takes a PDF slot; call the returned release when the PDF is done (or failed). Null when all are busy. */
  takePdfSlot(): (() => void) | null {
    if (this.pdfsRunning >= this.limits.concurrentPdfs) return null;
    this.pdfsRunning++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.pdfsRunning--;
    };
  }
}
