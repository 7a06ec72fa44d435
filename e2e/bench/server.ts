/**
 * A production server for a benchmark: a fresh DATA_DIR seeded by a script, then
 * `npm start` (db/cli/start.mjs) on its own port. `stop()` ends it; `serverPid()` finds the
 * Next server process (a child of start.mjs) for CPU and memory readings.
 */
import { performance } from "node:perf_hooks";
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { typescriptCli } from "../../db/cli/typescript-cli.mjs";

export type BenchServer = {
  baseUrl: string;
  env: NodeJS.ProcessEnv;
  seeded: Record<string, unknown>;
  serverPid: () => number;
  /** Every server process: the one Next server, or each worker with WORKERS=N. */
  serverPids: () => number[];
  stop: () => void;
  exited: Promise<void>;
};

export const benchAdminPassword = "bench admin password";

async function waitForServer(url: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`server did not start at ${url}`);
}

/**
 * `dataDir` (default `.bench/<name>-data`) is emptied first; `seedArgs` go to the seed script
 * (none: the workspace holds only its first admin, admin@example.test); `env` adds settings.
 */
export async function startBenchServer({
  name,
  port,
  seedScript,
  seedArgs = [],
  dataDir = path.resolve(`.bench/${name}-data`),
  env: extraEnv = {},
  keepData = false,
}: {
  name: string;
  port: number;
  seedScript?: string;
  seedArgs?: string[];
  dataDir?: string;
  env?: Record<string, string>;
  /** Start on the data (and database) a previous server of the bench left, without emptying it. */
  keepData?: boolean;
}): Promise<BenchServer> {
  if (!keepData) fs.rmSync(dataDir, { recursive: true, force: true });
  const env = {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: String(port),
    NEXT_TELEMETRY_DISABLED: "1",
    ADMIN_EMAIL: "admin@example.test",
    ADMIN_PASSWORD: benchAdminPassword,
    SECURITY_LOG: path.join(dataDir, "security.log"),
    ...extraEnv,
  };
  const seeded = seedScript
    ? JSON.parse(
        execFileSync(process.execPath, [...typescriptCli, seedScript, ...seedArgs], { env, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 })
          .trim()
          .split("\n")
          .at(-1)!,
      )
    : {};
  const server = spawn(process.execPath, ["db/cli/start.mjs"], { env, stdio: ["ignore", "ignore", "inherit"] });
  const exited = new Promise<void>((resolve) => server.once("exit", () => resolve()));
  const baseUrl = `http://localhost:${port}`;
  await waitForServer(`${baseUrl}/signin`, 300_000);
  const children = () =>
    execFileSync("pgrep", ["-P", String(server.pid)], { encoding: "utf8" })
      .trim()
      .split("\n")
      .map(Number);
  const serverPids = () => children().filter((pid) => fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("next"));
  const serverPid = () => serverPids()[0] ?? children()[0]!;
  return { baseUrl, env, seeded, serverPid, serverPids, stop: () => server.kill("SIGTERM"), exited };
}

/** A personal API token for `email`, made with the users CLI against the server's database. */
export function benchApiToken(env: NodeJS.ProcessEnv, email: string): string {
  return execFileSync(process.execPath, [...typescriptCli, "db/cli/users.ts", "token", email, "--name", "bench"], { env, encoding: "utf8" })
    .trim()
    .split("\n")
    .at(-1)!;
}

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

/** Peak resident memory (VmHWM) and current RSS of a process, in MB. */
export function memoryOf(pid: number): { peakMb: number; rssMb: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
  return { peakMb: kb("VmHWM") / 1024, rssMb: kb("VmRSS") / 1024 };
}

/** User + system CPU time a process has used so far, in ms (from /proc; clock ticks of 10 ms). */
export function cpuMsOf(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** How often the load benches' reader reads. */
export const READS_PER_SECOND = 20;

/** Reads `url` READS_PER_SECOND times a second until `until` settles; each read's latency in ms (a reader beside a load). */
export async function readAtFixedRate(url: string, headers: Record<string, string>, until: Promise<unknown>): Promise<number[]> {
  const latencies: number[] = [];
  let done = false;
  void until.finally(() => (done = true));
  const inFlight: Array<Promise<void>> = [];
  for (let next = performance.now(); !done; next += 1000 / READS_PER_SECOND) {
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, next - performance.now())));
    const started = performance.now();
    inFlight.push(
      fetch(url, { headers }).then(async (response) => {
        await response.arrayBuffer();
        if (!response.ok) throw new Error(`reader: HTTP ${response.status}`);
        latencies.push(performance.now() - started);
      }),
    );
  }
  await Promise.all(inFlight);
  return latencies;
}
