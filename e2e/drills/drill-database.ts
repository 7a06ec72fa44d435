/**
 * What a drill's oracle reads from the database after the servers stopped, through a
 * connection of its own (read-only on SQLite), the same rows on either engine: comments,
 * evidence, claims and the claims' change events (their `data` parsed), and on SQLite the
 * file's checks (integrity, foreign keys), which PostgreSQL has no counterpart of.
 */
import pg from "pg";
import { checkDatabaseFile, type DatabaseCheck } from "@/db/backup";
import { openDatabaseFile } from "@/db/client";
import type { DrillEngine } from "./engine";

export type DrillSnapshot = {
  comments: Array<{ id: string; body: string }>;
  evidence: Array<{ id: string; outlet: string }>;
  claims: Array<{ id: string; sourceId: string; exact: string; version: number; rationale: string; verdictKey: string | null }>;
  /** claim.rationale-changed and claim.verdict-set, in the order they were recorded. */
  events: Array<{ id: number; action: string; subjectType: string; subjectId: string; data: Record<string, unknown> | null }>;
  check: DatabaseCheck | null;
};

const queries = {
  comments: "select id, body from comments",
  evidence: "select id, outlet from evidence",
  claims: 'select id, source_id as "sourceId", exact, version, rationale, verdict_key as "verdictKey" from claims',
  events: `select id, action, subject_type as "subjectType", subject_id as "subjectId", data from events
           where action in ('claim.rationale-changed', 'claim.verdict-set') order by id`,
};

export async function readSnapshot(engine: DrillEngine, databaseFile: string): Promise<DrillSnapshot> {
  const rows: Record<keyof typeof queries, unknown[]> = { comments: [], evidence: [], claims: [], events: [] };
  let check: DatabaseCheck | null = null;
  if (engine.kind === "postgres") {
    const client = new pg.Client({ connectionString: engine.url });
    await client.connect();
    try {
      for (const key of Object.keys(queries) as Array<keyof typeof queries>) rows[key] = (await client.query(queries[key])).rows;
    } finally {
      await client.end();
    }
  } else {
    check = checkDatabaseFile(databaseFile);
    const sqlite = openDatabaseFile(databaseFile, { readonly: true });
    try {
      for (const key of Object.keys(queries) as Array<keyof typeof queries>) rows[key] = sqlite.prepare(queries[key]).all();
    } finally {
      sqlite.close();
    }
  }
  // SQLite keeps JSON as text, PostgreSQL as jsonb (node-postgres parses it).
  const events = (rows.events as Array<DrillSnapshot["events"][number] & { data: unknown }>).map((event) => ({
    ...event,
    id: Number(event.id),
    data: typeof event.data === "string" ? (JSON.parse(event.data) as Record<string, unknown>) : (event.data as Record<string, unknown> | null),
  }));
  return {
    comments: rows.comments as DrillSnapshot["comments"],
    evidence: rows.evidence as DrillSnapshot["evidence"],
    claims: rows.claims as DrillSnapshot["claims"],
    events,
    check,
  };
}
