/**
 * `npm run restore -- <backup file> --data-dir <new empty folder>`: puts a backup made by
 * `npm run backup` into a fresh data folder and says how to start on it. Refuses a folder
 * that is not empty and a backup that fails the checks. With DATABASE_URL: `pg_restore` of a
 * `pg_dump -Fc` archive into that database, refused when it has tables unless `--replace`. Exit code 0 when restored, 1 when
 * refused (reason on stderr), 2 on a usage error.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { env } from "@/lib/env";
import { redactDatabaseUrl } from "@/lib/database-unavailable";
import { isAppError } from "@/lib/errors";
import { formatCheck, restoreDatabase } from "../backup";
import { restorePostgres } from "../postgres-backup";

const help = `Restore a backup into a new data folder.

Usage: npm run restore -- <backup file> --data-dir <new empty folder>

Checks the backup (PRAGMA integrity_check, PRAGMA foreign_key_check) and copies it into
the folder as corroborate.db. The folder must be new or empty: a restore never replaces a
workspace's data. Stop the old server before starting one on the restored folder.

Options:
  --data-dir <folder>   The new data folder (created when missing).
  -h, --help            Show this help.

On PostgreSQL: DATABASE_URL=<database> npm run restore -- <backup file> [--replace]
Restores a pg_dump custom-format archive (made by npm run backup) with pg_restore, in one
transaction, into the database at DATABASE_URL (no --data-dir). Refuses a database that
already has tables unless --replace is given, which drops the archive's tables first.
Needs PostgreSQL's client programs (Debian/Ubuntu: apt-get install -y postgresql-client).`;

class UsageError extends Error {}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { "data-dir": { type: "string" }, replace: { type: "boolean" }, help: { type: "boolean", short: "h" } },
  });
  if (values.help) {
    console.log(help);
    return 0;
  }
  const [backupFile, ...extra] = positionals;
  if (!backupFile) throw new UsageError("Give the backup file to restore.");
  if (extra.length > 0) throw new UsageError(`Unexpected argument "${extra[0]}".`);
  if (env.databaseUrl) {
    if (values["data-dir"]) throw new UsageError("DATABASE_URL is set: the backup goes into that database; --data-dir is for SQLite.");
    return restoreIntoPostgres(env.databaseUrl, path.resolve(backupFile), values.replace === true);
  }
  if (values.replace) throw new UsageError("--replace is for PostgreSQL (DATABASE_URL); a SQLite restore only goes into a new, empty folder.");
  if (!values["data-dir"]) throw new UsageError("Give the new data folder: --data-dir <folder>.");
  const dataDir = path.resolve(values["data-dir"]);
  const { databaseFile, check } = restoreDatabase({ backupFile: path.resolve(backupFile), dataDir });
  console.log(`Restored ${path.resolve(backupFile)}\n      to ${databaseFile}`);
  console.log("Checks on the restored file:");
  console.log(formatCheck(check).join("\n"));
  console.log(`
Start the workspace on it (stop any server on the same port first):
  DATA_DIR=${dataDir} npm start

Migrations newer than the backup are applied at that start. Unless AUTH_SECRET is set, the
first start makes a new secret in ${path.join(dataDir, "auth-secret")}, so sessions signed
with the old one end and everyone signs in again; that is expected. Accounts, passwords and
API tokens are in the database and keep working.`);
  return 0;
}

async function restoreIntoPostgres(url: string, backupFile: string, replace: boolean): Promise<number> {
  const check = await restorePostgres({ url, backupFile, replace });
  console.log(`Restored ${backupFile}\n      into ${redactDatabaseUrl(url)} (${check.tables} tables, in one transaction)`);
  console.log(`
Start the workspace on it (stop the servers on the old database first):
  DATABASE_URL=${redactDatabaseUrl(url)} npm start    (with the real password)

Migrations newer than the backup are applied at that start. The auth secret is in the
database (unless AUTH_SECRET is set), so sessions and API tokens keep working.`);
  return 0;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError || (error instanceof TypeError && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS"))) {
    console.error(`${error.message}\n\nRun: npm run restore -- --help`);
    process.exit(2);
  }
  if (isAppError(error)) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
