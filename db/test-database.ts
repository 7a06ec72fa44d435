import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { onTestFinished } from "vitest";
import { getTableName } from "drizzle-orm";
import pg from "pg";
import { openPostgres, openSqlite, type Engine } from "./client";
import { installEngine } from "./connection";
import { createClaim } from "./queries/claims";
import { createSource } from "./queries/sources";
import { createUser } from "./queries/users";
import * as tables from "./schema/definition";
import type { Role } from "@/lib/roles";
import type { Actor } from "@/lib/permissions";

/**
 * For unit tests: an empty database with the committed migrations applied, installed for the
 * queries. On SQLite (the default) a fresh in-memory one. When the test run gives a
 * PostgreSQL server (`DATABASE_URL`, see db/test-postgres/), each test file gets its own
 * database, made from a migrated template, and emptied again at each call.
 */
export async function installTestDatabase(): Promise<Engine> {
  const engine = process.env.DATABASE_URL ? await emptiedPostgresDatabase(process.env.DATABASE_URL) : await freshSqlite();
  installEngine(engine);
  return engine;
}

async function freshSqlite() {
  const engine = openSqlite(":memory:");
  await engine.migrate();
  return engine;
}

let fileDatabase: Engine | undefined;
const allTables = Object.values(tables)
  .filter((value) => typeof value === "object" && value !== null && Symbol.for("drizzle:IsDrizzleTable") in value)
  .map((table) => `"${getTableName(table as never)}"`);

async function emptiedPostgresDatabase(templateUrl: string): Promise<Engine> {
  if (!fileDatabase) {
    const name = `test_${process.pid}_${crypto.randomUUID().slice(0, 8)}`;
    const template = new URL(templateUrl);
    const admin = new pg.Client({ connectionString: templateUrl.replace(template.pathname, "/postgres") });
    await admin.connect();
    try {
      for (let attempt = 1; ; attempt++) {
        try {
          await admin.query(`create database ${name} template "${template.pathname.slice(1)}"`);
          break;
        } catch (error) {
          // Two files copying the template at the same instant: "source database is being accessed by other users".
          if ((error as { code?: string }).code !== "55006" || attempt === 20) throw error;
          await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
        }
      }
    } finally {
      await admin.end();
    }
    fileDatabase = openPostgres(templateUrl.replace(template.pathname, `/${name}`), 5);
  } else if (fileDatabase.kind === "postgres") {
    await fileDatabase.pool.query(`truncate ${allTables.join(", ")} restart identity cascade`);
  }
  return fileDatabase;
}

/** Creates an account with the given role and returns it as an acting user. */
export async function createTestActor(role: Role, email = `${role}-${crypto.randomUUID().slice(0, 8)}@example.test`): Promise<Actor> {
  const { user } = await createUser({ operator: "command-line", input: { email, role, name: `Test ${role}`, password: "correct horse battery" } });
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

/**
 * For tests that play two app servers: a second engine, with its own pool, on the PostgreSQL
 * test database `engine` uses (run queries on it with `onEngine`); closed when the test ends.
 */
export function openSecondServer(engine: Engine): Engine {
  if (engine.kind !== "postgres") throw new Error("A second server on one database is played on PostgreSQL only.");
  const second = openPostgres(String(engine.pool.options.connectionString), 5);
  onTestFinished(() => second.close());
  return second;
}

/**
 * Two engines on one database, as two servers have: on PostgreSQL `engine` and a second pool on
 * its database; on SQLite two connections to a new file, as two `WORKERS=N` processes have,
 * each its own writer taking turns on the file's lock (an in-memory database has one
 * connection). Closed when the test ends.
 */
export async function twoServersOn(engine: Engine): Promise<[Engine, Engine]> {
  if (engine.kind === "postgres") return [engine, openSecondServer(engine)];
  const file = path.join(mkdtempSync(path.join(tmpdir(), "two-servers-")), "shared.db");
  const first = openSqlite(file);
  await first.migrate();
  const second = openSqlite(file);
  onTestFinished(async () => {
    await second.close();
    await first.close();
  });
  return [first, second];
}

/** A claim by `actor` on the words `phrase` of a new source of `investigationId` whose text is `text`. */
export async function claimOnNewSource({ actor, investigationId, text, phrase }: { actor: Actor; investigationId: string; text: string; phrase: string }) {
  const source = await createSource({ actor, investigationId, input: { title: phrase, text } });
  const start = text.indexOf(phrase);
  return createClaim({ actor, sourceId: source.id, sourceVersionId: source.currentVersionId, start, end: start + phrase.length });
}
