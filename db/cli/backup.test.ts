import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSqlite } from "../client";
import { typescriptCli } from "./typescript-cli.mjs";

/** Runs one of the CLIs as `npm run` does, in its own process; resolves with its exit code and output. */
function runCli(script: "backup" | "restore", args: string[], dataDir: string) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(process.execPath, [...typescriptCli, `db/cli/${script}.ts`, ...args], { env: { ...process.env, DATA_DIR: dataDir } }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

let folder: string;
let dataDir: string;

beforeAll(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), "corroborate-backup-cli-"));
  dataDir = path.join(folder, "data");
  const engine = openSqlite(path.join(dataDir, "corroborate.db"));
  await engine.migrate();
  await engine.close();
});

afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

// why: each test starts three or four `node --import tsx` processes in a row (about a second
// each, more on a busy machine), past Vitest's default 5 s.
describe("npm run backup and npm run restore", { timeout: 30_000 }, () => {
  it("backs up into DATA_DIR/backups, prints the checks and row counts, and restores into a new folder", async () => {
    const backup = await runCli("backup", [], dataDir);
    expect(backup.code).toBe(0);
    expect(backup.stdout).toMatch(/integrity_check\s+ok/);
    expect(backup.stdout).toMatch(/foreign_key_check\s+ok/);
    expect(backup.stdout).toMatch(/users\s+0/);
    const [file] = fs.readdirSync(path.join(dataDir, "backups"));
    expect(file).toMatch(/^corroborate-\d{8}T\d{6}Z\.db$/);

    const target = path.join(folder, "restored");
    const restore = await runCli("restore", [path.join(dataDir, "backups", file!), "--data-dir", target], dataDir);
    expect(restore.code).toBe(0);
    expect(restore.stdout).toContain(`DATA_DIR=${target} npm start`);
    expect(restore.stdout).toMatch(/auth-secret[\s\S]*sessions[\s\S]*signs in again/);
    expect(fs.readdirSync(target)).toEqual(["corroborate.db"]);

    const again = await runCli("restore", [path.join(dataDir, "backups", file!), "--data-dir", target], dataDir);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/not empty/);
  });

  it("exits 1 when it cannot back up and 2 on a usage error", async () => {
    const taken = path.join(folder, "taken.db");
    fs.writeFileSync(taken, "");
    expect(await runCli("backup", ["--out", taken], dataDir)).toMatchObject({ code: 1, stderr: expect.stringMatching(/already exists/) });
    expect(await runCli("backup", [], path.join(folder, "no-such-data"))).toMatchObject({ code: 1, stderr: expect.stringMatching(/no database/) });
    expect(await runCli("backup", ["--frobnicate"], dataDir)).toMatchObject({ code: 2 });
    expect(await runCli("restore", [], dataDir)).toMatchObject({ code: 2, stderr: expect.stringMatching(/Give the backup file/) });
  });
});
