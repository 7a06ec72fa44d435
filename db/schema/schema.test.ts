import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { generateDrizzleJson, generateMigration, generateSQLiteDrizzleJson, generateSQLiteMigration } from "drizzle-kit/api";
import { getTableColumns } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import * as definition from "./definition";
import * as sqlite from "./sqlite";

/** The newest drizzle-kit snapshot committed for a dialect: the schema its migrations build. */
function latestSnapshot(dialect: "sqlite" | "postgres") {
  const folder = path.join(process.cwd(), "db", "migrations", dialect, "meta");
  const newest = readdirSync(folder)
    .filter((name) => name.endsWith("_snapshot.json"))
    .sort()
    .at(-1)!;
  return JSON.parse(readFileSync(path.join(folder, newest), "utf8"));
}

describe("the one table definition", () => {
  it("is what the committed PostgreSQL migrations build (else: npm run db:generate)", async () => {
    const current = await generateDrizzleJson(definition as Record<string, unknown>);
    expect(await generateMigration(latestSnapshot("postgres"), current)).toEqual([]);
  });

  it("derives SQLite tables that are what the committed SQLite migrations build", async () => {
    const current = await generateSQLiteDrizzleJson(sqlite as Record<string, unknown>);
    expect(await generateSQLiteMigration(latestSnapshot("sqlite"), current)).toEqual([]);
  });

  it("gives SQLite every table and column of the definition, under the same names", () => {
    const shape = (tables: Record<string, unknown>) =>
      Object.fromEntries(
        Object.entries(tables)
          .filter(([, table]) => typeof table === "object" && table !== null && Symbol.for("drizzle:Name") in table)
          .map(([key, table]) => [
            key,
            Object.values(getTableColumns(table as never))
              .map((column) => (column as { name: string }).name)
              .sort(),
          ]),
      );
    expect(shape(sqlite)).toEqual(shape(definition));
  });
});
