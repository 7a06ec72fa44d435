import fs from "node:fs";
import path from "node:path";
import { getTableName } from "drizzle-orm";
import { AppError } from "@/lib/errors";
import { openDatabaseFile } from "./client";
import {
  apiTokens,
  assessments,
  captureBlobs,
  captures,
  claims,
  comments,
  events,
  evidence,
  facts,
  investigations,
  sources,
  sourceVersions,
  users,
} from "./schema";

/**
 * Online backups of the workspace database and restores from them. A backup is made with
 * SQLite's backup API from a read-only connection (never a file copy, which can catch a
 * transaction half-written or miss the -wal file), then checked before it gets its name.
 */
export const databaseFileName = "corroborate.db";

const countedTables = [
  users,
  investigations,
  sources,
  sourceVersions,
  claims,
  facts,
  evidence,
  comments,
  assessments,
  apiTokens,
  events,
  captures,
  captureBlobs,
].map((table) => getTableName(table));

export type DatabaseCheck = {
  /** `["ok"]`, or what `PRAGMA integrity_check` (or opening the file) reported. */
  integrity: string[];
  foreignKeyViolations: Array<{ table: string; rowid: number | null; parent: string }>;
  /** Rows of the main tables (a table missing from the file is left out). */
  rowCounts: Record<string, number>;
  isOk: boolean;
};

/**
 * Opens `file` read-only and runs `PRAGMA integrity_check` and `PRAGMA foreign_key_check`
 * and counts the rows of the main tables. A file that is not a SQLite database (or cannot
 * be read) comes back as not ok, with the reason in `integrity`; a missing file throws.
 */
export function checkDatabaseFile(file: string): DatabaseCheck {
  if (!fs.existsSync(file)) throw new AppError("NOT_FOUND", `There is no file at ${file}.`);
  let sqlite: ReturnType<typeof openDatabaseFile> | undefined;
  try {
    sqlite = openDatabaseFile(file, { readonly: true });
    const integrity = (sqlite.pragma("integrity_check") as Array<{ integrity_check: string }>).map((row) => row.integrity_check);
    const foreignKeyViolations = (sqlite.pragma("foreign_key_check") as Array<{ table: string; rowid: number | null; parent: string }>).map(
      ({ table, rowid, parent }) => ({ table, rowid, parent }),
    );
    const existing = new Set(sqlite.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all() as string[]);
    const rowCounts = Object.fromEntries(
      countedTables.filter((name) => existing.has(name)).map((name) => [name, sqlite!.prepare(`SELECT count(*) FROM "${name}"`).pluck().get() as number]),
    );
    const isOk = integrity.length === 1 && integrity[0] === "ok" && foreignKeyViolations.length === 0 && existing.has(getTableName(users));
    return { integrity, foreignKeyViolations, rowCounts, isOk };
  } catch (error) {
    return { integrity: [error instanceof Error ? error.message : String(error)], foreignKeyViolations: [], rowCounts: {}, isOk: false };
  } finally {
    sqlite?.close();
  }
}

/** `DATA_DIR/backups/corroborate-<UTC time, ISO basic format>.db`, e.g. corroborate-20261130T142501Z.db. */
export function defaultBackupFile(dataDir: string, now = new Date()): string {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d+Z$/, "Z");
  return path.join(dataDir, "backups", `corroborate-${stamp}.db`);
}

export type BackupResult = { file: string; pages: number; bytes: number; durationMs: number; check: DatabaseCheck };

// why: SQLite restarts a step-by-step backup whenever another connection writes to the
// source between two steps, so beside a busy server it takes many times longer or never
// finishes (measured here: 3,033 steps of 100 pages for an 8 MB file beside a writer that
// commits every millisecond). Copying every page in one step reads one consistent snapshot;
// in WAL mode the server keeps writing meanwhile.
const allPagesInOneStep = 0x7fffffff;

/**
 * Backs up the live database `from` to `to` while the server may be writing: the backup API
 * into `<to>.partial`, switched to a rollback journal (one self-contained file, owner-only),
 * synced to disk, checked with `checkDatabaseFile`, and only then renamed to `to`. When the
 * checks fail the copy stays at `<to>.partial` and the result says so (`check.isOk` false).
 * Throws NOT_FOUND when `from` is missing and CONFLICT when `to` exists.
 */
export async function backupDatabase({ from, to }: { from: string; to: string }): Promise<BackupResult> {
  if (!fs.existsSync(from)) throw new AppError("NOT_FOUND", `There is no database at ${from}. Is DATA_DIR set to the server's data folder?`);
  if (fs.existsSync(to)) throw new AppError("CONFLICT", `${to} already exists; a backup never replaces a file. Choose another --out.`);
  fs.mkdirSync(path.dirname(to), { recursive: true, mode: 0o700 });
  const partial = `${to}.partial`;
  for (const leftover of [partial, `${partial}-wal`, `${partial}-shm`, `${partial}-journal`]) fs.rmSync(leftover, { force: true });

  const started = performance.now();
  const live = openDatabaseFile(from, { readonly: true });
  let totalPages: number;
  try {
    ({ totalPages } = await live.backup(partial, { progress: () => allPagesInOneStep }));
  } finally {
    live.close();
  }
  fs.chmodSync(partial, 0o600);
  makeSelfContained(partial);
  syncFile(partial);
  const check = checkDatabaseFile(partial);
  if (!check.isOk) return { file: partial, pages: totalPages, bytes: fs.statSync(partial).size, durationMs: performance.now() - started, check };
  fs.renameSync(partial, to);
  syncFile(path.dirname(to));
  return { file: to, pages: totalPages, bytes: fs.statSync(to).size, durationMs: performance.now() - started, check };
}

export type RestoreResult = { databaseFile: string; check: DatabaseCheck };

/**
 * Puts the backup `backupFile` into the fresh folder `dataDir` as corroborate.db: refuses
 * (AppError) a folder that is not empty, a file with a -wal beside it (a live database, not
 * a backup), and a copy that fails the checks (then nothing is left behind). A plain copy
 * is right here: the backup is a closed, self-contained file.
 */
export function restoreDatabase({ backupFile, dataDir }: { backupFile: string; dataDir: string }): RestoreResult {
  if (!fs.existsSync(backupFile)) throw new AppError("NOT_FOUND", `There is no file at ${backupFile}.`);
  if (fs.existsSync(`${backupFile}-wal`)) {
    throw new AppError(
      "INVALID",
      `${backupFile} has a -wal file beside it: it looks like a live database, not a backup. Make a backup of it with \`npm run backup\` and restore that.`,
    );
  }
  const existed = fs.existsSync(dataDir);
  if (existed && fs.readdirSync(dataDir).length > 0) {
    throw new AppError("CONFLICT", `${dataDir} is not empty. Restore into a new, empty folder; a restore never replaces a workspace's data.`);
  }
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const databaseFile = path.join(dataDir, databaseFileName);
  const partial = `${databaseFile}.partial`;
  fs.copyFileSync(backupFile, partial, fs.constants.COPYFILE_EXCL);
  fs.chmodSync(partial, 0o600);
  makeSelfContained(partial);
  syncFile(partial);
  const check = checkDatabaseFile(partial);
  if (!check.isOk) {
    for (const file of [partial, `${partial}-wal`, `${partial}-shm`]) fs.rmSync(file, { force: true });
    if (!existed) fs.rmSync(dataDir, { recursive: true, force: true });
    throw new AppError("INVALID", `${backupFile} fails the checks, so nothing was restored:\n${describeProblems(check).join("\n")}`);
  }
  fs.renameSync(partial, databaseFile);
  syncFile(dataDir);
  return { databaseFile, check };
}

/** A check as the command line prints it: both pragmas, then the row counts. */
export function formatCheck(check: DatabaseCheck): string[] {
  const integrity = check.integrity.length === 1 && check.integrity[0] === "ok" ? "ok" : "FAILED";
  const foreignKeys = check.foreignKeyViolations.length === 0 ? "ok (no violations)" : `FAILED (${check.foreignKeyViolations.length} violations)`;
  const width = Math.max(...Object.keys(check.rowCounts).map((name) => name.length), 0);
  return [
    `  integrity_check     ${integrity}`,
    `  foreign_key_check   ${foreignKeys}`,
    ...(check.isOk ? [] : describeProblems(check)),
    "Rows:",
    ...Object.entries(check.rowCounts).map(([name, count]) => `  ${name.padEnd(width)}  ${count.toLocaleString("en")}`),
  ];
}

/** What is wrong with a checked file, one line each (empty when it is ok). */
export function describeProblems(check: DatabaseCheck): string[] {
  const problems = check.integrity.filter((line) => line !== "ok").map((line) => `  integrity_check: ${line}`);
  for (const violation of check.foreignKeyViolations.slice(0, 20))
    problems.push(`  foreign_key_check: ${violation.table} row ${violation.rowid ?? "?"} points to a missing ${violation.parent}`);
  if (check.foreignKeyViolations.length > 20) problems.push(`  foreign_key_check: … ${check.foreignKeyViolations.length - 20} more`);
  if (problems.length === 0 && !check.isOk) problems.push("  not a Corroborate database (it has no users table)");
  return problems;
}

/**
 * Switches a copy (not the live file) to a rollback journal, so that opening it, even
 * read-only, never leaves a -wal or -shm file beside it. A file SQLite cannot open is left
 * as it is, for the checks to report.
 */
function makeSelfContained(file: string) {
  let sqlite: ReturnType<typeof openDatabaseFile> | undefined;
  try {
    sqlite = openDatabaseFile(file, { readonly: false });
    sqlite.pragma("journal_mode = DELETE");
  } catch {
    // not a database, or damaged: checkDatabaseFile says how
  } finally {
    sqlite?.close();
  }
}

/** Flushes a file or a folder (a rename) to disk. */
function syncFile(file: string) {
  const fd = fs.openSync(file, "r");
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
