import { defineConfig } from "drizzle-kit";

// SQLite migrations, generated from the tables derived in db/schema/sqlite.ts; the app applies them at start.
export default defineConfig({
  dialect: "sqlite",
  schema: "./db/schema/sqlite.ts",
  out: "./db/migrations/sqlite",
});
