/**
 * Seeds the concurrency benchmark's database (DATA_DIR): an editor, one source of about
 * 60,000 words (so every create can take a word no claim has yet) and 2,000 claims to update,
 * and the article readers read meanwhile: another source with 1,200 claims (performance-anchors
 * C1). Prints `{ sourceId, words: [[start, end], …], claimIds, articleId }` as JSON.
 */
import { getEngine } from "@/db/client";
import { createClaim } from "@/db/queries/claims";
import { createInvestigation } from "@/db/queries/investigations";
import { createSource } from "@/db/queries/sources";
import { createUser } from "@/db/queries/users";

await getEngine().migrate();
const { user } = await createUser({
  operator: "command-line",
  input: { email: "bench@example.test", role: "editor", name: "Bench", password: "bench password 1" },
});
const actor = { id: user.id, email: user.email, name: user.name, role: user.role };
const { id: investigationId } = await createInvestigation({ actor, input: { title: "Concurrency benchmark" } });
const sentences = Array.from({ length: 6000 }, (_, i) => `Report ${i} counted ${100 + (i % 400)} deportees near gate ${i % 17}.`);
const text = sentences.join(" ");
const source = await createSource({ actor, investigationId, input: { title: "Long wire", text } });
const words = [...text.matchAll(/\S+/g)].map((match) => [match.index!, match.index! + match[0].length]);
// The last 2,000 words are claimed now (for updates); creates take the others in order.
const claimIds: string[] = [];
for (const [start, end] of words.splice(words.length - 2000)) {
  claimIds.push((await createClaim({ actor, sourceId: source.id, sourceVersionId: source.currentVersionId, start: start!, end: end! })).id);
}
const articleText = Array.from({ length: 1200 }, (_, i) => `Flight ${i} carried ${80 + (i % 150)} deportees.`).join(" ");
const article = await createSource({ actor, investigationId, input: { title: "Article under review", text: articleText } });
for (const match of articleText.matchAll(/\d+ deportees/g)) {
  await createClaim({ actor, sourceId: article.id, sourceVersionId: article.currentVersionId, start: match.index, end: match.index + match[0].length });
}
console.log(JSON.stringify({ sourceId: source.id, words, claimIds, articleId: article.id }));
await getEngine().close();
