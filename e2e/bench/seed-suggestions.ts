/**
 * Seeds the suggestions-load benchmark's database (DATA_DIR): an editor, a source of about
 * 2 MB of news-like text whose suggestions nobody has asked for yet, and a short article with
 * 40 claims that a reader reads meanwhile. Prints `{ longId, articleId, chars }` as JSON.
 */
import { getEngine } from "@/db/client";
import { createClaim } from "@/db/queries/claims";
import { createInvestigation } from "@/db/queries/investigations";
import { createSource } from "@/db/queries/sources";
import { createUser } from "@/db/queries/users";
import { longArticle } from "@/lib/suggestions/fixtures";

await getEngine().migrate();
const { user } = await createUser({
  operator: "command-line",
  input: { email: "bench@example.test", role: "editor", name: "Bench", password: "bench password 1" },
});
const actor = { id: user.id, email: user.email, name: user.name, role: user.role };
const { id: investigationId } = await createInvestigation({ actor, input: { title: "Suggestions benchmark" } });
const text = longArticle(2_000_000);
const long = await createSource({ actor, investigationId, input: { title: "Long wire", text } });
const articleText = Array.from({ length: 40 }, (_, i) => `Flight ${i} carried ${80 + i} deportees.`).join(" ");
const article = await createSource({ actor, investigationId, input: { title: "Article under review", text: articleText } });
for (const match of articleText.matchAll(/\d+ deportees/g)) {
  await createClaim({ actor, sourceId: article.id, sourceVersionId: article.currentVersionId, start: match.index, end: match.index + match[0].length });
}
console.log(JSON.stringify({ longId: long.id, articleId: article.id, chars: text.length }));
await getEngine().close();
