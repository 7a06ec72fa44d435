import { createTestActor } from "../test-database";
import { createClaim } from "./claims";
import { createInvestigation } from "./investigations";
import { createSource } from "./sources";

/** Text for the desk's query tests: two figures of one count that conflict ("fewer than 100" vs "238"). */
export const deskText = "Officials counted fewer than 100 deportees. A later count said 238 deportees. Lawyers named 23 Salvadorans.";

/** An editor's investigation with one source and the claims on `phrases` (by `author`, default a reviewer). */
export async function seedDesk(phrases: string[] = ["fewer than 100 deportees", "238 deportees", "23 Salvadorans"]) {
  const editor = await createTestActor("editor");
  const otherEditor = await createTestActor("editor");
  const reviewer = await createTestActor("reviewer");
  const { id: investigationId } = await createInvestigation({ actor: editor, input: { title: "Flights" } });
  const source = await createSource({ actor: editor, investigationId, input: { title: "Wire", text: deskText } });
  const claims = [];
  for (const phrase of phrases) {
    const start = deskText.indexOf(phrase);
    claims.push(await createClaim({ actor: reviewer, sourceId: source.id, sourceVersionId: source.currentVersionId, start, end: start + phrase.length }));
    // Lists show claims in the order they were made, to the millisecond: made in one, their order would be the ids' chance.
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  return { editor, otherEditor, reviewer, investigationId, source, claims };
}
