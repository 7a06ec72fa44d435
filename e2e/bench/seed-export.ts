/**
 * Seeds the export benchmark's database (DATA_DIR): an editor, and one investigation of 50
 * sources with 200 claims each (10,000), a verdict and rationale on every other claim and
 * evidence on every fifth, all through the same queries the app uses. Prints
 * `{ investigationId, claims }` as JSON.
 */
import { getEngine } from "@/db/client";
import { updateClaimReview } from "@/db/queries/claim-review";
import { createClaim } from "@/db/queries/claims";
import { addEvidence } from "@/db/queries/evidence";
import { createInvestigation } from "@/db/queries/investigations";
import { createSource } from "@/db/queries/sources";
import { createUser } from "@/db/queries/users";

const sources = 50;
const claimsPerSource = 200;
const places = ["San Salvador", "Tecoluca", "Harlingen", "Caracas", "Bogotá", "Managua"];
const hedges = ["over", "about", "nearly", "at least", "roughly", "more than", "fewer than", ""];

await getEngine().migrate();
const { user } = await createUser({
  operator: "command-line",
  input: { email: "bench@example.test", role: "editor", name: "Bench", password: "bench password 1" },
});
const actor = { id: user.id, email: user.email, name: user.name, role: user.role };
const { id: investigationId } = await createInvestigation({ actor, input: { title: "Export benchmark" } });
let count = 0;
for (let s = 0; s < sources; s++) {
  const sentences = Array.from({ length: claimsPerSource }, (_, i) => {
    const hedge = hedges[(s + i) % hedges.length];
    return `Report ${s}-${i}: officials in ${places[i % places.length]} said ${hedge} ${100 + ((s * 37 + i * 11) % 400)} people were moved on day ${i % 28} — “we counted them twice,” one said.`;
  });
  const text = sentences.join("\n\n");
  const source = await createSource({
    actor,
    investigationId,
    input: {
      title: `Wire report ${s}`,
      outlet: `Outlet ${s % 7}`,
      url: `https://news.example/${s}`,
      publishedAt: `2025-03-${String(1 + (s % 28)).padStart(2, "0")}`,
      text,
    },
  });
  let offset = 0;
  for (const [i, sentence] of sentences.entries()) {
    const claim = await createClaim({
      actor,
      sourceId: source.id,
      sourceVersionId: source.currentVersionId,
      start: offset,
      end: offset + sentence.indexOf(" — "),
    });
    offset += sentence.length + 2;
    if (i % 5 === 0)
      await addEvidence({
        actor,
        claimId: claim.id,
        fields: { url: `https://records.example/${s}/${i}`, outlet: "Ministry", quote: "people were moved", stance: i % 10 === 0 ? "supports" : "refutes" },
      });
    if (i % 2 === 0)
      await updateClaimReview({
        actor,
        id: claim.id,
        version: claim.version,
        changes: { verdictKey: i % 4 === 0 ? "mostly-true" : "false", rationale: `Checked against **record ${s}-${i}**, which says otherwise.` },
      });
    count++;
  }
}
console.log(JSON.stringify({ investigationId, claims: count }));
await getEngine().close();
