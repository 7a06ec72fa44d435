/**
 * `npm run db:prepare`: makes the data folder ready for the server. Applies the committed
 * migrations, creates the first admin when there is none (printing a generated password
 * once), and seeds the demo investigation once. Safe to run on every start.
 */
import { applyMigrations, getDb } from "../client";
import { ensureFirstAdmin, seedDemoOnce } from "../seed";
import { env } from "@/lib/env";

applyMigrations(getDb());
const admin = await ensureFirstAdmin({ ADMIN_EMAIL: process.env.ADMIN_EMAIL, ADMIN_PASSWORD: process.env.ADMIN_PASSWORD });
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
if (seedDemoOnce() && process.env.NODE_ENV !== "test") console.log(`Seeded the demo investigation in ${env.dataDir}.`);
