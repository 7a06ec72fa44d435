/**
 * `captures`: one capture (lib/capture capturePage: every request through the guard and
 * recorded, screenshot, readable text, WACZ written) of the capture site's article with 30
 * subresources (the site in a child process), against its peer in the same run: Chromium's own load of the same page in a
 * fresh context plus a full-page screenshot, with Chromium fetching by itself. Both browsers
 * are started and warmed once before timing; runs alternate, and the ratio is the median of
 * each capture over the peer run right after it (so a load that drifts during the run, on a
 * shared machine, moves both sides of each pair alike).
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import { createInterface } from "node:readline";
import { chromium } from "playwright-core";
import { BENCH_SUBRESOURCES } from "../capture-site";
import { capturePage, shutdownCaptureBrowser, verifyWacz } from "../../lib/capture";
import type { BenchCheck } from "./bench-check";

const RUNS = 11;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export async function runCapturesBench(): Promise<BenchCheck[]> {
  // The site runs in its own process, as any site would: serving it must not take turns with the capture on one event loop.
  const child = spawn(process.execPath, ["--import", "tsx", "e2e/capture-site/serve.ts"], { stdio: ["ignore", "pipe", "inherit"] });
  const [line] = (await once(createInterface({ input: child.stdout! }), "line")) as [string];
  const site = JSON.parse(line) as { origin: string; hostPort: string };
  const url = `${site.origin}/bench`;
  const limits = { timeoutMs: 30_000, maxBytes: 25 * 1024 * 1024, allowHosts: [site.hostPort] };
  const runsAsRoot = process.getuid?.() === 0;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--disable-dev-shm-usage", ...(runsAsRoot ? ["--no-sandbox"] : [])],
  });
  const peer = async () => {
    const started = performance.now();
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: "load" });
      await page.screenshot({ type: "png", fullPage: true });
      return performance.now() - started;
    } finally {
      await context.close();
    }
  };
  try {
    const warm = await capturePage(url, limits);
    await peer();
    const captureMs: number[] = [];
    const peerMs: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now();
      await capturePage(url, limits);
      captureMs.push(performance.now() - started);
      peerMs.push(await peer());
    }
    const verification = await verifyWacz(warm.wacz);
    const ratio = median(captureMs.map((ms, i) => ms / peerMs[i]!));
    console.log(
      `\nCapture of a local article with ${BENCH_SUBRESOURCES} subresources (median of ${RUNS}): ${median(captureMs).toFixed(0)} ms ` +
        `(${Math.min(...captureMs).toFixed(0)}–${Math.max(...captureMs).toFixed(0)}), ${warm.resourceCount} resources, ${(warm.byteCount / 1024).toFixed(0)} KB fetched, ` +
        `WACZ ${(warm.wacz.length / 1024).toFixed(0)} KB, PNG ${(warm.screenshot.length / 1024).toFixed(0)} KB; ` +
        `Chromium's own load + full-page screenshot ${median(peerMs).toFixed(0)} ms (${Math.min(...peerMs).toFixed(0)}–${Math.max(...peerMs).toFixed(0)}): ${ratio.toFixed(2)}×`,
    );
    return [
      {
        name: "resources recorded (page + subresources)",
        value: warm.resourceCount,
        unit: "",
        target: `= ${BENCH_SUBRESOURCES + 1}`,
        passed: warm.resourceCount === BENCH_SUBRESOURCES + 1,
      },
      { name: "WACZ verifies", value: verification.problems.length, unit: "problems", target: "= 0", passed: verification.ok },
      { name: "capture / Chromium load + screenshot", value: ratio, unit: "x", target: "<= 1.5", passed: ratio <= 1.5 },
    ];
  } finally {
    await browser.close();
    await shutdownCaptureBrowser();
    child.kill("SIGTERM");
  }
}
