import { createHash } from "node:crypto";
import { and, asc, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/permissions";
import type { Engine } from "../client";
import { db, onEngine } from "../connection";
import { captureBlobs, captures, events, evidence } from "../schema";
import { claimOnNewSource, createTestActor, installTestDatabase, twoServersOn } from "../test-database";
import { recaptureEvidence, retryCapture } from "./capture-requests";
import {
  captureOfEvidence,
  getCapture,
  getCaptureFile,
  getCaptureText,
  leaseDueCaptures,
  recordCaptureFailure,
  recordCaptureResult,
  type CaptureOutcome,
  type LeasedCapture,
} from "./captures";
import { addEvidence, getEvidenceById, updateEvidence } from "./evidence";
import { importAnnotations } from "./import-annotations";
import { searchWorkspace } from "./search";
import { createInvestigation } from "./investigations";
import { createSource } from "./sources";
import { describeSpan } from "@/lib/anchoring";

let engine: Engine;
let editor: Actor;
let reviewer: Actor;
let investigationId: string;
let claimId: string;

const policy = { firstRetryMs: 60_000, maxDelayMs: 3_600_000, maxAttempts: 3 };
const lease = (workerId: string, at = new Date(), limit = 10) => leaseDueCaptures({ limit, leaseMs: 90_000, workerId, policy, at });
const sha = (data: string | Buffer) => createHash("sha256").update(data).digest("hex");

/** What a capture of a page saying `text` gives (the bytes stand for a WACZ and a PNG; their hashes are theirs). */
function outcome(text: string, archive = `archive of ${text}`): CaptureOutcome {
  const wacz = Buffer.from(archive);
  return {
    finalUrl: "https://news.example/story",
    httpStatus: 200,
    title: "The story",
    capturedAt: "2026-12-07T10:00:00.000Z",
    wacz,
    sha256: sha(wacz),
    screenshot: Buffer.from([0x89, 0x50, 0x4e, 0x47, ...Buffer.from(text)]),
    text,
    textSha256: sha(text),
  };
}

const captureRows = () => db().select().from(captures).orderBy(asc(captures.createdAt), asc(captures.id));
const eventsNamed = (action: string) => db().select().from(events).where(eq(events.action, action)).orderBy(asc(events.id));

beforeEach(async () => {
  engine = await installTestDatabase();
  editor = await createTestActor("editor");
  reviewer = await createTestActor("reviewer");
  investigationId = (await createInvestigation({ actor: editor, input: { title: "Flights" } })).id;
  claimId = (await claimOnNewSource({ actor: editor, investigationId, text: "Officials counted over 200 deportees.", phrase: "over 200 deportees" })).id;
});

describe("queuing captures", () => {
  it("queues a pending capture, due now, when evidence with a web address is added; none for an address that is not http(s)", async () => {
    const item = await addEvidence({ actor: reviewer, claimId, fields: { url: "https://news.example/story", stance: "supports", quote: "238 people" } });
    await addEvidence({ actor: reviewer, claimId, fields: { url: "mailto:desk@news.example", stance: "supports" } });
    await addEvidence({ actor: reviewer, claimId, fields: { outlet: "A phone call", stance: "adds-context" } });
    const rows = await captureRows();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ url: "https://news.example/story", status: "pending", attempts: 0, investigationId, requestedBy: reviewer.id });
    expect(item.captureId).toBe(rows[0]!.id);
    expect((await getEvidenceById({ actor: reviewer, id: item.id })).capture).toMatchObject({ id: rows[0]!.id, status: "pending", sha256: null, error: null });
  });

  it("gives evidence whose address changes a new capture and keeps the old one; the same address keeps its capture", async () => {
    const item = await addEvidence({ actor: reviewer, claimId, fields: { url: "https://news.example/a", stance: "supports" } });
    const same = await updateEvidence({ actor: reviewer, id: item.id, version: 1, fields: { url: "https://news.example/a", stance: "refutes" } });
    expect(same.captureId).toBe(item.captureId);
    const moved = await updateEvidence({ actor: reviewer, id: item.id, version: 2, fields: { url: "https://news.example/b", stance: "refutes" } });
    expect(moved.captureId).not.toBe(item.captureId);
    expect((await captureRows()).map((row) => row.url)).toEqual(["https://news.example/a", "https://news.example/b"]);
    const cleared = await updateEvidence({ actor: reviewer, id: item.id, version: 3, fields: { outlet: "Gone offline", stance: "refutes" } });
    expect(cleared.captureId).toBeNull();
  });

  it("queues a capture for each imported evidence link with a web address (W3C import)", async () => {
    const text = "Officials counted over 200 deportees.";
    await createSource({ actor: editor, investigationId, input: { title: "Wire", text, url: "https://wire.example/a" } });
    const { quote, position } = describeSpan(text, 0, "Officials counted".length);
    const evidenceItem = (url: string) => ({ url, outlet: null, quote: null, stance: "supports" as const, accessedAt: null });
    const summary = await importAnnotations({
      actor: editor,
      investigationId,
      plan: {
        sources: [{ key: "https://wire.example/a", url: "https://wire.example/a", title: "Wire", outlet: null, publishedAt: null, text: null, language: null }],
        annotations: [
          {
            sourceKey: "https://wire.example/a",
            quote: { exact: quote.exact, prefix: quote.prefix ?? "", suffix: quote.suffix ?? "" },
            position: { start: position!.start, end: position!.end },
            verdictKey: null,
            verdictLabel: null,
            rationale: "",
            status: null,
            evidence: [evidenceItem("https://gov.example/list"), evidenceItem("urn:isbn:0451450523")],
            comments: [],
            factId: null,
            factTitle: null,
          },
        ],
        skipped: [],
      },
    });
    expect(summary.evidence).toBe(2);
    const imported = await db().select({ url: evidence.url, captureId: evidence.captureId }).from(evidence).orderBy(asc(evidence.url));
    const rows = await captureRows();
    expect(rows.map((row) => [row.url, row.status])).toEqual([["https://gov.example/list", "pending"]]);
    expect(imported).toEqual([
      { url: "https://gov.example/list", captureId: rows[0]!.id },
      { url: "urn:isbn:0451450523", captureId: null },
    ]);
  });
});

describe("leasing", () => {
  it("leases a due job once, counting the attempt; another worker finds nothing while the lease holds, then takes it over", async () => {
    const item = await addEvidence({ actor: reviewer, claimId, fields: { url: "https://news.example/story", stance: "supports" } });
    const at = new Date();
    const [job] = await lease("server-a", at);
    expect(job).toMatchObject({ id: item.captureId, attempts: 1, leasedBy: "server-a", url: "https://news.example/story" });
    expect(await lease("server-b", new Date(at.getTime() + 60_000))).toEqual([]);
    const [takenOver] = await lease("server-b", new Date(at.getTime() + 91_000));
    expect(takenOver).toMatchObject({ id: item.captureId, attempts: 2, leasedBy: "server-b" });
    // The first server comes back with its result: its lease is gone, so nothing is written.
    expect(await recordCaptureResult({ lease: job!, page: outcome("Too late.") })).toBe(false);
    expect((await captureRows())[0]).toMatchObject({ status: "capturing", leasedBy: "server-b", text: null });
    expect(await recordCaptureResult({ lease: takenOver!, page: outcome("In time.") })).toBe(true);
    expect((await captureRows())[0]).toMatchObject({ status: "done", leasedBy: null, leasedUntil: null, text: "In time." });
  });

  it("fails a taken-over job that had its last attempt, instead of trying it for ever", async () => {
    await addEvidence({ actor: reviewer, claimId, fields: { url: "https://news.example/story", stance: "supports" } });
    let at = Date.now();
    for (let attempt = 1; attempt <= policy.maxAttempts; attempt++) {
      expect(await lease(`server-${attempt}`, new Date(at))).toHaveLength(1);
      at += 91_000; // each server dies holding the job
    }
    expect(await lease("server-last", new Date(at))).toEqual([]);
    expect((await captureRows())[0]).toMatchObject({ status: "failed", attempts: policy.maxAttempts });
    expect((await captureRows())[0]!.error).toMatch(/^interrupted: /);
    expect((await eventsNamed("capture.failed")).map((event) => event.subjectType)).toEqual(["evidence"]);
  });

  it("never gives one job to two workers leasing at the same moment on two servers", async () => {
    const [first, second] = await twoServersOn(engine);
    await onEngine(first, async () => {
      const owner = await createTestActor("editor");
      const id = (await createInvestigation({ actor: owner, input: { title: "Shared" } })).id;
      const claim = await claimOnNewSource({ actor: owner, investigationId: id, text: "Officials counted over 200 deportees.", phrase: "over 200 deportees" });
      for (let n = 0; n < 12; n++) await addEvidence({ actor: owner, claimId: claim.id, fields: { url: `https://news.example/${n}`, stance: "supports" } });
      const leased: LeasedCapture[] = [];
      for (let round = 0; round < 4; round++) {
        const [a, b] = await Promise.all([lease("server-a", new Date(), 2), onEngine(second, () => lease("server-b", new Date(), 2))]);
        leased.push(...a, ...b);
      }
      const ids = leased.map((job) => job.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).toHaveLength(12);
      expect((await captureRows()).every((row) => row.status === "capturing" && row.attempts === 1)).toBe(true);
    });
  });
});

describe("results and failures", () => {
  it("records the result, stores each blob once per hash, checks the quote, and records started and done on the evidence", async () => {
    const a = await addEvidence({
      actor: reviewer,
      claimId,
      fields: { url: "https://news.example/a", stance: "supports", quote: "238 people were   on the flights" },
    });
    const b = await addEvidence({ actor: reviewer, claimId, fields: { url: "https://news.example/b", stance: "supports", quote: "nobody said this" } });
    const jobs = await lease("server-a");
    const page = outcome("The ministry said 238 people were on the flights.", "one archive for both");
    for (const job of jobs) expect(await recordCaptureResult({ lease: job, page })).toBe(true);
    const blobs = await db().select({ sha256: captureBlobs.sha256, contentType: captureBlobs.contentType, size: captureBlobs.size }).from(captureBlobs);
    expect(blobs.sort((x, y) => x.contentType.localeCompare(y.contentType))).toEqual([
      { sha256: page.sha256, contentType: "application/wacz+zip", size: page.wacz.byteLength },
      { sha256: sha(page.screenshot), contentType: "image/png", size: page.screenshot.byteLength },
    ]);
    const readA = await getEvidenceById({ actor: reviewer, id: a.id });
    expect(readA.capture).toEqual({
      id: a.captureId,
      status: "done",
      capturedAt: page.capturedAt,
      finalUrl: page.finalUrl,
      httpStatus: 200,
      title: "The story",
      sha256: page.sha256,
      textSha256: page.textSha256,
      error: null,
    });
    expect(readA.captureQuoteMatch).toEqual({ status: "found", start: page.text.indexOf("238"), end: page.text.length - 1 });
    expect((await getEvidenceById({ actor: reviewer, id: b.id })).captureQuoteMatch).toEqual({ status: "not-found" });
    const archive = await getCaptureFile({ actor: reviewer, id: a.captureId!, kind: "archive" });
    expect(archive).toMatchObject({ contentType: "application/wacz+zip", sha256: page.sha256 });
    expect(archive.bytes.equals(page.wacz)).toBe(true);
    expect((await getCaptureFile({ actor: reviewer, id: b.captureId!, kind: "screenshot" })).bytes.equals(page.screenshot)).toBe(true);
    expect(await getCaptureText({ actor: reviewer, id: a.captureId! })).toEqual({ text: page.text, textSha256: page.textSha256, capturedAt: page.capturedAt });
    const started = await eventsNamed("capture.started");
    const done = await eventsNamed("capture.done");
    for (const recorded of [started, done]) {
      expect(recorded.map((event) => [event.subjectType, event.subjectId, event.investigationId])).toEqual(
        expect.arrayContaining([
          ["evidence", a.id, investigationId],
          ["evidence", b.id, investigationId],
        ]),
      );
      expect(recorded).toHaveLength(2);
    }
  });

  it("makes the captured text searchable in the transaction that stores it, and a new capture of the evidence drops the old text", async () => {
    const item = await addEvidence({ actor: reviewer, claimId, fields: { url: "https://news.example/a", stance: "supports" } });
    const evidenceFound = async (q: string) =>
      (await searchWorkspace(editor, { q, kind: "evidence" })).results.filter((result) => result.id === item.id).length;
    expect(await evidenceFound("penitentiary")).toBe(0);
    const [job] = await lease("server-a");
    await recordCaptureResult({ lease: job!, page: outcome("The penitentiary received the deportees on Monday.") });
    expect(await evidenceFound("penitentiary")).toBe(1);
    await recaptureEvidence({ actor: editor, evidenceId: item.id });
    expect(await evidenceFound("penitentiary")).toBe(0);
  });

  it("checks the quote again when it is edited, against the capture's text", async () => {
    const item = await addEvidence({ actor: reviewer, claimId, fields: { url: "https://news.example/a", stance: "supports", quote: "not in the page" } });
    const [job] = await lease("server-a");
    await recordCaptureResult({ lease: job!, page: outcome("Officials counted 238 deportees on Monday.") });
    expect((await getEvidenceById({ actor: reviewer, id: item.id })).captureQuoteMatch).toEqual({ status: "not-found" });
    const edited = await updateEvidence({
      actor: reviewer,
      id: item.id,
      version: 1,
      fields: { url: "https://news.example/a", stance: "supports", quote: "238 deportees" },
    });
    expect(edited.captureQuoteMatch).toEqual({ status: "found", start: 18, end: 31 });
    const noQuote = await updateEvidence({ actor: reviewer, id: item.id, version: 2, fields: { url: "https://news.example/a", stance: "supports" } });
    expect(noQuote.captureQuoteMatch).toBeNull();
  });

  it("tries a failed capture again after a growing back-off, then fails it for good; a refused address fails at once", async () => {
    const item = await addEvidence({ actor: reviewer, claimId, fields: { url: "https://news.example/slow", stance: "supports" } });
    let at = new Date();
    const waits: number[] = [];
    for (let attempt = 1; attempt <= policy.maxAttempts; attempt++) {
      const [job] = await lease("server-a", at);
      expect(job?.attempts).toBe(attempt);
      expect(await recordCaptureFailure({ lease: job!, reason: "timeout", message: "The page did not finish loading.", policy, at, random: () => 0 })).toBe(
        true,
      );
      const [row] = await captureRows();
      if (attempt < policy.maxAttempts) {
        expect(row).toMatchObject({ status: "pending", error: "timeout: The page did not finish loading.", leasedBy: null });
        waits.push(new Date(row!.dueAt).getTime() - at.getTime());
        expect(await lease("server-a", new Date(at.getTime() + waits.at(-1)! - 1))).toEqual([]);
        at = new Date(at.getTime() + waits.at(-1)!);
      } else expect(row).toMatchObject({ status: "failed", attempts: 3, error: "timeout: The page did not finish loading." });
    }
    expect(waits).toEqual([30_000, 120_000]);
    expect((await eventsNamed("capture.retrying")).map((event) => event.subjectId)).toEqual([item.id, item.id]);
    expect((await eventsNamed("capture.failed")).map((event) => (event.data as { error: string }).error)).toEqual([
      "timeout: The page did not finish loading.",
    ]);
    expect((await captureOfEvidence({ actor: reviewer, evidenceId: item.id }))?.status).toBe("failed");

    await addEvidence({ actor: reviewer, claimId, fields: { url: "http://10.0.0.1/", stance: "supports" } });
    const [refused] = await lease("server-a", at);
    await recordCaptureFailure({ lease: refused!, reason: "refused-address", message: "That address is private.", policy, at });
    expect((await db().select().from(captures).where(eq(captures.id, refused!.id)))[0]).toMatchObject({ status: "failed", attempts: 1 });
  });
});

describe("who may read and ask", () => {
  it("lets every signed-in person read a capture; a capture that does not exist is NOT_FOUND, as are its text and files before it is done", async () => {
    const item = await addEvidence({ actor: editor, claimId, fields: { url: "https://news.example/a", stance: "supports" } });
    expect(await getCapture({ actor: reviewer, id: item.captureId! })).toMatchObject({
      id: item.captureId,
      status: "pending",
      url: "https://news.example/a",
      attempts: 0,
    });
    await expect(getCapture({ actor: reviewer, id: "no-such-capture" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getCaptureText({ actor: reviewer, id: item.captureId! })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getCaptureFile({ actor: reviewer, id: item.captureId!, kind: "archive" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getCaptureFile({ actor: reviewer, id: "no-such-capture", kind: "screenshot" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("captures again as a new row the evidence then shows, keeping the old one; only its creator or an editor may, and not on an approved claim", async () => {
    const item = await addEvidence({ actor: editor, claimId, fields: { url: "https://news.example/a", stance: "supports" } });
    await expect(recaptureEvidence({ actor: reviewer, evidenceId: item.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(recaptureEvidence({ actor: editor, evidenceId: "nothing" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const again = await recaptureEvidence({ actor: editor, evidenceId: item.id });
    expect(again).toMatchObject({ status: "pending" });
    expect(again.id).not.toBe(item.captureId);
    expect((await captureRows()).map((row) => row.id)).toEqual([item.captureId, again.id]);
    expect((await getEvidenceById({ actor: reviewer, id: item.id })).captureId).toBe(again.id);
    expect((await eventsNamed("capture.requested")).map((event) => [event.subjectId, event.actorId])).toEqual([[item.id, editor.id]]);
    const noAddress = await addEvidence({ actor: editor, claimId, fields: { outlet: "A phone call", stance: "supports" } });
    await expect(recaptureEvidence({ actor: editor, evidenceId: noAddress.id })).rejects.toMatchObject({ code: "INVALID" });
  });

  it("retries a failed capture now, for its evidence's creator or an editor; CONFLICT unless it failed", async () => {
    const item = await addEvidence({ actor: editor, claimId, fields: { url: "http://10.0.0.1/", stance: "supports" } });
    await expect(retryCapture({ actor: editor, captureId: item.captureId! })).rejects.toMatchObject({ code: "CONFLICT" });
    const [job] = await lease("server-a");
    await recordCaptureFailure({ lease: job!, reason: "refused-address", message: "That address is private.", policy });
    await expect(retryCapture({ actor: reviewer, captureId: item.captureId! })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(retryCapture({ actor: editor, captureId: "nothing" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await retryCapture({ actor: editor, captureId: item.captureId! })).toMatchObject({ id: item.captureId, status: "pending" });
    const [row] = await db()
      .select()
      .from(captures)
      .where(and(eq(captures.id, item.captureId!)));
    expect(row).toMatchObject({ status: "pending", attempts: 0 });
    expect(await lease("server-b")).toHaveLength(1);
  });
});
