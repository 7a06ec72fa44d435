import { recentWithin, withTime, type RecentTimesStore } from "../recent-times";

/**
 * Limits on exports, which cost the server far more than other reads (a 10,000-claim export
 * is 15 MB of JSON; a PDF launches Chromium and can take a minute):
 * - each account may start at most `perAccount` exports in any `windowMs` (a runaway script
 *   or a double-clicking user cannot monopolise the servers). The starts are kept in a
 *   `RecentTimesStore` — the database — so every app server and worker process counts them
 *   together; each allowed start is one small write transaction;
 * - at most `concurrentPdfs` PDFs are printed at once in this process (each Chromium needs
 *   hundreds of MB of this machine's memory); further PDF requests are refused with a
 *   message to retry, not queued behind a minute-long job. That bound is about one machine's
 *   memory, so it stays in this process's memory and is not shared (with `WORKERS=N`, a
 *   machine prints up to N × `concurrentPdfs`).
 */
export const exportLimits = { perAccount: 30, windowMs: 60_000, concurrentPdfs: 2 };

export type ExportLimits = typeof exportLimits;

export type ExportDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Whether an account whose recent export starts are `starts` may start one at `now`. */
export function checkExportStart(starts: readonly number[], now: number, limits: ExportLimits = exportLimits): ExportDecision {
  const recent = recentWithin(starts, now, limits.windowMs);
  if (recent.length < limits.perAccount) return { allowed: true };
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((recent[0]! + limits.windowMs - now) / 1000)) };
}

/** Export starts per account, counted in `store` (the database: shared by every server). */
export class ExportLimiter {
  constructor(
    private readonly store: RecentTimesStore,
    private readonly limits: ExportLimits = exportLimits,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records an export start for `accountId`, or refuses it with how long to wait (decided and counted at once). */
  start(accountId: string): Promise<ExportDecision> {
    const now = this.now();
    return this.store.change([`export:${accountId}`], { now, windowMs: this.limits.windowMs }, ([starts = []]) => {
      const decision = checkExportStart(starts, now, this.limits);
      return { lists: [decision.allowed ? withTime(starts, now, this.limits.windowMs, this.limits.perAccount) : starts], result: decision };
    });
  }
}

/** The PDFs this process is printing: at most `concurrentPdfs` at once (a per-machine memory bound, so not shared). */
export class PdfSlots {
  private running = 0;

  constructor(private readonly concurrent: number = exportLimits.concurrentPdfs) {}

  /** Takes a slot; call the returned release when the PDF is done (or failed). Null when all are busy. */
  take(): (() => void) | null {
    if (this.running >= this.concurrent) return null;
    this.running++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.running--;
    };
  }
}
