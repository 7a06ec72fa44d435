import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { startCaptureSite, type CaptureSite } from "@/e2e/capture-site";
import { localizeAppError, type AppError } from "@/lib/errors";
import { shutdownCaptureBrowser } from "@/lib/capture";
import type { Actor } from "@/lib/permissions";
import { createCaptureWorker } from "../capture-worker";
import { db } from "../connection";
import { captureChecks, events, investigations } from "../schema";
import { claimOnNewSource, createTestActor, installTestDatabase } from "../test-database";
import { claimDueDailyRechecks, completeDailyRecheck, listCaptureChecks, recheckCapture, setDailyRecheck } from "./capture-checks";
import { mayRequestCapture } from "./capture-requests";
import { leaseDueCaptures, recordCaptureResult } from "./captures";
import { addEvidence } from "./evidence";
import { createInvestigation } from "./investigations";

// Real captures in Chromium: the first launches the browser, on a machine shared with others.
vi.setConfig({ testTimeout: 60_000 });

let site: CaptureSite;
let editor: Actor;
let reviewer: Actor;
let investigationId: string;
let claimId: string;

beforeAll(async () => {
  site = await startCaptureSite();
});
afterAll(async () => {
  await shutdownCaptureBrowser();
  await site.close();
});

beforeEach(async () => {
  await installTestDatabase();
  editor = await createTestActor("editor");
  reviewer = await createTestActor("reviewer");
  investigationId = (await createInvestigation({ actor: editor, input: { title: "Bridges" } })).id;
  claimId = (await claimOnNewSource({ actor: editor, investigationId, text: "The bridge opens in March.", phrase: "opens in March" })).id;
});

const limits = () => ({ timeoutMs: 20_000, maxBytes: 25 * 1024 * 1024, allowHosts: [site.hostPort] });
const DAY = 24 * 3_600_000;

describe("checking a capture again", () => {
  it("says unchanged while the live page reads the same, and changed with the word diff once it does not; both texts kept", async () => {
    site.setChangingText("The first version of this page says the bridge opens in March.");
    const item = await addEvidence({ actor: editor, claimId, fields: { url: `${site.origin}/changing`, stance: "supports" } });
    const worker = createCaptureWorker({ limits: limits(), dailyPollMs: 0 });
    await worker.runUntilIdle();
    await worker.stop();
    const captureId = item.captureId!;

    const same = await recheckCapture({ actor: editor, captureId, limits: limits() });
    expect(same).toMatchObject({ changed: false, diff: [] });
    site.setChangingText("The second version of this page says the bridge opens in June.");
    const changed = await recheckCapture({ actor: editor, captureId, limits: limits() });
    expect(changed.changed).toBe(true);
    expect(changed.diff!.filter((part) => part.op !== "same").map((part) => `${part.op}:${part.text.trim()}`)).toEqual(
      expect.arrayContaining(["removed:first", "added:second"]),
    );
    expect(changed.diff!.map((part) => part.text).join(" ")).toMatch(/March/);
    const checks = await listCaptureChecks({ actor: reviewer, captureId });
    expect(checks.map((check) => [check.changed, check.checkedBy])).toEqual([
      [true, editor.id],
      [false, editor.id],
    ]);
    const [kept] = await db().select({ text: captureChecks.text }).from(captureChecks).where(eq(captureChecks.id, checks[0]!.id));
    expect(kept!.text).toContain("opens in June");
    expect((await db().select({ action: events.action }).from(events).where(eq(events.action, "capture.checked"))).length).toBe(2);
  });

  it("is refused to a reviewer who did not add the evidence, NOT_FOUND without the capture, CONFLICT before it is done", async () => {
    const item = await addEvidence({ actor: editor, claimId, fields: { url: `${site.origin}/changing`, stance: "supports" } });
    const refusal = await recheckCapture({ actor: reviewer, captureId: item.captureId!, limits: limits() }).catch((error: unknown) => error as AppError);
    expect(refusal).toMatchObject({ code: "FORBIDDEN", message: "Only editors can check again a capture of evidence other people added." });
    // People read the refusal in their own language (the API keeps the English one).
    expect(localizeAppError(refusal as AppError, "es").message).toBe(
      "Solo los editores pueden volver a comprobar la captura de una prueba que añadió otra persona.",
    );
    // What the capture's page asks before it offers "Check again".
    expect([await mayRequestCapture(reviewer, item.captureId!), await mayRequestCapture(editor, item.captureId!)]).toEqual([false, true]);
    await expect(recheckCapture({ actor: editor, captureId: "none", limits: limits() })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(recheckCapture({ actor: editor, captureId: item.captureId!, limits: limits() })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(listCaptureChecks({ actor: reviewer, captureId: "none" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("the daily re-check", () => {
  /** A done capture of evidence in the investigation, captured at `capturedAt`. */
  async function capturedEvidence(capturedAt: string, url = "https://news.example/a") {
    const item = await addEvidence({ actor: editor, claimId, fields: { url, stance: "supports" } });
    const [job] = await leaseDueCaptures({ limit: 1, leaseMs: 60_000, workerId: "w", policy: { firstRetryMs: 1, maxDelayMs: 1, maxAttempts: 3 } });
    const text = "The bridge opens in March.";
    await recordCaptureResult({
      lease: job!,
      page: {
        finalUrl: url,
        httpStatus: 200,
        title: "Bridge",
        capturedAt,
        wacz: Buffer.from(`wacz ${url}`),
        sha256: "a".repeat(63) + String(item.id.length % 10),
        screenshot: Buffer.from(`png ${url}`),
        text,
        textSha256: "b".repeat(64),
      },
    });
    return item.captureId!;
  }

  it("is an editor's setting; a reviewer is refused", async () => {
    await expect(setDailyRecheck({ actor: reviewer, investigationId, version: 1, on: true })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await setDailyRecheck({ actor: editor, investigationId, version: 1, on: true })).toEqual({ version: 2 });
    const [row] = await db().select({ dailyRecheck: investigations.dailyRecheck }).from(investigations).where(eq(investigations.id, investigationId));
    expect(row!.dailyRecheck).toBe(true);
  });

  it("claims each captured link once a day, only while the setting is on, and once between servers claiming together", async () => {
    const capturedAt = new Date(Date.now() - 2 * DAY);
    const captureId = await capturedEvidence(capturedAt.toISOString());
    const day1 = new Date(capturedAt.getTime() + DAY + 60_000);
    expect(await claimDueDailyRechecks({ limit: 10, at: day1 })).toEqual([]); // the setting is off
    await setDailyRecheck({ actor: editor, investigationId, version: 1, on: true });
    expect(await claimDueDailyRechecks({ limit: 10, at: new Date(capturedAt.getTime() + DAY - 60_000) })).toEqual([]); // not a day old yet
    const together = await Promise.all([claimDueDailyRechecks({ limit: 10, at: day1 }), claimDueDailyRechecks({ limit: 10, at: day1 })]);
    expect(together.flat().map((claimed) => claimed.captureId)).toEqual([captureId]);
    const [claimed] = together.flat();
    // Restarted an hour later: nothing is due until a day after that check.
    expect(await claimDueDailyRechecks({ limit: 10, at: new Date(day1.getTime() + 3_600_000) })).toEqual([]);
    const check = await completeDailyRecheck(claimed!, {
      ok: true,
      text: "The bridge opens in June.",
      textSha256: "c".repeat(64),
      httpStatus: 200,
      finalUrl: "https://news.example/a",
      checkedAt: day1.toISOString(),
    });
    expect(check).toMatchObject({ changed: true, checkedBy: null, error: null });
    expect(await claimDueDailyRechecks({ limit: 10, at: new Date(day1.getTime() + DAY - 1) })).toEqual([]);
    expect((await claimDueDailyRechecks({ limit: 10, at: new Date(day1.getTime() + DAY) })).map((next) => next.captureId)).toEqual([captureId]);
    const rows = await db()
      .select({ checkedAt: captureChecks.checkedAt, error: captureChecks.error })
      .from(captureChecks)
      .orderBy(asc(captureChecks.checkedAt));
    expect(rows.map((row) => row.checkedAt)).toEqual([day1.toISOString(), new Date(day1.getTime() + DAY).toISOString()]);
    // A claimed re-check whose server died reads as interrupted, and the link is due again the next day.
    expect(rows[1]!.error).toMatch(/^interrupted: /);
  });

  it("runs through the worker, which reads the live page and records the check as the daily one", async () => {
    site.setChangingText("The first version of this page says the bridge opens in March.");
    const item = await addEvidence({ actor: editor, claimId, fields: { url: `${site.origin}/changing`, stance: "supports" } });
    let now = new Date();
    const worker = createCaptureWorker({ limits: limits(), dailyPollMs: 0, clock: () => now });
    try {
      await worker.runUntilIdle();
      await setDailyRecheck({ actor: editor, investigationId, version: 1, on: true });
      await worker.runUntilIdle(); // captured just now: not due
      expect(await listCaptureChecks({ actor: reviewer, captureId: item.captureId! })).toEqual([]);
      site.setChangingText("The second version of this page says the bridge opens in June.");
      now = new Date(Date.now() + DAY + 1_000);
      await worker.runUntilIdle();
      await worker.runUntilIdle(); // the same day again: nothing more
    } finally {
      await worker.stop();
    }
    const checks = await listCaptureChecks({ actor: reviewer, captureId: item.captureId! });
    expect(checks.map((check) => [check.changed, check.checkedBy, check.error])).toEqual([[true, null, null]]);
    const [event] = await db().select({ data: events.data }).from(events).where(eq(events.action, "capture.checked"));
    expect(event!.data).toMatchObject({ captureId: item.captureId, changed: true, daily: true });
  });
});
