/**
 * `npm run db:prepare`: makes the data folder ready for the server. Applies the committed
 * migrations, creates the first admin when there is none (printing a generated password
 * once), and seeds the demo investigation once. Safe to run on every start.
 */
import { closeWorkspaceDatabase, databaseDescription, openWorkspaceDatabase } from "./workspace-database";
import { env } from "@/lib/env";
import { getEngine } from "../client";
import { sharedAuthSecret } from "../queries/auth-secret";
import { ensureSearchIndex } from "../queries/search-rebuild";
import { ensureFirstAdmin, seedDemoOnce } from "../seed";

await openWorkspaceDatabase();
// Servers that start together on one PostgreSQL database take turns: one creates the admin and the demo.
const { admin, seeded, searchIndex } = await getEngine().runAlone(async () => ({
  admin: await ensureFirstAdmin({ ADMIN_EMAIL: process.env.ADMIN_EMAIL, ADMIN_PASSWORD: process.env.ADMIN_PASSWORD }),
  seeded: await seedDemoOnce(),
  // A workspace from before the search index (or an older indexer) gets its index filled once.
  searchIndex: await ensureSearchIndex(),
}));
if (admin) {
  const line = "─".repeat(64);
  console.log(`\n${line}\n  First admin account created\n    email:    ${admin.email}`);
  if (admin.generatedPassword) {
    console.log(
      `    password: ${admin.generatedPassword}\n\n  This password is shown only now. Lost it? Run:\n    npm run users -- reset-password ${admin.email}`,
    );
  } else {
    console.log("    password: the one in ADMIN_PASSWORD");
  }
  console.log(`${line}\n`);
}
// start.mjs runs this with an IPC channel: on PostgreSQL, send it the secret every server shares.
if (env.databaseUrl && !process.env.AUTH_SECRET && process.send) {
  const message = { authSecret: await sharedAuthSecret() };
  await new Promise((resolve) => process.send!(message, resolve));
}
if (process.connected) process.disconnect();
if (searchIndex && process.env.NODE_ENV !== "test") console.log(`Indexed ${Object.values(searchIndex).reduce((sum, n) => sum + n, 0)} things for search.`);
if (seeded && process.env.NODE_ENV !== "test") console.log(`Seeded the demo investigation in ${databaseDescription()}.`);
await closeWorkspaceDatabase();
