/**
 * Test helper until sources can be edited in the UI: saves a new version of a source.
 * Usage: node --import tsx e2e/setup/new-source-version.ts <sourceId>  (new text on stdin)
 */
import { readFileSync } from "node:fs";
import { getDb } from "@/db/client";
import { createSourceVersion } from "@/db/queries/sources";
import { sources, users } from "@/db/schema";
import { eq } from "drizzle-orm";

const [sourceId] = process.argv.slice(2);
if (!sourceId) throw new Error("Usage: new-source-version.ts <sourceId> < text");
const source = getDb().select().from(sources).where(eq(sources.id, sourceId)).get();
if (!source) throw new Error(`No source ${sourceId}`);
const author = getDb().select().from(users).where(eq(users.id, source.createdBy)).get()!;
const version = await createSourceVersion({
  actor: { id: author.id, email: author.email, name: author.name, role: author.role },
  sourceId,
  text: readFileSync(0, "utf8"),
});
console.log(version.id);
