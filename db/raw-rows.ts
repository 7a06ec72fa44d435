import { fillPlaceholders } from "drizzle-orm";
import type { QueryArrayConfig } from "pg";
import { engineKind } from "./connection";

/**
 * The rows of a prepared select (`preparedOnce`), read as the driver gives them and keyed by
 * the selected fields, without Drizzle's per-field mapping. For reads of many thousands of
 * rows (the exports), where that mapping costs as much as the query: 10,000 claims, 22 fields,
 * about 50 ms. Values are what each engine stores, so the fields read this way must be text
 * and numbers; `json` names the JSON columns, which SQLite keeps as text and PostgreSQL parses.
 *
 * Contract: `fields` is the object given to `.select(fields)`, so its keys are in the column order
 * of the statement. On PostgreSQL this reads the prepared query's own configuration (drizzle-orm
 * internals, pinned with the package; the export tests run on both engines and would fail first).
 */
export async function rawRows<Row extends Record<string, unknown>>(
  statement: unknown,
  fields: Record<string, unknown>,
  values: Record<string, unknown>,
  json: Array<keyof Row> = [],
): Promise<Row[]> {
  const keys = Object.keys(fields);
  const jsonIndexes = json.map((key) => keys.indexOf(key as string));
  return (await rawValues(statement, values)).map((columns) => {
    const row: Record<string, unknown> = {};
    for (let index = 0; index < keys.length; index++) row[keys[index]!] = columns[index];
    for (const index of jsonIndexes) {
      const value = columns[index];
      row[keys[index]!] = typeof value === "string" ? (JSON.parse(value) as unknown) : (value ?? null);
    }
    return row as Row;
  });
}

type SqliteStatement = { values(values: Record<string, unknown>): unknown[][] };
type PostgresStatement = {
  client: { query(config: QueryArrayConfig, params: unknown[]): Promise<{ rows: unknown[][] }> };
  queryConfig: QueryArrayConfig;
  params: unknown[];
};

async function rawValues(statement: unknown, values: Record<string, unknown>): Promise<unknown[][]> {
  if (engineKind() === "sqlite") return (statement as SqliteStatement).values(values);
  const { client, queryConfig, params } = statement as PostgresStatement;
  if (queryConfig?.rowMode !== "array") throw new Error("rawRows: not a prepared PostgreSQL select");
  return (await client.query(queryConfig, fillPlaceholders(params, values))).rows;
}
