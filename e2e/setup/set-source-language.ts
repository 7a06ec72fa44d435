/**
 * Test helper until a source's language can be chosen in the UI and the API (issue 18, item
 * 2): sets a source's language and reads its claims' figures again in it, as that change will.
 * Usage: node --import tsx e2e/setup/set-source-language.ts <sourceId> <language>
 */
import { eq } from "drizzle-orm";
import { writeTransaction } from "@/db/connection";
import { getEngine } from "@/db/client";
import { rereadQuantitiesOfSource } from "@/db/queries/quantity-readings";
import { sources } from "@/db/schema";

const [sourceId, language] = process.argv.slice(2);
if (!sourceId || !language) throw new Error("Usage: set-source-language.ts <sourceId> <language>");
await writeTransaction(async (tx) => {
  const updated = await tx.update(sources).set({ language }).where(eq(sources.id, sourceId)).returning({ id: sources.id });
  if (updated.length === 0) throw new Error(`No source ${sourceId}`);
  await rereadQuantitiesOfSource(tx, sourceId, language);
});
await getEngine().close();
