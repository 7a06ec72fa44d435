import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { ARTICLE_PARAGRAPHS, ARTICLE_TITLE, startCaptureSite, type CaptureSite } from "@/e2e/capture-site";
import { shutdownCaptureBrowser, verifyWacz } from "@/lib/capture";
import { CAPTURE_RETRY_POLICY } from "@/lib/capture-jobs/policy";
import type { Actor } from "@/lib/permissions";
import { captureInThread, stopCaptureThread } from "./capture-thread";
import { setCaptureWake } from "./capture-wake";
import { createCaptureWorker } from "./capture-worker";
import { db } from "./connection";
import { captures, events } from "./schema";
import { claimOnNewSource, createTestActor, installTestDatabase } from "./test-database";
import { getCaptureFile, getCaptureText } from "./queries/captures";
import { addEvidence, getEvidenceById } from "./queries/evidence";
import { createInvestigation } from "./queries/investigations";

// Real captures in Chromium: the first launches the browser, on a machine shared with others.
vi.setConfig({ testTimeout: 60_000 });

let site: CaptureSite;
let reviewer: Actor;
let claimId: string;

beforeAll(async () => {
  site = await startCaptureSite();
});
afterAll(async () => {
  await stopCaptureThread();
  await shutdownCaptureBrowser();
  await site.close();
});

beforeEach(async () => {
  await installTestDatabase();
  const editor = await createTestActor("editor");
  reviewer = await createTestActor("reviewer");
  const investigationId = (await createInvestigation({ actor: editor, input: { title: "Ferries" } })).id;
  claimId = (
    await claimOnNewSource({ actor: editor, investigationId, text: "The council delayed the ferry timetable.", phrase: "delayed the ferry timetable" })
  ).id;
});

const limits = () => ({ timeoutMs: 20_000, maxBytes: 25 * 1024 * 1024, allowHosts: [site.hostPort] });

describe("the capture worker", () => {
  it("captures a queued evidence page in Chromium: a WACZ that verifies, a PNG, the text with the quote found, and its events", async () => {
    const quote = ARTICLE_PARAGRAPHS[0]!.slice(0, 80);
    const item = await addEvidence({ actor: reviewer, claimId, fields: { url: `${site.origin}/article`, stance: "supports", quote } });
    const worker = createCaptureWorker({ limits: limits(), concurrency: 2, dailyPollMs: 0 });
    await worker.runUntilIdle();
    await worker.stop();
    const { capture, captureQuoteMatch } = await getEvidenceById({ actor: reviewer, id: item.id });
    expect(capture).toMatchObject({ status: "done", finalUrl: `${site.origin}/article`, httpStatus: 200, title: ARTICLE_TITLE, error: null });
    const text = await getCaptureText({ actor: reviewer, id: capture!.id });
    expect(text.text).toContain(ARTICLE_PARAGRAPHS[2]);
    const at = text.text.indexOf(quote);
    expect(captureQuoteMatch).toEqual({ status: "found", start: at, end: at + quote.length });
    const archive = await getCaptureFile({ actor: reviewer, id: capture!.id, kind: "archive" });
    const verified = await verifyWacz(archive.bytes);
    expect(verified).toMatchObject({ ok: true, problems: [], pages: [`${site.origin}/article`] });
    const screenshot = await getCaptureFile({ actor: reviewer, id: capture!.id, kind: "screenshot" });
    expect(screenshot.contentType).toBe("image/png");
    expect(screenshot.bytes.subarray(1, 4).toString()).toBe("PNG");
    const recorded = await db().select({ action: events.action, subjectId: events.subjectId }).from(events).orderBy(asc(events.id));
    expect(recorded.filter((event) => event.action.startsWith("capture."))).toEqual([
      { action: "capture.started", subjectId: item.id },
      { action: "capture.done", subjectId: item.id },
    ]);
  });

  it("records a page that answers 404 as a failed attempt, to be tried again after the back-off", async () => {
    const item = await addEvidence({ actor: reviewer, claimId, fields: { url: `${site.origin}/missing`, stance: "supports" } });
    const before = Date.now();
    const worker = createCaptureWorker({ limits: limits(), dailyPollMs: 0 });
    await worker.runUntilIdle();
    await worker.stop();
    const [row] = await db().select().from(captures).where(eq(captures.id, item.captureId!));
    expect(row).toMatchObject({ status: "pending", attempts: 1 });
    expect(row!.error).toMatch(/^http-error: /);
    expect(new Date(row!.dueAt).getTime() - before).toBeGreaterThanOrEqual(CAPTURE_RETRY_POLICY.firstRetryMs / 2);
  });

  it("runs at most `concurrency` captures at once, and a commit that queues one wakes it", async () => {
    let running = 0;
    let most = 0;
    const worker = createCaptureWorker({
      limits: limits(),
      concurrency: 2,
      dailyPollMs: 0,
      capture: async (url, given) => {
        running++;
        most = Math.max(most, running);
        try {
          return await (await import("@/lib/capture")).capturePage(url, given);
        } finally {
          running--;
        }
      },
    });
    setCaptureWake(worker.wake);
    try {
      for (let n = 0; n < 5; n++) await addEvidence({ actor: reviewer, claimId, fields: { url: `${site.origin}/redirect/1?n=${n}`, stance: "supports" } });
      // Woken by the commits, not by a call here: wait until all five are done.
      for (let waited = 0; waited < 60_000; waited += 200) {
        const rows = await db().select({ status: captures.status }).from(captures);
        if (rows.every((row) => row.status === "done")) break;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    } finally {
      setCaptureWake(undefined);
      await worker.stop();
    }
    expect((await db().select({ status: captures.status, finalUrl: captures.finalUrl }).from(captures)).map((row) => row.status)).toEqual(
      Array(5).fill("done"),
    );
    expect(most).toBe(2);
  });

  it("makes the same captures in the capture thread, as the server does, failures keeping their reason", async () => {
    const item = await addEvidence({ actor: reviewer, claimId, fields: { url: `${site.origin}/article`, stance: "supports" } });
    const missing = await addEvidence({ actor: reviewer, claimId, fields: { url: `${site.origin}/missing`, stance: "supports" } });
    const worker = createCaptureWorker({ limits: limits(), dailyPollMs: 0, capture: captureInThread });
    await worker.runUntilIdle();
    await worker.stop();
    const { capture } = await getEvidenceById({ actor: reviewer, id: item.id });
    expect(capture).toMatchObject({ status: "done", title: ARTICLE_TITLE, httpStatus: 200 });
    const archive = await getCaptureFile({ actor: reviewer, id: capture!.id, kind: "archive" });
    expect(await verifyWacz(archive.bytes)).toMatchObject({ ok: true, problems: [] });
    const [failed] = await db().select().from(captures).where(eq(captures.id, missing.captureId!));
    expect(failed).toMatchObject({ status: "pending", attempts: 1 });
    expect(failed!.error).toMatch(/^http-error: /);
  });
});
