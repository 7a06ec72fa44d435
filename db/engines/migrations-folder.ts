import path from "node:path";

/** The committed drizzle-kit migrations of one dialect (generate both with `npm run db:generate`). */
export const migrationsFolder = (dialect: "sqlite" | "postgres") => path.join(process.cwd(), "db", "migrations", dialect);
