import { getTableColumns, sql, type SQL } from "drizzle-orm";
import { getTableConfig, type PgColumn, type PgTable } from "drizzle-orm/pg-core";
import {
  blob,
  index,
  integer,
  primaryKey,
  real,
  sqliteTable,
  text,
  uniqueIndex,
  type SQLiteColumnBuilderBase,
  type SQLiteTableWithColumns,
} from "drizzle-orm/sqlite-core";
import * as definition from "./definition";

/**
 * The SQLite tables, derived from the one definition (definition.ts) column by column:
 * text → text, integer → integer, double → real, boolean → integer (0/1), JSON → text (JSON),
 * bytea → BLOB (a Buffer).
 * Names, nullability, defaults, keys, indexes and foreign keys carry over unchanged, so a
 * query written against the definition runs on either engine. drizzle-kit generates the
 * SQLite migrations from this file (drizzle.sqlite.config.ts).
 */

/** Defaults that only SQL can state, kept as the first SQLite migration wrote them. */
const sqliteOnlyDefaults: Record<string, SQL> = {
  "settings.updated_at": sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`,
};

type AnySqliteTable = SQLiteTableWithColumns<never>;
const derived = new Map<PgTable, AnySqliteTable>();

function sqliteColumn(tableName: string, column: PgColumn, findTable: (table: PgTable) => AnySqliteTable) {
  const kind = column.getSQLType();
  let builder: SQLiteColumnBuilderBase & Record<string, (...args: never[]) => unknown>;
  if (kind === "text") builder = text(column.name) as never;
  else if (kind === "integer") builder = integer(column.name) as never;
  else if (kind === "double precision") builder = real(column.name) as never;
  else if (kind === "boolean") builder = integer(column.name, { mode: "boolean" }) as never;
  else if (kind === "jsonb") builder = text(column.name, { mode: "json" }) as never;
  else if (kind === "bytea") builder = blob(column.name, { mode: "buffer" }) as never;
  else throw new Error(`${tableName}.${column.name}: no SQLite form for ${kind}`);

  const chain = (method: string, ...args: unknown[]) => (builder = (builder[method] as (...a: unknown[]) => typeof builder)(...args));
  if (column.primary) chain("primaryKey", column.generatedIdentity ? { autoIncrement: true } : undefined);
  if (column.notNull && !column.primary) chain("notNull");
  if (column.isUnique) chain("unique", column.uniqueName);
  const sqliteDefault = sqliteOnlyDefaults[`${tableName}.${column.name}`];
  if (sqliteDefault) chain("default", sqliteDefault);
  else if (column.default !== undefined) chain("default", column.default);
  if (column.defaultFn && !sqliteDefault) chain("$defaultFn", column.defaultFn);

  const foreignKey = getTableConfig(column.table).foreignKeys.find((key) => {
    const { columns } = key.reference();
    return columns.length === 1 && columns[0] === column;
  });
  if (foreignKey) {
    const reference = foreignKey.reference();
    const target = reference.foreignColumns[0]!;
    chain("references", () => findTable(target.table)[target.name as never], { onDelete: foreignKey.onDelete, onUpdate: foreignKey.onUpdate });
  }
  return builder;
}

function deriveTable(table: PgTable, findTable: (table: PgTable) => AnySqliteTable): AnySqliteTable {
  const config = getTableConfig(table);
  const columns = Object.entries(getTableColumns(table));
  const keyByName = new Map(columns.map(([key, column]) => [column.name, key]));
  return sqliteTable(config.name, Object.fromEntries(columns.map(([key, column]) => [key, sqliteColumn(config.name, column, findTable)])), (own) => {
    const column = ({ name }: { name?: string }) => own[keyByName.get(name!) as never];
    return [
      ...config.primaryKeys.map((key) => primaryKey({ columns: key.columns.map(column) as never })),
      ...config.indexes.map(({ config: indexConfig }) =>
        (indexConfig.unique ? uniqueIndex : index)(indexConfig.name!).on(...(indexConfig.columns.map((c) => column(c as { name: string })) as [never])),
      ),
    ];
  }) as unknown as AnySqliteTable;
}

function findTable(table: PgTable): AnySqliteTable {
  let sqliteTableOf = derived.get(table);
  if (!sqliteTableOf) derived.set(table, (sqliteTableOf = deriveTable(table, findTable)));
  return sqliteTableOf;
}

const sqliteOf = <T extends PgTable>(table: T) => findTable(table) as unknown as T;

export const users = sqliteOf(definition.users);
export const investigations = sqliteOf(definition.investigations);
export const sources = sqliteOf(definition.sources);
export const sourceVersions = sqliteOf(definition.sourceVersions);
export const claims = sqliteOf(definition.claims);
export const claimAnchors = sqliteOf(definition.claimAnchors);
export const facts = sqliteOf(definition.facts);
export const evidence = sqliteOf(definition.evidence);
export const comments = sqliteOf(definition.comments);
export const assessments = sqliteOf(definition.assessments);
export const apiTokens = sqliteOf(definition.apiTokens);
export const idempotentRequests = sqliteOf(definition.idempotentRequests);
export const recentTimes = sqliteOf(definition.recentTimes);
export const events = sqliteOf(definition.events);
export const settings = sqliteOf(definition.settings);
export const claimFollows = sqliteOf(definition.claimFollows);
export const factFollows = sqliteOf(definition.factFollows);
export const notifications = sqliteOf(definition.notifications);
export const webhooks = sqliteOf(definition.webhooks);
export const webhookDeliveries = sqliteOf(definition.webhookDeliveries);
export const publicLinks = sqliteOf(definition.publicLinks);
export const captureBlobs = sqliteOf(definition.captureBlobs);
export const captures = sqliteOf(definition.captures);
export const captureChecks = sqliteOf(definition.captureChecks);
export const searchDocuments = sqliteOf(definition.searchDocuments);
