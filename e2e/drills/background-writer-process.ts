/** Starts background-writer.ts as a child process and collects what it committed. */
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { typescriptCli } from "../../db/cli/typescript-cli.mjs";
import { engineEnvironment, sqliteEngine, type DrillEngine } from "./engine";

export type BackgroundAck = { id: string; marker: string; at: number };

export function startBackgroundWriter({
  dataDir,
  actor,
  claimIds,
  engine = sqliteEngine,
}: {
  dataDir: string;
  engine?: DrillEngine;
  actor: { id: string; email: string; name: string; role: string };
  claimIds: string[];
}) {
  const child = spawn(process.execPath, [...typescriptCli, "e2e/drills/background-writer.ts", JSON.stringify(actor), JSON.stringify(claimIds)], {
    env: { ...process.env, ...engineEnvironment(engine), DATA_DIR: dataDir },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const acks: BackgroundAck[] = [];
  let summary = { written: 0, busy: 0, failed: 0 };
  let firstAck: () => void = () => {};
  const started = new Promise<void>((resolve) => (firstAck = resolve));
  createInterface({ input: child.stdout! }).on("line", (line) => {
    const parsed = JSON.parse(line) as { id?: string; marker?: string; done?: boolean; written: number; busy: number; failed: number };
    if (parsed.done) summary = { written: parsed.written, busy: parsed.busy, failed: parsed.failed };
    else {
      acks.push({ id: parsed.id!, marker: parsed.marker!, at: Date.now() });
      firstAck();
    }
  });
  // "close", not "exit": the summary line may still be in the pipe when the process ends.
  const exited = new Promise<void>((resolve) => child.once("close", () => resolve()));
  return {
    acks,
    /** Resolves after its first commit (it needs a second or so to load). */
    started,
    async stop() {
      child.kill("SIGTERM");
      await exited;
      return summary;
    },
  };
}
