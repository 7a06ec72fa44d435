import "server-only";
import { createHash } from "node:crypto";
import { and, asc, eq, getTableColumns, gte, inArray, lte, min, or, sql } from "drizzle-orm";
import type { CapturedPage } from "@/lib/capture";
import { captureErrorText, isCapturableUrl, isFinalCaptureFailure } from "@/lib/capture-jobs/policy";
import { checkQuoteInCapture, type CaptureQuoteCheck } from "@/lib/capture-jobs/quote-check";
import { AppError } from "@/lib/errors";
import { nextRetryDelayMs, type RetryPolicy } from "@/lib/webhooks/retry-schedule";
import { afterCommit, db, engineKind, forUpdate, writeTransaction } from "../connection";
import { wakeCaptureWorker } from "../capture-wake";
import { now } from "../prepared";
import { captureBlobs, captures, evidence, sources, type CaptureRow, type CaptureStatus } from "../schema";
import { recordEvent } from "./events";
import { indexEvidenceOfCapture } from "./search-index";

/**
 * The capture queue. One `captures` row is both the durable job and its result: a change that
 * adds evidence with a web address (or imports a source from one) inserts a pending row in its
 * own transaction, so a change that rolls back queues nothing and one that commits cannot lose
 * its capture. Any server's worker (db/capture-worker.ts) then leases due rows, captures the
 * page outside any transaction, and records the result or the failure if it still holds the
 * lease. The WACZ and the PNG go to `capture_blobs`, once per SHA-256.
 */

/** The capture as the API's `capture` object shows it (CAPTURES.md); `sha256` is the archive's. */
export type CaptureSummary = {
  id: string;
  status: CaptureStatus;
  capturedAt: string | null;
  finalUrl: string | null;
  httpStatus: number | null;
  title: string | null;
  sha256: string | null;
  textSha256: string | null;
  error: string | null;
};

/** A capture with what its own page and `GET /api/v1/captures/{id}` show. */
export type CaptureView = CaptureSummary & {
  investigationId: string;
  url: string;
  attempts: number;
  /** When a pending capture is next tried (now, or after a failed attempt's back-off); null otherwise. */
  nextAttemptAt: string | null;
  screenshotSha256: string | null;
  requestedBy: string | null;
  createdAt: string;
  updatedAt: string;
};

const summaryColumns = {
  id: captures.id,
  status: captures.status,
  capturedAt: captures.capturedAt,
  finalUrl: captures.finalUrl,
  httpStatus: captures.httpStatus,
  title: captures.title,
  sha256: captures.archiveSha256,
  textSha256: captures.textSha256,
  error: captures.error,
};

const notFound = () => new AppError("NOT_FOUND", { key: "Errors.notFound.capture" });

/**
 * Inside the caller's write transaction: queues a capture of `url` for the investigation and
 * returns its id, or null when the address is not a web page's (no capture for mailto:, DOIs…).
 * The worker of this process is woken once the transaction commits.
 */
export async function enqueueCapture({
  investigationId,
  url,
  requestedBy,
}: {
  investigationId: string;
  url: string | null | undefined;
  requestedBy: string | null;
}): Promise<string | null> {
  if (!isCapturableUrl(url)) return null;
  const at = now();
  const [row] = await db()
    .insert(captures)
    .values({ investigationId, url, status: "pending", attempts: 0, dueAt: at, requestedBy, createdAt: at, updatedAt: at })
    .returning({ id: captures.id });
  afterCommit(wakeCaptureWorker);
  return row!.id;
}

/**
 * Inside a write transaction: records that a capture changed state, once per evidence item
 * and source that shows it (subject `evidence` or `source`, with the claim for evidence), so
 * the live stream updates the pages that show them; a capture nothing shows any more is its
 * own subject.
 */
async function recordCaptureEvent(
  capture: { id: string; investigationId: string },
  action: "capture.requested" | "capture.started" | "capture.done" | "capture.failed" | "capture.retrying",
  data: Record<string, unknown>,
  actorId: string | null = null,
): Promise<void> {
  const linkedEvidence = await db().select({ id: evidence.id, claimId: evidence.claimId }).from(evidence).where(eq(evidence.captureId, capture.id));
  const linkedSources = await db().select({ id: sources.id }).from(sources).where(eq(sources.captureId, capture.id));
  const subjects = [
    ...linkedEvidence.map((item) => ({ subjectType: "evidence", subjectId: item.id, extra: { claimId: item.claimId } })),
    ...linkedSources.map((source) => ({ subjectType: "source", subjectId: source.id, extra: {} })),
  ];
  if (subjects.length === 0) subjects.push({ subjectType: "capture", subjectId: capture.id, extra: {} });
  for (const { subjectType, subjectId, extra } of subjects)
    await recordEvent({
      actorId,
      action,
      subjectType,
      subjectId,
      investigationId: capture.investigationId,
      data: { captureId: capture.id, ...extra, ...data },
    });
}

/** A job a worker holds until `leasedUntil`. */
export type LeasedCapture = { id: string; investigationId: string; url: string; attempts: number; leasedUntil: string; leasedBy: string };

/**
 * Takes up to `limit` jobs that are due for the worker `workerId` until `at + leaseMs`,
 * counting the attempt and recording `capture.started`. Due: pending with `dueAt` passed, or
 * capturing with its lease run out (its server died or hung: the job is taken over). A
 * taken-over job that has had its last attempt fails instead (`interrupted`), so a page that
 * crashes servers is not tried for ever. Two workers never hold one job: on PostgreSQL the
 * due rows are selected `FOR UPDATE SKIP LOCKED` (a row another server is leasing is passed
 * over, and once leased it is no longer due); on SQLite the single writer runs one lease at a time.
 */
export async function leaseDueCaptures({
  limit,
  leaseMs,
  workerId,
  policy,
  at = new Date(),
}: {
  limit: number;
  leaseMs: number;
  workerId: string;
  policy: RetryPolicy;
  at?: Date;
}): Promise<LeasedCapture[]> {
  const nowText = at.toISOString();
  const leasedUntil = new Date(at.getTime() + leaseMs).toISOString();
  return writeTransaction(async (tx) => {
    const abandoned = await tx
      .update(captures)
      .set({
        status: "failed",
        leasedUntil: null,
        leasedBy: null,
        error: captureErrorText("interrupted", "The server making this capture stopped before it finished, on the last attempt."),
        updatedAt: nowText,
      })
      .where(and(eq(captures.status, "capturing"), lte(captures.leasedUntil, nowText), gte(captures.attempts, policy.maxAttempts)))
      .returning({ id: captures.id, investigationId: captures.investigationId, error: captures.error });
    for (const capture of abandoned) await recordCaptureEvent(capture, "capture.failed", { status: "failed", error: capture.error });
    const due = tx
      .select({ id: captures.id })
      .from(captures)
      .where(or(and(eq(captures.status, "pending"), lte(captures.dueAt, nowText)), and(eq(captures.status, "capturing"), lte(captures.leasedUntil, nowText))))
      .orderBy(asc(captures.dueAt), asc(captures.id))
      .limit(limit);
    const ids = (await (engineKind() === "postgres" ? due.for("update", { skipLocked: true }) : due)).map((row) => row.id);
    if (ids.length === 0) return [];
    const leased = await tx
      .update(captures)
      .set({ status: "capturing", leasedUntil, leasedBy: workerId, attempts: sql`${captures.attempts} + 1`, updatedAt: nowText })
      .where(inArray(captures.id, ids))
      .returning({ id: captures.id, investigationId: captures.investigationId, url: captures.url, attempts: captures.attempts });
    for (const capture of leased) await recordCaptureEvent(capture, "capture.started", { status: "capturing", attempt: capture.attempts });
    return leased.map((row) => ({ ...row, leasedUntil, leasedBy: workerId }));
  });
}

/** Inside a write transaction: the job's row locked, if `lease` still holds it (else another worker took it over). */
async function heldCapture(lease: Pick<LeasedCapture, "id" | "leasedUntil" | "leasedBy">) {
  const [row] = await forUpdate(
    db()
      .select({ id: captures.id, investigationId: captures.investigationId, attempts: captures.attempts })
      .from(captures)
      .where(
        and(eq(captures.id, lease.id), eq(captures.status, "capturing"), eq(captures.leasedBy, lease.leasedBy), eq(captures.leasedUntil, lease.leasedUntil)),
      ),
  );
  return row;
}

/** What the queue keeps of a capture (lib/capture's CapturedPage has these and more). */
export type CaptureOutcome = Pick<CapturedPage, "finalUrl" | "httpStatus" | "title" | "capturedAt" | "wacz" | "sha256" | "screenshot" | "text" | "textSha256">;

const sha256Hex = (data: string | Buffer) => createHash("sha256").update(data).digest("hex");

/**
 * Records a capture's result if `lease` still holds the job (returns false, writing nothing,
 * when the lease was lost): the WACZ and PNG stored once per hash (`ON CONFLICT DO NOTHING`),
 * the job `done` with the page's address, status, title, time, text and hashes, each linked
 * evidence's quote checked against the text (`evidence.capture_quote_match`), and
 * `capture.done` recorded. The quote search runs before the transaction.
 */
export async function recordCaptureResult({
  lease,
  page,
}: {
  lease: Pick<LeasedCapture, "id" | "leasedUntil" | "leasedBy">;
  page: CaptureOutcome;
}): Promise<boolean> {
  // PostgreSQL text cannot hold U+0000; such a text is stored with U+FFFD and hashed as stored.
  const text = page.text.includes("\u0000") ? page.text.replaceAll("\u0000", "\uFFFD") : page.text;
  const textSha256 = text === page.text ? page.textSha256 : sha256Hex(text);
  const quotes = await db().select({ id: evidence.id, quote: evidence.quote }).from(evidence).where(eq(evidence.captureId, lease.id));
  const checked = new Map(quotes.map((item) => [item.id, { quote: item.quote, match: checkQuoteInCapture(text, item.quote) }]));
  const at = now();
  return writeTransaction(async (tx) => {
    const held = await heldCapture(lease);
    if (!held) return false;
    await storeBlobs([
      { sha256: page.sha256, contentType: "application/wacz+zip", bytes: page.wacz },
      { sha256: sha256Hex(page.screenshot), contentType: "image/png", bytes: page.screenshot },
    ]);
    await tx
      .update(captures)
      .set({
        status: "done",
        leasedUntil: null,
        leasedBy: null,
        error: null,
        capturedAt: page.capturedAt,
        finalUrl: page.finalUrl,
        httpStatus: page.httpStatus,
        title: page.title.slice(0, 1_000),
        archiveSha256: page.sha256,
        screenshotSha256: sha256Hex(page.screenshot),
        text,
        textSha256,
        updatedAt: at,
      })
      .where(eq(captures.id, lease.id));
    // Evidence linked (or its quote edited) since the search above is checked here, in the transaction.
    const linked = await tx.select({ id: evidence.id, quote: evidence.quote }).from(evidence).where(eq(evidence.captureId, lease.id));
    for (const item of linked) {
      const early = checked.get(item.id);
      const match = early && early.quote === item.quote ? early.match : checkQuoteInCapture(text, item.quote);
      await tx.update(evidence).set({ captureQuoteMatch: match }).where(eq(evidence.id, item.id));
    }
    // The captured text is searchable from the moment it is stored (the evidence's search row carries it).
    await indexEvidenceOfCapture(lease.id);
    await recordCaptureEvent(held, "capture.done", { status: "done", sha256: page.sha256, finalUrl: page.finalUrl, httpStatus: page.httpStatus });
    return true;
  });
}

/** Inside a write transaction: blobs stored once per SHA-256 (an existing one is kept as it is). */
async function storeBlobs(blobs: Array<{ sha256: string; contentType: string; bytes: Buffer }>) {
  const unique = [...new Map(blobs.map((blob) => [blob.sha256, blob])).values()];
  await db()
    .insert(captureBlobs)
    .values(unique.map((blob) => ({ ...blob, size: blob.bytes.byteLength, createdAt: now() })))
    .onConflictDoNothing({ target: captureBlobs.sha256 });
}

/**
 * Records a failed attempt if `lease` still holds the job (false otherwise): pending again
 * after the back-off (`capture.retrying`), or `failed` (`capture.failed`) after the last
 * attempt or at once for a failure another attempt cannot mend (lib/capture-jobs/policy.ts).
 */
export async function recordCaptureFailure({
  lease,
  reason,
  message,
  policy,
  at = new Date(),
  random = Math.random,
}: {
  lease: Pick<LeasedCapture, "id" | "leasedUntil" | "leasedBy">;
  reason: string;
  message: string;
  policy: RetryPolicy;
  at?: Date;
  random?: () => number;
}): Promise<boolean> {
  const error = captureErrorText(reason, message);
  return writeTransaction(async (tx) => {
    const held = await heldCapture(lease);
    if (!held) return false;
    const retryIn = isFinalCaptureFailure(reason) ? null : nextRetryDelayMs(held.attempts, policy, random);
    const dueAt = retryIn === null ? null : new Date(at.getTime() + retryIn).toISOString();
    await tx
      .update(captures)
      .set({ status: dueAt ? "pending" : "failed", ...(dueAt ? { dueAt } : {}), error, leasedUntil: null, leasedBy: null, updatedAt: at.toISOString() })
      .where(eq(captures.id, lease.id));
    if (dueAt) await recordCaptureEvent(held, "capture.retrying", { status: "pending", error, nextAttemptAt: dueAt });
    else await recordCaptureEvent(held, "capture.failed", { status: "failed", error });
    return true;
  });
}

/** When the next job falls due (a pending one's time, or a capturing one's lease end), or null when none waits. */
export async function nextCaptureDueAt(): Promise<Date | null> {
  const dueAt = sql<string>`case when ${captures.status} = 'capturing' then ${captures.leasedUntil} else ${captures.dueAt} end`;
  const [row] = await db()
    .select({ at: min(dueAt) })
    .from(captures)
    .where(inArray(captures.status, ["pending", "capturing"]));
  return row?.at ? new Date(row.at) : null;
}

function viewOf(row: CaptureRow): CaptureView {
  return {
    id: row.id,
    status: row.status,
    capturedAt: row.capturedAt,
    finalUrl: row.finalUrl,
    httpStatus: row.httpStatus,
    title: row.title,
    sha256: row.archiveSha256,
    textSha256: row.textSha256,
    error: row.error,
    investigationId: row.investigationId,
    url: row.url,
    attempts: row.attempts,
    nextAttemptAt: row.status === "pending" ? row.dueAt : null,
    screenshotSha256: row.screenshotSha256,
    requestedBy: row.requestedBy,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** The capture's row without its text (which may be long). */
async function readCapture(id: string): Promise<CaptureRow | undefined> {
  const [row] = await db().select(columnsWithoutText).from(captures).where(eq(captures.id, id));
  return row ? { ...row, text: null } : undefined;
}

const columnsWithoutText = (() => {
  const { text, ...rest } = getTableColumns(captures);
  void text;
  return rest;
})();

/**
 * A capture, for anyone who may read its investigation (every signed-in person may read every
 * investigation; lib/permissions.ts). NOT_FOUND when there is none.
 */
export async function getCapture({ actor, id }: { actor: { id: string }; id: string }): Promise<CaptureView> {
  void actor; // every signed-in role reads every investigation, as with evidence
  const row = await readCapture(id);
  if (!row) throw notFound();
  return viewOf(row);
}

/** The captures of `ids` as the API's `capture` objects, by id (for evidence and source reads; no permission of its own). */
export async function captureSummaries(ids: ReadonlyArray<string | null>): Promise<Map<string, CaptureSummary>> {
  const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  const found = new Map<string, CaptureSummary>();
  for (let index = 0; index < wanted.length; index += 500) {
    const rows = await db()
      .select(summaryColumns)
      .from(captures)
      .where(inArray(captures.id, wanted.slice(index, index + 500)));
    for (const row of rows) found.set(row.id, row);
  }
  return found;
}

/** Evidence rows with their `capture` object (null without one), for reads of evidence. */
export async function withCaptures<Row extends { captureId: string | null }>(rows: Row[]): Promise<Array<Row & { capture: CaptureSummary | null }>> {
  const summaries = await captureSummaries(rows.map((row) => row.captureId));
  return rows.map((row) => ({ ...row, capture: (row.captureId && summaries.get(row.captureId)) || null }));
}

/**
 * An evidence quote checked against the text of the capture `captureId` (lib/capture-jobs
 * quote-check.ts), or null when there is no quote, no capture, or it is not done yet. Slow on
 * long texts: outside write transactions where it can be.
 */
export async function captureQuoteMatchOf(captureId: string | null, quote: string | null | undefined): Promise<CaptureQuoteCheck | null> {
  if (!captureId || !quote) return null;
  const [row] = await db()
    .select({ text: captures.text })
    .from(captures)
    .where(and(eq(captures.id, captureId), eq(captures.status, "done")));
  return row?.text == null ? null : checkQuoteInCapture(row.text, quote);
}

/** The capture of one evidence item (null when it has none); NOT_FOUND without the evidence. */
export async function captureOfEvidence({ actor, evidenceId }: { actor: { id: string }; evidenceId: string }): Promise<CaptureSummary | null> {
  void actor; // every signed-in role may read evidence
  const [row] = await db().select({ captureId: evidence.captureId }).from(evidence).where(eq(evidence.id, evidenceId));
  if (!row) throw new AppError("NOT_FOUND", { key: "Errors.notFound.evidence" });
  if (!row.captureId) return null;
  return (await captureSummaries([row.captureId])).get(row.captureId) ?? null;
}

/** The readable text of a finished capture; NOT_FOUND when there is no such capture or it has none yet. */
export async function getCaptureText({ actor, id }: { actor: { id: string }; id: string }): Promise<{ text: string; textSha256: string; capturedAt: string }> {
  void actor;
  const [row] = await db()
    .select({ text: captures.text, textSha256: captures.textSha256, capturedAt: captures.capturedAt })
    .from(captures)
    .where(eq(captures.id, id));
  if (!row) throw notFound();
  if (row.text === null || !row.textSha256 || !row.capturedAt) throw new AppError("NOT_FOUND", "This capture has no text yet.");
  return { text: row.text, textSha256: row.textSha256, capturedAt: row.capturedAt };
}

export type CaptureFile = { bytes: Buffer; contentType: string; sha256: string; size: number; capturedAt: string; finalUrl: string | null };

/**
 * The screenshot (PNG) or archive (WACZ) of a finished capture, from the blob store;
 * NOT_FOUND when there is no such capture or it has not finished.
 */
export async function getCaptureFile({ actor, id, kind }: { actor: { id: string }; id: string; kind: "screenshot" | "archive" }): Promise<CaptureFile> {
  const capture = await getCapture({ actor, id });
  const sha256 = kind === "archive" ? capture.sha256 : capture.screenshotSha256;
  if (!sha256 || !capture.capturedAt)
    throw new AppError("NOT_FOUND", kind === "archive" ? "This capture has no archive yet." : "This capture has no screenshot yet.");
  const blob = await getCaptureBlob(sha256);
  if (!blob) throw new AppError("NOT_FOUND", "The capture's file is missing from the store.");
  return { ...blob, capturedAt: capture.capturedAt, finalUrl: capture.finalUrl };
}

/** A stored blob by its SHA-256 (no permission of its own: callers reach it through a capture they may read). */
export async function getCaptureBlob(sha256: string): Promise<{ bytes: Buffer; contentType: string; sha256: string; size: number } | null> {
  const [blob] = await db()
    .select({ bytes: captureBlobs.bytes, contentType: captureBlobs.contentType, sha256: captureBlobs.sha256, size: captureBlobs.size })
    .from(captureBlobs)
    .where(eq(captureBlobs.sha256, sha256));
  return blob ? { ...blob, bytes: Buffer.from(blob.bytes) } : null;
}
