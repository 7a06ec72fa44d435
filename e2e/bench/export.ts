/**
 * D1–D3: export of 10,000 claims (50 sources × 200) through the HTTP API of a production
 * server, against the in-process floor measured in the same run: a raw SELECT of the same
 * rows plus JSON.stringify. Also: CSV against JSON, the server's memory growth, how long
 * other requests wait while an export streams, and the PDF against Chromium printing the
 * same HTML report directly (the peer). Targets from performance-anchors.md (d).
 */
import Database from "better-sqlite3";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { chromium } from "playwright-core";
import type { BenchCheck } from "./bench-check";
import { benchApiToken, median, memoryOf, percentile, startBenchServer } from "./server";

const port = 3211;
const runs = 3;

/**
 * The floor: what any export must at least do — read the rows and serialise them. The W3C
 * export embeds each source's current text (so that it can be imported elsewhere), which is
 * data the file must carry, so the floor reads and serialises those texts too (one more
 * SELECT, part of the same JSON). `c.*` includes each claim's stored figure reading
 * (`quantity_reading`), which the export carries as `corroborate:quantity`. The floor does
 * nothing else the export does: no anchors, intervals in words, code points, per-source reads.
 */
function inProcessFloor(databasePath: string): { ms: number; bytes: number } {
  const database = new Database(databasePath, { readonly: true });
  try {
    const select = database.prepare(`
      select c.*, s.title as source_title, s.outlet, s.url, s.published_at,
        (select json_group_array(json_object('url', e.url, 'outlet', e.outlet, 'quote', e.quote, 'stance', e.stance)) from evidence e where e.claim_id = c.id) as evidence
      from claims c join sources s on s.id = c.source_id order by s.published_at, c.start`);
    const selectTexts = database.prepare(`
      select v.source_id, v.number, v.text from source_versions v
      where v.number = (select max(number) from source_versions w where w.source_id = v.source_id)`);
    const times: number[] = [];
    let bytes = 0;
    for (let i = 0; i < runs + 1; i++) {
      const started = performance.now();
      const json = JSON.stringify({ sources: selectTexts.all(), claims: select.all() });
      times.push(performance.now() - started);
      bytes = Buffer.byteLength(json);
    }
    return { ms: median(times.slice(1)), bytes };
  } finally {
    database.close();
  }
}

async function timedDownload(url: string, token: string): Promise<{ ms: number; firstByteMs: number; bytes: number; body: Buffer }> {
  const started = performance.now();
  const response = await fetch(url, { headers: { Authorization: `Bearer ${token}` } });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status} ${await response.text()}`);
  const firstByteMs = performance.now() - started;
  const body = Buffer.from(await response.arrayBuffer());
  return { ms: performance.now() - started, firstByteMs, bytes: body.byteLength, body };
}

/** Latencies of small requests sent one after another while `work` runs. */
async function latenciesDuring(url: string, work: () => Promise<unknown>): Promise<number[]> {
  const latencies: number[] = [];
  let done = false;
  const pinging = (async () => {
    while (!done) {
      const started = performance.now();
      await (await fetch(url)).arrayBuffer();
      latencies.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  })();
  await work();
  done = true;
  await pinging;
  return latencies;
}

export async function runExportBench(): Promise<BenchCheck[]> {
  const server = await startBenchServer({ name: "export", port, seedScript: "e2e/bench/seed-export.ts" });
  const { investigationId, claims } = server.seeded as { investigationId: string; claims: number };
  try {
    const token = benchApiToken(server.env, "bench@example.test");
    const exportUrl = (format: string) => `${server.baseUrl}/api/v1/investigations/${investigationId}/export?format=${format}`;
    const pingUrl = `${server.baseUrl}/api/v1/openapi.json`;
    const floor = inProcessFloor(path.join(String(server.env.DATA_DIR), "corroborate.db"));

    await timedDownload(exportUrl("w3c"), token); // warm-up: compiled route, caches
    await timedDownload(exportUrl("csv"), token);
    const pid = server.serverPid();
    const rssBefore = memoryOf(pid).rssMb;
    let rssPeak = rssBefore;
    const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, memoryOf(pid).rssMb)), 10);
    const json: Awaited<ReturnType<typeof timedDownload>>[] = [];
    const csv: Awaited<ReturnType<typeof timedDownload>>[] = [];
    for (let i = 0; i < runs; i++) {
      json.push(await timedDownload(exportUrl("w3c"), token));
      csv.push(await timedDownload(exportUrl("csv"), token));
    }
    clearInterval(sampler);
    const idle = await latenciesDuring(pingUrl, () => new Promise((resolve) => setTimeout(resolve, 1500)));
    const during = await latenciesDuring(pingUrl, () => timedDownload(exportUrl("w3c"), token));
    const annotations = JSON.parse(json[0]!.body.toString()).total as number;

    // PDF against its peer: Chromium printing the same HTML report, without HTTP or the app.
    const html = (await timedDownload(exportUrl("html"), token)).body.toString();
    const pdfStarted = performance.now();
    const pdf = await timedDownload(exportUrl("pdf"), token);
    const pdfMs = performance.now() - pdfStarted;
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-dev-shm-usage"],
    });
    const peerStarted = performance.now();
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.setContent(html, { waitUntil: "load", timeout: 600_000 });
    await page.pdf({ format: "A4", printBackground: true, preferCSSPageSize: true });
    const peerMs = performance.now() - peerStarted;
    await browser.close();

    const jsonMs = median(json.map((r) => r.ms));
    const csvMs = median(csv.map((r) => r.ms));
    const rssGrowth = rssPeak - rssBefore;
    console.log(
      `\nExport of ${claims.toLocaleString("en")} claims (median of ${runs}): floor (SELECT + JSON.stringify in-process) ${floor.ms.toFixed(0)} ms for ${(floor.bytes / 1e6).toFixed(1)} MB; ` +
        `W3C JSON-LD over HTTP ${jsonMs.toFixed(0)} ms (first byte ${median(json.map((r) => r.firstByteMs)).toFixed(0)} ms, ${(json[0]!.bytes / 1e6).toFixed(1)} MB); CSV ${csvMs.toFixed(0)} ms (${(csv[0]!.bytes / 1e6).toFixed(1)} MB); ` +
        `server RSS +${rssGrowth.toFixed(0)} MB; small requests during an export p99 ${percentile(during, 99).toFixed(0)} ms (idle ${percentile(idle, 99).toFixed(0)} ms, ${during.length} requests); ` +
        `PDF ${(pdfMs / 1000).toFixed(1)} s, ${(pdf.bytes / 1e6).toFixed(1)} MB (Chromium printing the same HTML: ${(peerMs / 1000).toFixed(1)} s)`,
    );
    return [
      { name: "annotations in the JSON-LD export", value: annotations, unit: "", target: `= ${claims}`, passed: annotations === claims },
      { name: "JSON-LD export / in-process floor", value: jsonMs / floor.ms, unit: "x", target: "<= 2", passed: jsonMs / floor.ms <= 2 },
      { name: "CSV export / JSON-LD export", value: csvMs / jsonMs, unit: "x", target: "<= 1.5", passed: csvMs / jsonMs <= 1.5 },
      { name: "server memory growth during exports", value: rssGrowth, unit: "MB", target: "<= 100", passed: rssGrowth <= 100 },
      { name: "p99 of other requests during an export", value: percentile(during, 99), unit: "ms", target: "<= 100", passed: percentile(during, 99) <= 100 },
      { name: "PDF export / Chromium printing the HTML", value: pdfMs / peerMs, unit: "x", target: "<= 3", passed: pdfMs / peerMs <= 3 },
    ];
  } finally {
    server.stop();
  }
}
