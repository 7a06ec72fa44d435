import { defineConfig } from "drizzle-kit";

// PostgreSQL migrations, generated from the one definition (db/schema/definition.ts); the app applies them at start.
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema/definition.ts",
  out: "./db/migrations/postgres",
});
