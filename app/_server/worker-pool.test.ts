import { Worker } from "node:worker_threads";
import { afterEach, describe, expect, it } from "vitest";
import { isAppError } from "@/lib/errors";
import { ARTICLE, longArticle } from "@/lib/suggestions/fixtures";
import type { Suggestion } from "@/lib/suggestions";
import { memoisedSuggestions, startSuggestionWorker, type SuggestionJob } from "./suggestions";
import { WorkerJobError, WorkerPool } from "./worker-pool";

const pools: Array<WorkerPool<unknown, unknown>> = [];
function poolOf<In, Out>(options: Partial<ConstructorParameters<typeof WorkerPool>[0]> = {}): WorkerPool<In, Out> {
  const pool = new WorkerPool<In, Out>({ startWorker: startSuggestionWorker, size: 1, maxQueued: 4, timeoutMs: 60_000, ...options });
  pools.push(pool as WorkerPool<unknown, unknown>);
  return pool;
}
afterEach(async () => {
  await Promise.all(pools.splice(0).map((pool) => pool.close()));
});

/** A worker that answers each job by running `body` (a function source) on its input. */
const evalWorker = (body: string) => () =>
  new Worker(
    `const { parentPort } = require("node:worker_threads"); parentPort.on("message", ({ id, input }) => parentPort.postMessage({ id, ok: true, output: (${body})(input) }));`,
    { eval: true },
  );

describe("the suggestion worker pool", () => {
  it("finds the same suggestions in the worker as lib/suggestions does", async () => {
    const { suggestClaims } = await import("@/lib/suggestions");
    expect(await poolOf<SuggestionJob, Suggestion[]>().run({ text: ARTICLE, language: "en" })).toEqual(suggestClaims(ARTICLE));
  }, 30_000);

  it("runs in a thread at the lowest priority, so the server's own thread wins the CPU (Linux)", async () => {
    const worker = startSuggestionWorker();
    const ready = await new Promise((resolve) => worker.on("message", (message) => "ready" in message && resolve(message)));
    await worker.terminate();
    expect(ready).toEqual({ ready: true, lowPriority: true });
  }, 30_000);

  it("analyses a version once: concurrent requests share the in-flight analysis, later ones the result", async () => {
    const pool = poolOf<SuggestionJob, Suggestion[]>();
    let analyses = 0;
    const suggestionsOf = memoisedSuggestions({ run: (job) => (analyses++, pool.run(job)) });
    const version = { id: "version-1", text: ARTICLE };
    const [first, second] = [suggestionsOf(version), suggestionsOf(version)];
    expect(second).toBe(first);
    expect((await first).length).toBeGreaterThan(3);
    expect(await suggestionsOf(version)).toBe(await first);
    expect(analyses).toBe(1);
    await suggestionsOf({ id: "version-2", text: ARTICLE });
    expect(analyses).toBe(2);
  }, 30_000);

  it("reads a version in its source's language, and again when the language is corrected", async () => {
    const pool = poolOf<SuggestionJob, Suggestion[]>();
    const jobs: SuggestionJob[] = [];
    const suggestionsOf = memoisedSuggestions({ run: (job) => (jobs.push(job), pool.run(job)) });
    const version = { id: "version-es", text: "Llegaron unos 250 venezolanos." };
    expect(await suggestionsOf(version, "es")).toEqual([{ start: 9, end: 29, kind: "figure", text: "unos 250 venezolanos" }]);
    expect(await suggestionsOf(version, "es-ES")).toEqual(await suggestionsOf(version, "es"));
    expect(await suggestionsOf(version, "en")).not.toContainEqual(expect.objectContaining({ text: "unos 250 venezolanos" }));
    expect(await suggestionsOf(version)).toBe(await suggestionsOf(version, "fr"));
    expect(jobs.map((job) => job.language)).toEqual(["es", "en"]);
  }, 30_000);

  it("stops a job that outlives its time, answers 'unavailable for this version', and serves the next job on a fresh worker", async () => {
    const pool = poolOf<SuggestionJob, Suggestion[]>({ timeoutMs: 300 });
    const suggestionsOf = memoisedSuggestions(pool);
    const started = performance.now();
    const failure = await suggestionsOf({ id: "huge", text: longArticle(2_000_000) }).catch((error: unknown) => error);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(isAppError(failure) && failure.code).toBe("UNAVAILABLE");
    expect((failure as Error).message).toBe("Suggestions are unavailable for this version.");
    expect(((failure as Error).cause as WorkerJobError).kind).toBe("timeout");
    // The failure is memoised (the version will not get cheaper); another version still works.
    await expect(suggestionsOf({ id: "huge", text: "" })).rejects.toThrow("unavailable for this version");
    expect(await suggestionsOf({ id: "short", text: "About 250 deportees arrived." })).toEqual([
      { start: 0, end: 19, kind: "figure", text: "About 250 deportees" },
    ]);
  }, 30_000);

  it("refuses at once when every worker is busy and the queue is full, and the caller may retry", async () => {
    const pool = poolOf<number, number>({
      startWorker: evalWorker("(ms) => { const end = Date.now() + ms; while (Date.now() < end); return ms; }"),
      maxQueued: 1,
    });
    const running = pool.run(300);
    const queued = pool.run(1);
    await expect(pool.run(1)).rejects.toMatchObject({ kind: "busy" });
    expect(await Promise.all([running, queued])).toEqual([300, 1]);
    expect(await pool.run(2)).toBe(2);
  });

  it("surfaces a worker that throws as a failed job with its message, not a hang", async () => {
    const pool = poolOf<string, string>({ startWorker: evalWorker("(input) => { throw new Error('cannot analyse ' + input); }") });
    await expect(pool.run("this text")).rejects.toMatchObject({ kind: "failed", message: expect.stringContaining("cannot analyse this text") });
  });

  it("surfaces a worker that cannot start as a failed job with the cause", async () => {
    const pool = poolOf<string, string>({ startWorker: () => new Worker("throw new Error('no such entry');", { eval: true }) });
    const failure = await pool.run("text").catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(WorkerJobError);
    expect(failure).toMatchObject({ kind: "failed", message: expect.stringContaining("no such entry") });
  });
});
