/**
 * I1: a 50,000-claim W3C import, in-process, while a 10 ms timer measures how long the
 * event loop is held at a stretch (the other requests of a server would wait that long).
 * The file embeds one source (about 300,000 words, the benchmark corpus after its edits) and
 * 50,000 annotations of 20-120 characters each, quoting the corpus before the edits, so each is
 * anchored (exact, moved or fuzzy, or orphaned) as a real import would. Peers in the same run: the anchoring alone, and the
 * import's own transaction (the writes), which the import must keep as one.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { checkpointInBackground } from "@/db/checkpointer";
import { openSqlite } from "@/db/client";
import { installEngine } from "@/db/connection";
import { importAnnotations } from "@/db/queries/import-annotations";
import { createInvestigation } from "@/db/queries/investigations";
import { createUser } from "@/db/queries/users";
import { anchorClaims, describeSpan } from "@/lib/anchoring";
import type { ImportPlan } from "@/lib/annotation-import/read-web-annotations";
import type { BenchCheck } from "./bench-check";
import { buildCorpus, createRandom } from "./corpus";

const claimCount = Number(process.env.IMPORT_BENCH_CLAIMS ?? 50_000);

/** Runs `work` while a 10 ms timer ticks; returns its duration and the timer's longest lateness. */
async function withStallMeter<T>(work: () => Promise<T> | T): Promise<{ result: T; ms: number; longestStallMs: number }> {
  let longestStallMs = 0;
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    longestStallMs = Math.max(longestStallMs, now - last - 10);
    last = now;
  }, 10);
  const started = performance.now();
  try {
    const result = await work();
    const ms = performance.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 30)); // a tick held up by the last stretch fires now
    return { result, ms, longestStallMs };
  } finally {
    clearInterval(timer);
  }
}

/**
 * `count` spans of `text` of 20-120 characters from a word's start to a word's end, described
 * as a claim's selectors (the corpus's own claim choice checks uniqueness, which costs minutes
 * at this count).
 */
function annotationSelectors(text: string, count: number) {
  const random = createRandom(50_000);
  const words = [...text.matchAll(/\S+/g)].map((match) => [match.index, match.index + match[0].length] as const);
  return Array.from({ length: count }, () => {
    const first = Math.floor(random() * (words.length - 40));
    const target = 20 + Math.floor(random() * 100);
    let last = first;
    while (words[last]![1] - words[first]![0] < target) last++;
    return describeSpan(text, words[first]![0], words[last]![1]);
  });
}

export async function runImportStallBench(): Promise<BenchCheck[]> {
  const corpus = buildCorpus(20240611, 300_000, 10);
  const edited = corpus.edited.text;
  const selectors = annotationSelectors(corpus.text, claimCount);
  const file = path.join(mkdtempSync(path.join(tmpdir(), "i1-")), "i1.db");
  const engine = openSqlite(file);
  checkpointInBackground(engine.writer, file);
  await engine.migrate();
  installEngine(engine);
  try {
    const { user } = await createUser({
      operator: "command-line",
      input: { email: "i1@example.test", role: "editor", name: "I1", password: "bench password 1" },
    });
    const actor = { id: user.id, email: user.email, name: user.name, role: user.role };
    const { id: investigationId } = await createInvestigation({ actor, input: { title: "I1" } });
    const sourceKey = "https://wire.example/long";
    const plan: ImportPlan = {
      sources: [{ key: sourceKey, url: sourceKey, title: "Long wire", outlet: "Wire", publishedAt: null, text: edited, language: null }],
      annotations: selectors.map((claim) => ({
        sourceKey,
        quote: { exact: claim.quote.exact, prefix: claim.quote.prefix ?? "", suffix: claim.quote.suffix ?? "" },
        position: claim.position ? { start: claim.position.start, end: claim.position.end } : null,
        verdictKey: null,
        verdictLabel: null,
        rationale: "",
        status: null,
        evidence: [],
        comments: [],
        factId: null,
        factTitle: null,
      })),
      skipped: [],
    };
    const anchoringStarted = performance.now();
    anchorClaims(edited, selectors);
    const anchoringMs = performance.now() - anchoringStarted;
    const run = await withStallMeter(() => importAnnotations({ actor, investigationId, plan }));
    const { claims } = run.result;
    const placed = claims.exact + claims.moved + claims.fuzzy + claims.alreadyPresent;
    console.log(
      `\nImporting ${claimCount.toLocaleString("en")} annotations on a ${edited.length.toLocaleString("en")}-character source: ${run.ms.toFixed(0)} ms ` +
        `(anchoring alone ${anchoringMs.toFixed(0)} ms); ${JSON.stringify(claims)}, ${run.result.orphaned.length} orphans; longest event-loop stall ${run.longestStallMs.toFixed(0)} ms`,
    );
    return [
      {
        name: "annotations placed or orphaned",
        value: placed + run.result.orphaned.length,
        unit: "",
        target: `= ${claimCount}`,
        passed: placed + run.result.orphaned.length === claimCount,
      },
      { name: "50,000-claim import, in-process", value: run.ms, unit: "ms", target: "report", passed: true },
      { name: "anchoring the 50,000 alone (peer)", value: anchoringMs, unit: "ms", target: "report", passed: true },
      { name: "longest event-loop stall during the import", value: run.longestStallMs, unit: "ms", target: "report", passed: true },
    ];
  } finally {
    installEngine(undefined);
    await engine.close();
  }
}
