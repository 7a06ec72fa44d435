import "server-only";
import { and, asc, desc, eq, isNull, lte, max, or } from "drizzle-orm";
import { isCaptureError, wordDiff, type CapturedPage, type CaptureLimits, type WordDiff } from "@/lib/capture";
import { captureErrorText, DAILY_RECHECK_INTERVAL_MS } from "@/lib/capture-jobs/policy";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/permissions";
import { captureInThread } from "../capture-thread";
import { db, forUpdate, writeTransaction } from "../connection";
import { newId, now } from "../prepared";
import { captureChecks, captures, claims, evidence, investigations, sources, type CaptureCheckRow } from "../schema";
import { assertMayRequestCapture } from "./capture-requests";
import { recordEvent } from "./events";

/**
 * "Check again": the live page read again and compared with its capture. The live page is
 * read with `capturePage` (lib/capture), the same headless Chromium, address guard and
 * readable-text extraction as the capture itself, rather than a lighter fetch of the HTML:
 * a plain fetch would extract text differently (no scripts run, other boilerplate removed),
 * and every page would read as "changed". Texts are compared by SHA-256; the check keeps the
 * live text and the word diff beside the capture (both copies kept; the live page's archive
 * and screenshot are not stored). The browser runs before any transaction.
 */

export type CaptureCheck = {
  id: string;
  captureId: string;
  checkedAt: string;
  /** null when the live page could not be read (`error`). */
  changed: boolean | null;
  diff: WordDiff | null;
  textSha256: string | null;
  httpStatus: number | null;
  finalUrl: string | null;
  error: string | null;
  /** null for the daily re-check. */
  checkedBy: string | null;
};

export type RecheckResult = { changed: boolean | null; checkedAt: string; diff: WordDiff | null; check: CaptureCheck };

function checkOf(row: CaptureCheckRow): CaptureCheck {
  const { text, ...rest } = row;
  void text;
  return rest;
}

export function captureLimits(): CaptureLimits {
  return { timeoutMs: env.captureTimeoutMs, maxBytes: env.captureMaxBytes, allowHosts: env.importAllowHosts };
}

/** What a reading of the live page gave: its text, or why it could not be read. */
export type LiveReading =
  { ok: true; text: string; textSha256: string; httpStatus: number; finalUrl: string; checkedAt: string } | { ok: false; error: string; checkedAt: string };

/**
 * Reads the live page of `url` with the capturing browser (in the process's capture thread,
 * db/capture-thread.ts, unless `capture` says otherwise); a CaptureError becomes `{ ok: false }`.
 * Never inside a transaction.
 */
export async function readLivePage(
  url: string,
  limits: CaptureLimits = captureLimits(),
  capture: (url: string, limits: CaptureLimits) => Promise<CapturedPage> = captureInThread,
): Promise<LiveReading> {
  try {
    const page = await capture(url, limits);
    return { ok: true, text: page.text, textSha256: page.textSha256, httpStatus: page.httpStatus, finalUrl: page.finalUrl, checkedAt: page.capturedAt };
  } catch (error) {
    if (!isCaptureError(error)) throw error;
    return { ok: false, error: captureErrorText(error.reason, error.message), checkedAt: now() };
  }
}

/** The captured copy's text, for a check; NOT_FOUND without the capture, CONFLICT when it has none yet. */
async function capturedTextOf(captureId: string) {
  const [capture] = await db()
    .select({
      id: captures.id,
      url: captures.url,
      status: captures.status,
      text: captures.text,
      textSha256: captures.textSha256,
      investigationId: captures.investigationId,
    })
    .from(captures)
    .where(eq(captures.id, captureId));
  if (!capture) throw new AppError("NOT_FOUND", { key: "Errors.notFound.capture" });
  if (capture.status !== "done" || capture.text === null || !capture.textSha256) throw new AppError("CONFLICT", { key: "Errors.conflict.captureNotDone" });
  return { ...capture, text: capture.text, textSha256: capture.textSha256 };
}

/**
 * Inside a write transaction: the check's row (written once the live page is read; the daily
 * re-check's row is written first, as interrupted, and completed here) and `capture.checked`.
 */
async function storeCheck(
  capture: { id: string; investigationId: string; text: string; textSha256: string },
  reading: LiveReading,
  checkedBy: string | null,
  checkId: string = newId(),
): Promise<CaptureCheck> {
  const result = reading.ok
    ? (() => {
        const changed = reading.textSha256 !== capture.textSha256;
        return {
          changed,
          text: reading.text.replaceAll("\u0000", "\uFFFD"),
          textSha256: reading.textSha256,
          diff: changed ? wordDiff(capture.text, reading.text) : [],
          httpStatus: reading.httpStatus,
          finalUrl: reading.finalUrl,
          error: null,
        };
      })()
    : { changed: null, text: null, textSha256: null, diff: null, httpStatus: null, finalUrl: null, error: reading.error };
  const values = { ...result, checkedAt: reading.checkedAt, checkedBy };
  const [row] = await db()
    .insert(captureChecks)
    .values({ id: checkId, captureId: capture.id, ...values })
    .onConflictDoUpdate({ target: captureChecks.id, set: values })
    .returning();
  const linked = await db().select({ id: evidence.id, claimId: evidence.claimId }).from(evidence).where(eq(evidence.captureId, capture.id));
  const subject = linked[0] ? { subjectType: "evidence", subjectId: linked[0].id } : { subjectType: "capture", subjectId: capture.id };
  await recordEvent({
    actorId: checkedBy,
    action: "capture.checked",
    ...subject,
    investigationId: capture.investigationId,
    data: { captureId: capture.id, checkId: row!.id, changed: result.changed, error: result.error, daily: checkedBy === null },
  });
  return checkOf(row!);
}

/**
 * "Check again": reads the live page now and records whether its text changed since the
 * capture (`changed`, with the word diff from the captured text to the live one; null with
 * `error` when the live page could not be read). Who may: whoever may ask for work on the
 * capture (creator of its evidence, editors; capture-requests.ts). NOT_FOUND without the
 * capture, CONFLICT before it is done. The browser runs before the transaction.
 */
export async function recheckCapture({ actor, captureId, limits }: { actor: Actor; captureId: string; limits?: CaptureLimits }): Promise<RecheckResult> {
  await assertMayRequestCapture(actor, captureId, { key: "Errors.forbidden.captureRecheck" });
  const capture = await capturedTextOf(captureId);
  const reading = await readLivePage(capture.url, limits);
  const check = await writeTransaction(() => storeCheck(capture, reading, actor.id));
  return { changed: check.changed, checkedAt: check.checkedAt, diff: check.diff, check };
}

/** A capture's checks, newest first, without the live texts (every signed-in person reads). NOT_FOUND without the capture. */
export async function listCaptureChecks({ actor, captureId }: { actor: Actor; captureId: string }): Promise<CaptureCheck[]> {
  void actor; // every signed-in role reads every investigation
  const [capture] = await db().select({ id: captures.id }).from(captures).where(eq(captures.id, captureId));
  if (!capture) throw new AppError("NOT_FOUND", { key: "Errors.notFound.capture" });
  const rows = await db()
    .select()
    .from(captureChecks)
    .where(eq(captureChecks.captureId, captureId))
    .orderBy(desc(captureChecks.checkedAt), desc(captureChecks.id));
  return rows.map(checkOf);
}

/** The live text a check kept (both copies are kept); NOT_FOUND without it. */
export async function getCaptureCheckText({ actor, checkId }: { actor: Actor; checkId: string }): Promise<{ text: string | null; checkedAt: string }> {
  void actor;
  const [row] = await db().select({ text: captureChecks.text, checkedAt: captureChecks.checkedAt }).from(captureChecks).where(eq(captureChecks.id, checkId));
  if (!row) throw new AppError("NOT_FOUND", { key: "Errors.notFound.captureCheck" });
  return row;
}

export { setDailyRecheck } from "./daily-recheck-setting";

/** A daily re-check a worker has claimed: its row is written (as interrupted) and completed by `completeDailyRecheck`. */
export type ClaimedRecheck = { checkId: string; captureId: string; url: string; checkedAt: string };

const interruptedError = captureErrorText("interrupted", "The daily re-check did not finish (the server stopped); it runs again the next day.");

/**
 * Claims up to `limit` daily re-checks that are due at `at`: captures that are done, shown by
 * an evidence item of an investigation with the daily re-check on, and whose last check (of
 * any kind; or the capture itself) is at least a day old. Durable and done once across
 * servers: the claim IS the check's row, inserted now (as "interrupted" until completed), so
 * "due" derives from stored times and survives restarts; each capture's row is locked and its
 * last check read again after the lock (a fresh statement, so on PostgreSQL it sees a check
 * another server committed meanwhile), then the row is inserted in the same transaction.
 */
export async function claimDueDailyRechecks({ limit, at = new Date() }: { limit: number; at?: Date }): Promise<ClaimedRecheck[]> {
  const dueBefore = new Date(at.getTime() - DAILY_RECHECK_INTERVAL_MS).toISOString();
  const candidates = await dueDailyRecheckCandidates(dueBefore, limit);
  if (candidates.length === 0) return [];
  return writeTransaction(async (tx) => {
    const claimed: ClaimedRecheck[] = [];
    for (const candidate of candidates) {
      const [locked] = await forUpdate(
        tx
          .select({ id: captures.id, url: captures.url, capturedAt: captures.capturedAt })
          .from(captures)
          .where(and(eq(captures.id, candidate.id), eq(captures.status, "done"))),
      );
      if (!locked?.capturedAt) continue;
      const [last] = await tx
        .select({ at: max(captureChecks.checkedAt) })
        .from(captureChecks)
        .where(eq(captureChecks.captureId, candidate.id));
      if ((last?.at ?? locked.capturedAt) > dueBefore) continue;
      const checkId = newId();
      await tx.insert(captureChecks).values({ id: checkId, captureId: candidate.id, checkedAt: at.toISOString(), error: interruptedError, checkedBy: null });
      claimed.push({ checkId, captureId: candidate.id, url: locked.url, checkedAt: at.toISOString() });
    }
    return claimed;
  });
}

/** Captures that look due for their daily re-check (read without locks; `claimDueDailyRechecks` decides). */
async function dueDailyRecheckCandidates(dueBefore: string, limit: number): Promise<Array<{ id: string }>> {
  const lastCheck = db()
    .select({ captureId: captureChecks.captureId, at: max(captureChecks.checkedAt).as("last_checked_at") })
    .from(captureChecks)
    .groupBy(captureChecks.captureId)
    .as("last_check");
  const rows = await db()
    .selectDistinct({ id: captures.id, capturedAt: captures.capturedAt })
    .from(captures)
    .innerJoin(evidence, eq(evidence.captureId, captures.id))
    .innerJoin(claims, eq(claims.id, evidence.claimId))
    .innerJoin(sources, eq(sources.id, claims.sourceId))
    .innerJoin(investigations, eq(investigations.id, sources.investigationId))
    .leftJoin(lastCheck, eq(lastCheck.captureId, captures.id))
    .where(
      and(
        eq(investigations.dailyRecheck, true),
        eq(captures.status, "done"),
        or(lte(lastCheck.at, dueBefore), and(isNull(lastCheck.at), lte(captures.capturedAt, dueBefore))),
      ),
    )
    .orderBy(asc(captures.capturedAt), asc(captures.id))
    .limit(limit);
  return rows;
}

/**
 * Completes a claimed daily re-check with what the live page gave (a short transaction after
 * the browser). It keeps the time it was claimed at, which the next day's "due" counts from.
 */
export async function completeDailyRecheck(claimed: ClaimedRecheck, reading: LiveReading): Promise<CaptureCheck> {
  const capture = await capturedTextOf(claimed.captureId);
  return writeTransaction(() => storeCheck(capture, { ...reading, checkedAt: claimed.checkedAt }, null, claimed.checkId));
}
