/**
 * Seeds the concurrency benchmark's database (DATA_DIR): an editor, one source of about
 * 60,000 words (so every create can take a word no claim has yet) and 2,000 claims to update.
 * Prints `{ sourceId, words: [[start, end], …], claimIds }` as JSON.
 */
import { applyMigrations, getDb } from "@/db/client";
import { createClaim } from "@/db/queries/claims";
import { createInvestigation } from "@/db/queries/investigations";
import { createSource } from "@/db/queries/sources";
import { createUser } from "@/db/queries/users";

applyMigrations(getDb());
const { user } = await createUser({ operator: "command-line", input: { email: "bench@example.test", role: "editor", name: "Bench", password: "bench password 1" } });
const actor = { id: user.id, email: user.email, name: user.name, role: user.role };
const { id: investigationId } = createInvestigation({ actor, input: { title: "Concurrency benchmark" } });
const sentences = Array.from({ length: 6000 }, (_, i) => `Report ${i} counted ${100 + (i % 400)} deportees near gate ${i % 17}.`);
const text = sentences.join(" ");
const source = createSource({ actor, investigationId, input: { title: "Long wire", text } });
const words = [...text.matchAll(/\S+/g)].map((match) => [match.index!, match.index! + match[0].length]);
// The last 2,000 words are claimed now (for updates); creates take the others in order.
const claimIds = words.splice(words.length - 2000).map(([start, end]) => createClaim({ actor, sourceId: source.id, sourceVersionId: source.currentVersionId, start: start!, end: end! }).id);
console.log(JSON.stringify({ sourceId: source.id, words, claimIds }));
