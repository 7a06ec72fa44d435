/**
 * Test helper until sources can be edited in the UI: saves a new version of a source.
 * Usage: node --import tsx e2e/setup/new-source-version.ts <sourceId>  (new text on stdin)
 */
import { readFileSync } from "node:fs";
import { getEngine } from "@/db/client";
import { createSourceVersion } from "@/db/queries/sources";
import { sources, users } from "@/db/schema";
import { eq } from "drizzle-orm";

const [sourceId] = process.argv.slice(2);
if (!sourceId) throw new Error("Usage: new-source-version.ts <sourceId> < text");
const database = getEngine().database;
const [source] = await database.select().from(sources).where(eq(sources.id, sourceId));
if (!source) throw new Error(`No source ${sourceId}`);
const [author] = await database.select().from(users).where(eq(users.id, source.createdBy));
if (!author) throw new Error(`No author of source ${sourceId}`);
const version = await createSourceVersion({
  actor: { id: author.id, email: author.email, name: author.name, role: author.role },
  sourceId,
  text: readFileSync(0, "utf8"),
});
console.log(version.id);
await getEngine().close();
