/**
 * E1: saving a new version of a 50,000-word source with 2,000 claims, which re-anchors every
 * claim and stores the anchors in the same transaction. Peers in the same run: the anchoring
 * alone (A1) plus a raw better-sqlite3 loop writing the same 2,000 anchor rows into the same
 * table in one transaction. Then the
 * same save over HTTP on a production server while another client keeps making small
 * requests, to see how long the save holds them up. Targets: performance-anchors.md (e).
 */
import Database from "better-sqlite3";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { checkpointInBackground } from "@/db/checkpointer";
import { openSqlite } from "@/db/client";
import { installEngine } from "@/db/connection";
import { createClaim } from "@/db/queries/claims";
import { createInvestigation } from "@/db/queries/investigations";
import { createSource, updateSourceText } from "@/db/queries/sources";
import { createUser } from "@/db/queries/users";
import { anchorClaims } from "@/lib/anchoring";
import type { BenchCheck } from "./bench-check";
import { buildCorpus, uniqueClaimSpans } from "./corpus";
import { benchApiToken, median, percentile, startBenchServer } from "./server";

const runs = 5;

/**
 * The raw write floor: the rows the save just stored, written again by a raw prepared
 * better-sqlite3 statement, one run per row, in one transaction, into the same table (same
 * indexes and foreign keys) of the same database — what storing 2,000 anchors costs SQLite
 * alone, without our reads, checks, Drizzle or JSON. (The rows are deleted first, untimed.)
 */
function rawWriteOfStoredAnchors(database: Database.Database, versionId: string): number {
  const rows = database
    .prepare("select claim_id, source_version_id, status, start, end, score, reason from claim_anchors where source_version_id = ?")
    .raw()
    .all(versionId) as unknown[][];
  database.prepare("delete from claim_anchors where source_version_id = ?").run(versionId);
  const insert = database.prepare("insert into claim_anchors (claim_id, source_version_id, status, start, end, score, reason) values (?, ?, ?, ?, ?, ?, ?)");
  const started = performance.now();
  database.transaction(() => {
    for (const row of rows) insert.run(...row);
  })();
  return performance.now() - started;
}

async function inProcess(corpus: ReturnType<typeof buildCorpus>) {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "e1-")), "e1.db");
  const engine = openSqlite(file);
  // As the server runs it (db/client.ts getEngine): WAL checkpoints in the worker, never inside a commit.
  checkpointInBackground(engine.writer, file);
  await engine.migrate();
  installEngine(engine);
  try {
    const { user } = await createUser({
      operator: "command-line",
      input: { email: "e1@example.test", role: "editor", name: "E1", password: "bench password 1" },
    });
    const actor = { id: user.id, email: user.email, name: user.name, role: user.role };
    const { id: investigationId } = await createInvestigation({ actor, input: { title: "E1" } });
    const saves: number[] = [];
    const anchoring: number[] = [];
    const rawWrites: number[] = [];
    for (let run = 0; run < runs; run++) {
      const source = await createSource({ actor, investigationId, input: { title: `Run ${run}`, text: corpus.text } });
      for (const { start, end } of uniqueClaimSpans(corpus)) {
        await createClaim({ actor, sourceId: source.id, sourceVersionId: source.currentVersionId, start, end });
      }
      const started = performance.now();
      const { version } = await updateSourceText({ actor, sourceId: source.id, text: corpus.edited.text });
      saves.push(performance.now() - started);
      // No transaction of the engine is open here: the raw loop has the write connection to itself.
      rawWrites.push(rawWriteOfStoredAnchors(engine.writer, version.id));
      const anchorStarted = performance.now();
      anchorClaims(corpus.edited.text, corpus.claims);
      anchoring.push(performance.now() - anchorStarted);
    }
    return { saveMs: median(saves), anchoringMs: median(anchoring), rawMs: median(rawWrites) };
  } finally {
    installEngine(undefined);
    await engine.close();
  }
}

async function overHttp(editedText: string) {
  const server = await startBenchServer({ name: "reanchor", port: 3212, seedScript: "e2e/bench/seed-reader.ts" });
  try {
    const { claimsId } = server.seeded as { claimsId: string };
    const token = benchApiToken(server.env, "bench@example.test");
    const pingUrl = `${server.baseUrl}/api/v1/openapi.json`;
    await (await fetch(pingUrl)).arrayBuffer();
    // Warm the route: saving the text it already has writes nothing.
    const textUrl = `${server.baseUrl}/api/v1/sources/${claimsId}/text`;
    const unchanged = (
      (await (await fetch(`${server.baseUrl}/api/v1/sources/${claimsId}`, { headers: { Authorization: `Bearer ${token}` } })).json()) as {
        currentVersion: { text: string };
      }
    ).currentVersion.text;
    await (
      await fetch(textUrl, {
        method: "PUT",
        headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
        body: JSON.stringify({ text: unchanged }),
      })
    ).arrayBuffer();
    const latencies: number[] = [];
    let saving = true;
    const pinging = (async () => {
      while (saving) {
        const started = performance.now();
        await (await fetch(pingUrl)).arrayBuffer();
        latencies.push(performance.now() - started);
      }
    })();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const started = performance.now();
    const response = await fetch(textUrl, {
      method: "PUT",
      headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
      body: JSON.stringify({ text: editedText }),
    });
    const body = (await response.json()) as { reanchoring?: Record<string, number> };
    const requestMs = performance.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 300));
    saving = false;
    await pinging;
    if (!response.ok) throw new Error(`PUT text: HTTP ${response.status} ${JSON.stringify(body)}`);
    return { requestMs, reanchoring: body.reanchoring, worstOtherMs: Math.max(...latencies), p99OtherMs: percentile(latencies, 99) };
  } finally {
    server.stop();
  }
}

export async function runReanchorSaveBench(): Promise<BenchCheck[]> {
  const corpus = buildCorpus();
  const { saveMs, anchoringMs, rawMs } = await inProcess(corpus);
  const peer = anchoringMs + rawMs;
  const http = await overHttp(corpus.edited.text);
  console.log(
    `\nSaving a new version with ${corpus.claims.length} claims (${corpus.words} words), median of ${runs}: ${saveMs.toFixed(0)} ms in-process ` +
      `(peer: anchoring ${anchoringMs.toFixed(0)} ms + raw 2,000-row write ${rawMs.toFixed(1)} ms = ${peer.toFixed(0)} ms); ` +
      `over HTTP ${http.requestMs.toFixed(0)} ms, ${JSON.stringify(http.reanchoring)}; other requests meanwhile: worst ${http.worstOtherMs.toFixed(0)} ms, p99 ${http.p99OtherMs.toFixed(0)} ms`,
  );
  return [
    { name: "save + re-anchor 2,000 claims / (anchoring + raw write)", value: saveMs / peer, unit: "x", target: "<= 1.3", passed: saveMs / peer <= 1.3 },
    { name: "save + re-anchor 2,000 claims, in-process", value: saveMs, unit: "ms", target: "<= 500", passed: saveMs <= 500 },
    { name: "save over HTTP (PUT /sources/{id}/text)", value: http.requestMs, unit: "ms", target: "<= 500", passed: http.requestMs <= 500 },
    { name: "longest wait of another request during the save", value: http.worstOtherMs, unit: "ms", target: "<= 100", passed: http.worstOtherMs <= 100 },
  ];
}
