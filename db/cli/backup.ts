/**
 * `npm run backup -- [--out <file>]`: an online backup of DATA_DIR/corroborate.db, safe
 * while the server runs and writes. The copy is checked (integrity, foreign keys) before it
 * gets its name. With DATABASE_URL, a `pg_dump -Fc` archive of the PostgreSQL database instead
 * (db/postgres-backup.ts). Exit code 0 when the backup is made and passes the checks, 1 when it
 * cannot be made or fails them (reason on stderr), 2 on a usage error.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { env } from "@/lib/env";
import { isAppError } from "@/lib/errors";
import { redactDatabaseUrl } from "@/lib/database-unavailable";
import { backupDatabase, databaseFileName, defaultBackupFile, formatCheck } from "../backup";
import { defaultDumpFile, dumpPostgres } from "../postgres-backup";

const help = `Back up the workspace database while the server runs.

Usage: npm run backup -- [--out <file>]

Copies DATA_DIR/corroborate.db with SQLite's online backup API (never a file copy), into
one self-contained file readable only by its owner, then opens the copy read-only and runs
PRAGMA integrity_check and PRAGMA foreign_key_check, and prints the row counts.

Options:
  --out <file>   Where to write the backup (never replaced if it exists). Default:
                 DATA_DIR/backups/corroborate-<UTC time>.db
  -h, --help     Show this help.

The database is DATA_DIR/corroborate.db (DATA_DIR defaults to ./data).
Restore with: npm run restore -- <backup file> --data-dir <new empty folder>

On PostgreSQL (DATABASE_URL set): runs pg_dump --format=custom (needs PostgreSQL's client
programs, Debian/Ubuntu: apt-get install -y postgresql-client), checks the archive with
pg_restore --list, and writes DATA_DIR/backups/corroborate-<UTC time>.dump unless --out.
Restore with: DATABASE_URL=<new empty database> npm run restore -- <backup file>`;

class UsageError extends Error {}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { out: { type: "string" }, help: { type: "boolean", short: "h" } },
  });
  if (values.help) {
    console.log(help);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(`Unexpected argument "${positionals[0]}".`);
  if (values.out === "") throw new UsageError("--out needs a file name.");
  if (env.databaseUrl) return backupPostgres(env.databaseUrl, values.out);
  const from = path.join(env.dataDir, databaseFileName);
  const to = path.resolve(values.out ?? defaultBackupFile(env.dataDir));
  const result = await backupDatabase({ from, to });
  const size = `${(result.bytes / 1024 / 1024).toFixed(1)} MB, ${result.pages.toLocaleString("en")} pages, ${Math.round(result.durationMs)} ms`;
  if (!result.check.isOk) {
    console.error(`✖ The backup of ${from} fails the checks; it was left at ${result.file} (${size}) for inspection.`);
    console.error(formatCheck(result.check).join("\n"));
    return 1;
  }
  console.log(`Backed up ${from}\n       to ${result.file} (${size})`);
  console.log("Checks on the backup, opened read-only:");
  console.log(formatCheck(result.check).join("\n"));
  return 0;
}

async function backupPostgres(url: string, out: string | undefined): Promise<number> {
  const result = await dumpPostgres({ url, to: path.resolve(out ?? defaultDumpFile(env.dataDir)) });
  const size = `${(result.bytes / 1024 / 1024).toFixed(1)} MB, ${Math.round(result.durationMs)} ms`;
  console.log(`Backed up ${redactDatabaseUrl(url)}\n       to ${result.file} (pg_dump custom format, ${size})`);
  console.log(`Checked with pg_restore --list: ${result.check.tables} tables, ${result.check.tableData} with data.`);
  return 0;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError || (error instanceof TypeError && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS"))) {
    console.error(`${error.message}\n\nRun: npm run backup -- --help`);
    process.exit(2);
  }
  if (isAppError(error)) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
