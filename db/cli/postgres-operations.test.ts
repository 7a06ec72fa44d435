import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, startPostgres } from "@/e2e/setup/postgres-server.mjs";
import { openPostgres } from "../engines/postgres";
import { migrationsFolder } from "../engines/migrations-folder";
import { findClientTool } from "../postgres-backup";
import { typescriptCli } from "./typescript-cli.mjs";

/**
 * The operator's commands on PostgreSQL (DATABASE_URL), each in its own process as `npm run`
 * runs it, against a throw-away server of this file's own: backup and restore with pg_dump and
 * pg_restore, the one-line refusal of a wrong DATABASE_URL, and a migration that fails.
 */
const password = "Sekr3t-Password-9f2c";
let server: Awaited<ReturnType<typeof startPostgres>>;
let folder: string;
const urlOf = (database: string, port = server.port, secret = password) => `postgres://operator:${secret}@127.0.0.1:${port}/${database}`;

async function admin(...statements: string[]) {
  const client = new pg.Client({ connectionString: server.adminUrl });
  await client.connect();
  try {
    for (const statement of statements) await client.query(statement);
  } finally {
    await client.end();
  }
}

async function tablesOf(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(
      "select schemaname || '.' || tablename as name from pg_tables where schemaname not in ('pg_catalog', 'information_schema') order by 1",
    );
    return rows.map((row) => row.name);
  } finally {
    await client.end();
  }
}

async function journalOf(url: string): Promise<unknown[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query("select hash from drizzle.__drizzle_migrations")).rows;
  } finally {
    await client.end();
  }
}

function runCli(script: string, args: string[], databaseUrl: string) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    const env = { ...process.env, DATA_DIR: path.join(folder, "data"), DATABASE_URL: databaseUrl, NODE_ENV: "test" as const };
    execFile(process.execPath, [...typescriptCli, `db/cli/${script}.ts`, ...args], { env }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

beforeAll(async () => {
  server = await startPostgres({ database: "workspace" });
  folder = fs.mkdtempSync(path.join(os.tmpdir(), "corroborate-pg-cli-"));
  await admin(
    `create role operator login password '${password}'`,
    "alter database workspace owner to operator",
    "create database restored owner operator",
    "create database fresh owner operator",
    "create database migrated owner operator",
  );
  // The test server trusts every local login; the operator's must prove its password, as on a real server.
  const hba = path.join(server.dataDir, "pg_hba.conf");
  fs.writeFileSync(hba, `host all operator 127.0.0.1/32 scram-sha-256\n${fs.readFileSync(hba, "utf8")}`);
  await admin("select pg_reload_conf()");
}, 120_000);

afterAll(() => {
  server?.stop();
  if (folder) fs.rmSync(folder, { recursive: true, force: true });
});

// why: each test starts several `node --import tsx` processes in a row (a second or more each).
describe("the command line on PostgreSQL", { timeout: 60_000 }, () => {
  it("backs up with pg_dump -Fc and restores with pg_restore into an empty database only, never printing the password", async () => {
    const added = await runCli("users", ["add", "ana@newsroom.test", "--role", "editor", "--password", "a long enough password"], urlOf("workspace"));
    expect(added.code).toBe(0);

    const backupFile = path.join(folder, "monday.dump");
    const backup = await runCli("backup", ["--out", backupFile], urlOf("workspace"));
    expect(backup.code).toBe(0);
    expect(backup.stdout).toContain("pg_dump custom format");
    expect(backup.stdout).toMatch(/pg_restore --list: \d+ tables/);
    expect(fs.readFileSync(backupFile).subarray(0, 5).toString()).toBe("PGDMP");
    expect(fs.statSync(backupFile).mode & 0o777).toBe(0o600);

    const restore = await runCli("restore", [backupFile], urlOf("restored"));
    expect(restore.code).toBe(0);
    expect(restore.stdout).toMatch(/into postgres:\/\/operator:\*\*\*@127\.0\.0\.1:\d+\/restored/);
    const listed = await runCli("users", ["list"], urlOf("restored"));
    expect(listed.code).toBe(0);
    expect(listed.stdout).toContain("ana@newsroom.test");

    const again = await runCli("restore", [backupFile], urlOf("restored"));
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/is not empty \(\d+ tables\)[\s\S]*--replace/);
    const replaced = await runCli("restore", [backupFile, "--replace"], urlOf("restored"));
    expect(replaced.code).toBe(0);
    expect(await tablesOf(urlOf("restored"))).toEqual(await tablesOf(urlOf("workspace")));

    const usage = await runCli("restore", [backupFile, "--data-dir", path.join(folder, "x")], urlOf("restored"));
    expect(usage.code).toBe(2);
    for (const run of [added, backup, restore, listed, again, replaced, usage]) expect(run.stdout + run.stderr).not.toContain(password);
  });

  it("says what to install when pg_dump or pg_restore is missing", () => {
    const nowhere = path.join(folder, "no-such-folder");
    expect(() => findClientTool("pg_dump", nowhere, nowhere)).toThrow(/pg_dump is not installed[\s\S]*apt-get install -y postgresql-client/);
    expect(() => findClientTool("pg_restore", "", nowhere)).toThrow(/pg_restore is not installed[\s\S]*apt-get install -y postgresql-client/);
  });

  it("refuses a wrong DATABASE_URL at start with one line, exit 1, and no password", async () => {
    const closedPort = await freePort();
    const attempts = [
      { url: urlOf("workspace", closedPort), reason: /ECONNREFUSED/ },
      { url: urlOf("workspace", server.port, "Wrong-Password-7c1e"), reason: /password authentication failed/ },
      { url: urlOf("no_such_database"), reason: /database "no_such_database" does not exist/ },
    ];
    for (const { url, reason } of attempts) {
      const prepare = await runCli("prepare", [], url);
      expect(prepare, url).toMatchObject({ code: 1 });
      expect(prepare.stdout).toBe("");
      expect(prepare.stderr.trim().split("\n")).toEqual([expect.stringMatching(/^Cannot reach the database at postgres:\/\/operator:\*\*\*@127\.0\.0\.1:/)]);
      expect(prepare.stderr).toMatch(reason);
      expect(prepare.stdout + prepare.stderr).not.toContain(new URL(url).password);
    }
  });

  it("leaves the schema as it was when a migration fails (one transaction for the whole run)", async () => {
    // A copy of the committed migrations with a broken one after them: it creates a table, changes one, then fails.
    const broken = path.join(folder, "broken-migrations");
    fs.cpSync(migrationsFolder("postgres"), broken, { recursive: true });
    const journalFile = path.join(broken, "meta", "_journal.json");
    const journal = JSON.parse(fs.readFileSync(journalFile, "utf8")) as { entries: Array<{ idx: number; when: number; tag: string }> };
    const last = journal.entries.at(-1)!;
    journal.entries.push({ ...last, idx: last.idx + 1, when: last.when + 1, tag: "9999_broken" });
    fs.writeFileSync(journalFile, JSON.stringify(journal));
    fs.writeFileSync(
      path.join(broken, "9999_broken.sql"),
      [
        'CREATE TABLE "half_done" ("id" text PRIMARY KEY);',
        'ALTER TABLE "users" ADD COLUMN "half_done" text;',
        'ALTER TABLE "no_such_table" ADD COLUMN "x" text;',
      ].join("\n--> statement-breakpoint\n"),
    );

    // On an empty database: the committed migrations, which succeed alone, are rolled back with the broken one.
    const fresh = openPostgres(urlOf("fresh"), 2, broken);
    await expect(fresh.migrate()).rejects.toThrow(/no_such_table/);
    await fresh.close();
    // (drizzle makes its journal table before the transaction; it stays, empty)
    expect(await tablesOf(urlOf("fresh"))).toEqual(["drizzle.__drizzle_migrations"]);
    expect(await journalOf(urlOf("fresh"))).toEqual([]);

    // On a migrated database: nothing of the broken migration stays, and the next start still works.
    const good = openPostgres(urlOf("migrated"), 2);
    await good.migrate();
    await good.close();
    const before = await tablesOf(urlOf("migrated"));
    expect(before).toContain("public.users");
    const upgrade = openPostgres(urlOf("migrated"), 2, broken);
    await expect(upgrade.migrate()).rejects.toThrow(/no_such_table/);
    await upgrade.close();
    expect(await tablesOf(urlOf("migrated"))).toEqual(before);
    expect(await journalOf(urlOf("migrated"))).toHaveLength(journal.entries.length - 1);
    const client = new pg.Client({ connectionString: urlOf("migrated") });
    await client.connect();
    const { rows } = await client.query("select column_name from information_schema.columns where table_name = 'users' and column_name = 'half_done'");
    await client.end();
    expect(rows).toEqual([]);
  });

  it("queues requests beyond DATABASE_POOL_SIZE instead of failing them", async () => {
    const engine = openPostgres(urlOf("migrated"), 2);
    try {
      const started = performance.now();
      const answers = await Promise.all(
        Array.from({ length: 30 }, () => engine.database.execute<{ pid: number }>(sql`select pg_backend_pid() as pid, pg_sleep(0.05)`)),
      );
      expect(answers).toHaveLength(30);
      expect(new Set(answers.map((answer) => answer.rows[0]!.pid)).size).toBeLessThanOrEqual(2);
      expect(performance.now() - started).toBeGreaterThanOrEqual((30 / 2) * 50 * 0.9); // two at a time, not thirty
    } finally {
      await engine.close();
    }
  });
});
