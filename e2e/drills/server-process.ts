/**
 * `npm start` (db/cli/start.mjs) as a process the drills start, crash and stop. start.mjs
 * runs the migrations and then `next start` as its child: that child is the server, so a
 * crash is a SIGKILL of the child, found in the launcher's process tree (only processes this
 * module started are ever signalled). Afterwards nothing of the tree may be left and the
 * port must be free.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { sleep } from "./drill";
import { engineEnvironment, sqliteEngine, type DrillEngine } from "./engine";

export type ServerProcess = { launcher: ChildProcess; port: number; baseUrl: string; spawnedAt: number; exited: Promise<void> };

/** Starts `node db/cli/start.mjs` on `dataDir` and `port` and `engine` (SQLite unless said); its output is appended to `logFile`. */
export function spawnServer({
  dataDir,
  port,
  logFile,
  engine = sqliteEngine,
}: {
  dataDir: string;
  port: number;
  logFile: string;
  engine?: DrillEngine;
}): ServerProcess {
  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  const log = fs.openSync(logFile, "a");
  const env = {
    ...process.env,
    ...engineEnvironment(engine),
    DATA_DIR: dataDir,
    PORT: String(port),
    NEXT_TELEMETRY_DISABLED: "1",
    ADMIN_EMAIL: "admin@drill.test",
    ADMIN_PASSWORD: "drill admin password",
  };
  const launcher = spawn(process.execPath, ["db/cli/start.mjs"], { env, stdio: ["ignore", log, log] });
  fs.closeSync(log);
  const exited = new Promise<void>((resolve) => launcher.once("exit", () => resolve()));
  return { launcher, port, baseUrl: `http://localhost:${port}`, spawnedAt: performance.now(), exited };
}

/** Polls `isReady` every 50 ms; returns the milliseconds from spawn to the first yes. Throws after `timeoutMs` or when the launcher exits. */
export async function waitUntilReady(server: ServerProcess, isReady: () => Promise<boolean>, timeoutMs = 120_000): Promise<number> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if (server.launcher.exitCode !== null || server.launcher.signalCode !== null)
      throw new Error(`the server on port ${server.port} exited before it was ready (see the drill's server.log)`);
    try {
      if (await isReady()) return performance.now() - server.spawnedAt;
    } catch {
      // not listening yet
    }
    await sleep(50);
  }
  throw new Error(`the server on port ${server.port} was not ready after ${timeoutMs} ms`);
}

function parentOf(pid: number): number | null {
  try {
    // The command name may contain spaces and parentheses: the fields after the last ")" are fixed.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return null;
  }
}

function commandOf(pid: number): string {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
  } catch {
    return "";
  }
}

/** Every live descendant of `root`, from /proc. */
export function descendantsOf(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const parent = parentOf(Number(entry));
    if (parent !== null) children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
  }
  const found: number[] = [];
  const visit = (pid: number) => {
    for (const child of children.get(pid) ?? []) {
      found.push(child);
      visit(child);
    }
  };
  visit(root);
  return found;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return fs.existsSync(`/proc/${pid}`) && !fs.readFileSync(`/proc/${pid}/stat`, "utf8").includes(") Z ");
  } catch {
    return false;
  }
}

/** Whether nothing listens on `port` any more: binding it on every interface succeeds. */
export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen({ port, exclusive: true }, () => probe.close(() => resolve(true)));
  });
}

export type CrashReport = { killedPid: number; orphansKilled: number; isPortFree: boolean };

/**
 * SIGKILLs the server process (the `next-server` child of the launcher), waits for the
 * launcher to end on its own, then SIGKILLs anything of the tree still alive (an orphan,
 * counted) and checks the port is free again.
 */
export async function crashServer(server: ServerProcess): Promise<CrashReport> {
  const launcherPid = server.launcher.pid!;
  const tree = descendantsOf(launcherPid);
  const serverPid = tree.find((pid) => /next-server|next\/dist\/bin\/next/.test(commandOf(pid)));
  if (!serverPid) throw new Error(`no next-server under the launcher ${launcherPid}: ${tree.map((pid) => `${pid} ${commandOf(pid)}`).join("; ")}`);
  process.kill(serverPid, "SIGKILL");
  const launcherEnded = await Promise.race([server.exited.then(() => true), sleep(5_000).then(() => false)]);
  let orphansKilled = 0;
  if (!launcherEnded) {
    server.launcher.kill("SIGKILL");
    orphansKilled++;
    await server.exited;
  }
  for (const pid of tree) {
    if (pid !== serverPid && isAlive(pid)) {
      process.kill(pid, "SIGKILL");
      orphansKilled++;
    }
  }
  let portFree = false;
  for (let attempt = 0; attempt < 40 && !portFree; attempt++) {
    portFree = await isPortFree(server.port);
    if (!portFree) await sleep(50);
  }
  return { killedPid: serverPid, orphansKilled, isPortFree: portFree };
}

/** Stops the server as an operator would (SIGTERM to the launcher, which passes it on) and waits for it. */
export async function stopServer(server: ServerProcess): Promise<void> {
  if (server.launcher.exitCode !== null || server.launcher.signalCode !== null) return;
  server.launcher.kill("SIGTERM");
  const ended = await Promise.race([server.exited.then(() => true), sleep(10_000).then(() => false)]);
  if (!ended) {
    for (const pid of descendantsOf(server.launcher.pid!)) process.kill(pid, "SIGKILL");
    server.launcher.kill("SIGKILL");
    await server.exited;
  }
}
