import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle as drizzleSqlite } from "drizzle-orm/better-sqlite3";
import { migrate as migrateSqlite } from "drizzle-orm/better-sqlite3/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/node-postgres";
import { migrate as migratePostgres } from "drizzle-orm/node-postgres/migrator";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { openPostgres, openSqlite, type Engine } from "./client";
import { installEngine } from "./connection";
import { searchWorkspace } from "./queries/search";
import { ensureSearchIndex } from "./queries/search-rebuild";
import { migrationsFolder } from "./engines/migrations-folder";

/**
 * A workspace made by an earlier release keeps every row when this one starts on it, and its
 * rows gain what the new columns mean. A release is the last migration it shipped; add the
 * newest release here when it ships new migrations (the older ones stay: upgrades may skip one).
 */
const releases = [
  { name: "before the desk", sqlite: "0008_recent_times", postgres: "0001_recent_times", fillsVerdictSetBy: true },
  { name: "the desk", sqlite: "0010_public_link_indexable", postgres: "0003_public_link_indexable", fillsVerdictSetBy: false },
  { name: "Spanish and charts", sqlite: "0011_languages", postgres: "0004_languages", fillsVerdictSetBy: false },
  { name: "captures", sqlite: "0012_captures", postgres: "0005_captures", fillsVerdictSetBy: false },
] as const;
type Release = (typeof releases)[number];

/** The committed migrations as a release had them: its journal entries and files. */
function releaseMigrations(release: Release, dialect: "sqlite" | "postgres"): string {
  const folder = mkdtempSync(path.join(tmpdir(), `previous-${dialect}-`));
  cpSync(migrationsFolder(dialect), folder, { recursive: true });
  const journalFile = path.join(folder, "meta", "_journal.json");
  const journal = JSON.parse(readFileSync(journalFile, "utf8")) as { entries: Array<{ tag: string }> };
  const last = journal.entries.findIndex((entry) => entry.tag === release[dialect]);
  if (last < 0) throw new Error(`no migration ${release[dialect]} in ${dialect}`);
  writeFileSync(journalFile, JSON.stringify({ ...journal, entries: journal.entries.slice(0, last + 1) }));
  return folder;
}

/** Rows as the previous release wrote them (its columns only): two people, a source, three claims, the verdict's history. */
const previousReleaseRows = [
  `insert into users (id, email, name, password_hash, role, created_at, updated_at) values
     ('u-author', 'author@example.test', 'Author', 'x', 'reviewer', '2026-11-01T00:00:00.000Z', '2026-11-01T00:00:00.000Z'),
     ('u-editor', 'editor@example.test', 'Editor', 'x', 'editor', '2026-11-01T00:00:00.000Z', '2026-11-01T00:00:00.000Z')`,
  `insert into investigations (id, title, created_by, created_at, updated_at) values ('i-1', 'Flights to El Salvador', 'u-editor', '2026-11-01T00:00:00.000Z', '2026-11-01T00:00:00.000Z')`,
  `insert into sources (id, investigation_id, title, created_by, created_at, updated_at) values ('s-1', 'i-1', 'Wire report', 'u-editor', '2026-11-01T00:00:00.000Z', '2026-11-01T00:00:00.000Z')`,
  `insert into source_versions (id, source_id, number, text, sha256, created_by, created_at) values ('v-1', 's-1', 1, 'Over 200 people were flown out on Sunday.', 'h', 'u-editor', '2026-11-01T00:00:00.000Z')`,
  ...[
    ["c-reset", "'mostly-true'"],
    ["c-no-history", "'true'"],
    ["c-open", "null"],
  ].map(
    ([
      id,
      verdict,
    ]) => `insert into claims (id, source_id, source_version_id, exact, prefix, suffix, start, "end", verdict_key, created_by, created_at, updated_at)
       values ('${id}', 's-1', 'v-1', 'Over 200', '', ' people', 0, 8, ${verdict}, 'u-author', '2026-11-02T00:00:00.000Z', '2026-11-02T00:00:00.000Z')`,
  ),
  `insert into evidence (id, claim_id, url, stance, created_by, created_at, updated_at) values ('e-1', 'c-reset', 'https://news.example/report', 'supports', 'u-author', '2026-11-02T00:00:00.000Z', '2026-11-02T00:00:00.000Z')`,
  // The author set c-reset's verdict first; the editor set it last.
  `insert into events (actor_id, action, subject_type, subject_id, investigation_id, created_at) values
     ('u-author', 'claim.verdict-set', 'claim', 'c-reset', 'i-1', '2026-11-02T00:00:00.000Z'),
     ('u-editor', 'claim.verdict-set', 'claim', 'c-reset', 'i-1', '2026-11-03T00:00:00.000Z'),
     ('u-author', 'claim.created', 'claim', 'c-no-history', 'i-1', '2026-11-02T00:00:00.000Z')`,
];
const previousTables = ["users", "investigations", "sources", "source_versions", "claims", "evidence", "events"];

type Query = (text: string) => Promise<Array<Record<string, unknown>>>;

async function countRows(query: Query) {
  const counts: Record<string, number> = {};
  for (const table of previousTables) counts[table] = Number((await query(`select count(*) as n from ${table}`))[0]!.n);
  return counts;
}

const opened: Engine[] = [];
afterEach(async () => {
  for (const engine of opened.splice(0)) await engine.close();
});

async function expectUpgraded(release: Release, engine: Engine, query: Query, countsBefore: Record<string, number>) {
  opened.push(engine);
  await engine.migrate();
  expect(await countRows(query)).toEqual(countsBefore);
  const claims = await query(`select id, verdict_set_by, due_at, statement, claimant, published_url from claims order by id`);
  const setBy = (id: string) => (release.fillsVerdictSetBy ? id : null);
  expect(claims).toEqual([
    { id: "c-no-history", verdict_set_by: setBy("u-author"), due_at: null, statement: null, claimant: null, published_url: null },
    { id: "c-open", verdict_set_by: null, due_at: null, statement: null, claimant: null, published_url: null },
    { id: "c-reset", verdict_set_by: setBy("u-editor"), due_at: null, statement: null, claimant: null, published_url: null },
  ]);
  const [investigation] = await query(`select four_eyes, published_url, report_language, daily_recheck from investigations`);
  expect(Boolean(investigation!.four_eyes)).toBe(true);
  expect(investigation!.published_url).toBeNull();
  // Languages: what was there was read as English, and people's interface follows their browser.
  expect(investigation!.report_language).toBe("en");
  expect(await query(`select language from sources`)).toEqual([{ language: "en" }]);
  expect(await query(`select locale from users order by id`)).toEqual([{ locale: null }, { locale: null }]);
  // Captures: earlier evidence and sources have none (nothing is captured behind anyone's back), and nothing is re-checked daily.
  expect(Boolean(investigation!.daily_recheck)).toBe(false);
  expect(await query(`select id, url, capture_id, capture_quote_match from evidence`)).toEqual([
    { id: "e-1", url: "https://news.example/report", capture_id: null, capture_quote_match: null },
  ]);
  expect(await query(`select capture_id from sources`)).toEqual([{ capture_id: null }]);
  // Search: the first start fills the index, and the old claims and source are found.
  installEngine(engine);
  try {
    expect(await ensureSearchIndex()).toEqual({ claim: 3, source: 1, fact: 0, evidence: 1, comment: 0 });
    const editor = { id: "u-editor", email: "editor@example.test", name: "Editor", role: "editor" as const };
    const found = await searchWorkspace(editor, { q: "over 200" });
    expect(found.results.map((result) => `${result.kind}:${result.id}`).sort()).toEqual(["claim:c-no-history", "claim:c-open", "claim:c-reset", "source:s-1"]);
    expect((await searchWorkspace(editor, { q: "flown Sunday" })).results.map((result) => result.id)).toEqual(["s-1"]);
    expect(await ensureSearchIndex()).toBeNull();
  } finally {
    installEngine(undefined);
  }
}

describe.runIf(!process.env.DATABASE_URL).each(releases)("upgrading a SQLite workspace from $name", (release) => {
  it("keeps every row, gives the new columns their meaning, and finds its old claims and source in search", async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "upgrade-")), "corroborate.db");
    const previous = new Database(file);
    migrateSqlite(drizzleSqlite(previous), { migrationsFolder: releaseMigrations(release, "sqlite") });
    for (const statement of previousReleaseRows) previous.exec(statement);
    const query: Query = async (text) => previous.prepare(text).all() as Array<Record<string, unknown>>;
    const before = await countRows(query);
    previous.close();

    const engine = openSqlite(file);
    const reader = new Database(file, { readonly: true });
    try {
      await expectUpgraded(release, engine, async (text) => reader.prepare(text).all() as Array<Record<string, unknown>>, before);
    } finally {
      reader.close();
    }
  });
});

describe.runIf(process.env.DATABASE_URL).each(releases)("upgrading a PostgreSQL workspace from $name", (release) => {
  it("keeps every row, gives the new columns their meaning, and finds its old claims and source in search", async () => {
    const serverUrl = new URL(process.env.DATABASE_URL!);
    const name = `upgrade_${process.pid}_${crypto.randomUUID().slice(0, 8)}`;
    const admin = new pg.Client({ connectionString: Object.assign(new URL(serverUrl), { pathname: "/postgres" }).toString() });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = Object.assign(new URL(serverUrl), { pathname: `/${name}` }).toString();

    const previous = new pg.Client({ connectionString: url });
    await previous.connect();
    try {
      await migratePostgres(drizzlePostgres(previous), { migrationsFolder: releaseMigrations(release, "postgres") });
      for (const statement of previousReleaseRows) await previous.query(statement);
      const query: Query = async (text) => (await previous.query(text)).rows;
      const before = await countRows(query);
      await expectUpgraded(release, openPostgres(url, 2), query, before);
    } finally {
      await previous.end();
    }
  });
});
