/**
 * Backup and restore of a PostgreSQL workspace with PostgreSQL's own tools: `pg_dump -Fc`
 * (custom format: compressed, restorable table by table) and `pg_restore`. The password of
 * DATABASE_URL goes to them in the child's environment (PGPASSWORD), never in its arguments,
 * where `ps` would show it; every message says the address without it.
 */
import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { AppError } from "@/lib/errors";
import { redactDatabaseUrl } from "@/lib/database-unavailable";

export const installClientTools =
  "Install PostgreSQL's client programs, version 15 or later and at least the server's version (Debian/Ubuntu: sudo apt-get install -y postgresql-client).";

/** `program` on PATH, else the newest one under /usr/lib/postgresql/<version>/bin; AppError UNAVAILABLE when there is none. */
export function findClientTool(program: "pg_dump" | "pg_restore", searchPath = process.env.PATH ?? "", root = "/usr/lib/postgresql"): string {
  for (const folder of searchPath.split(path.delimiter).filter(Boolean)) {
    const candidate = path.join(folder, program);
    if (isExecutable(candidate)) return candidate;
  }
  const versions = fs.existsSync(root) ? fs.readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  for (const version of versions) {
    const candidate = path.join(root, version, "bin", program);
    if (isExecutable(candidate)) return candidate;
  }
  throw new AppError("UNAVAILABLE", `${program} is not installed, and the workspace is on PostgreSQL (DATABASE_URL). ${installClientTools}`);
}

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * The connection for libpq's programs: the address without the password (for `--dbname`) and
 * the environment with PGPASSWORD. Query parameters such as `sslmode=require` stay in the address.
 */
export function clientConnection(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = "";
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.DATABASE_URL;
  if (password) env.PGPASSWORD = password;
  return { dbname: parsed.toString(), env };
}

/** Runs a client program; rejects with AppError INVALID carrying its standard error (which never holds the password). */
function run(program: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(program, args, { env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new AppError("INVALID", `${path.basename(program)} failed: ${(stderr || error.message).trim()}`, { cause: error }));
      else resolve(stdout);
    });
  });
}

export function defaultDumpFile(dataDir: string, now = new Date()): string {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d+Z$/, "Z");
  return path.join(dataDir, "backups", `corroborate-${stamp}.dump`);
}

export type DumpCheck = { tables: number; tableData: number };

/** Reads an archive's table of contents with `pg_restore --list`: refuses a file that is not a pg_dump custom-format archive. */
export async function checkDump(file: string): Promise<DumpCheck> {
  const list = await run(findClientTool("pg_restore"), ["--list", file], process.env);
  const entries = list.split("\n").filter((line) => line && !line.startsWith(";"));
  return { tables: entries.filter((line) => / TABLE /.test(line)).length, tableData: entries.filter((line) => / TABLE DATA /.test(line)).length };
}

/**
 * `pg_dump -Fc` of the database at `url` into `<to>.partial`, owner-only; the archive's table
 * of contents is read back (`checkDump`) before the file gets its name. pg_dump reads one
 * consistent snapshot, so the servers keep writing meanwhile. CONFLICT when `to` exists.
 */
export async function dumpPostgres({ url, to }: { url: string; to: string }): Promise<{ file: string; bytes: number; durationMs: number; check: DumpCheck }> {
  if (fs.existsSync(to)) throw new AppError("CONFLICT", `${to} already exists; a backup never replaces a file. Choose another --out.`);
  const pgDump = findClientTool("pg_dump");
  fs.mkdirSync(path.dirname(to), { recursive: true, mode: 0o700 });
  const partial = `${to}.partial`;
  fs.rmSync(partial, { force: true });
  fs.closeSync(fs.openSync(partial, "w", 0o600));
  const started = performance.now();
  const { dbname, env } = clientConnection(url);
  try {
    await run(pgDump, ["--format=custom", "--no-owner", "--no-acl", `--file=${partial}`, `--dbname=${dbname}`], env);
    const check = await checkDump(partial);
    fs.renameSync(partial, to);
    return { file: to, bytes: fs.statSync(to).size, durationMs: performance.now() - started, check };
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  }
}

/** The tables in the database's user schemas (the app's and drizzle's migration journal). */
export async function countTables(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
  } catch (error) {
    throw new AppError("UNAVAILABLE", `Cannot reach the database at ${redactDatabaseUrl(url)}: ${(error as Error).message}`, { cause: error });
  }
  try {
    const { rows } = await client.query<{ count: string }>(
      "select count(*) as count from pg_tables where schemaname not in ('pg_catalog', 'information_schema') and schemaname not like 'pg_toast%'",
    );
    return Number(rows[0]!.count);
  } finally {
    await client.end();
  }
}

/**
 * `pg_restore` of `backupFile` into the database at `url`, in one transaction (a failure
 * leaves the database as it was). Refuses (CONFLICT) a database that already has tables unless
 * `replace`, which drops the archive's tables first (`--clean --if-exists`).
 */
export async function restorePostgres({ url, backupFile, replace }: { url: string; backupFile: string; replace: boolean }): Promise<DumpCheck> {
  if (!fs.existsSync(backupFile)) throw new AppError("NOT_FOUND", `There is no file at ${backupFile}.`);
  const check = await checkDump(backupFile);
  const existing = await countTables(url);
  if (existing > 0 && !replace) {
    throw new AppError(
      "CONFLICT",
      `The database at ${redactDatabaseUrl(url)} is not empty (${existing} tables). Restore into a new, empty database, or add --replace to drop its tables and restore over them.`,
    );
  }
  const { dbname, env } = clientConnection(url);
  const clean = replace ? ["--clean", "--if-exists"] : [];
  await run(
    findClientTool("pg_restore"),
    ["--single-transaction", "--exit-on-error", "--no-owner", "--no-acl", ...clean, `--dbname=${dbname}`, backupFile],
    env,
  );
  return check;
}
