/**
 * Seeds the rendering benchmark's database (DATA_DIR): an admin, and the 50,000-word corpus
 * twice — once plain, once with its 2,000 claims. Prints `{ plainId, claimsId }` as JSON.
 */
import { getEngine } from "@/db/client";
import { createClaim } from "@/db/queries/claims";
import { createInvestigation } from "@/db/queries/investigations";
import { createSource } from "@/db/queries/sources";
import { createUser } from "@/db/queries/users";
import { buildCorpus, uniqueClaimSpans } from "./corpus";

await getEngine().migrate();
const { user } = await createUser({
  operator: "command-line",
  input: { email: "bench@example.test", role: "editor", name: "Bench", password: "bench password 1" },
});
const actor = { id: user.id, email: user.email, name: user.name, role: user.role };
const corpus = buildCorpus();
const { id: investigationId } = await createInvestigation({ actor, input: { title: "Rendering benchmark" } });
const plain = await createSource({ actor, investigationId, input: { title: "Plain", text: corpus.text } });
const withClaims = await createSource({ actor, investigationId, input: { title: "With claims", text: corpus.text } });
const spans = uniqueClaimSpans(corpus);
for (const { start, end } of spans) await createClaim({ actor, sourceId: withClaims.id, sourceVersionId: withClaims.currentVersionId, start, end });
console.log(JSON.stringify({ plainId: plain.id, claimsId: withClaims.id, words: corpus.words, claims: spans.length }));
await getEngine().close();
