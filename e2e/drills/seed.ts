/**
 * Seeds a drill's database (DATA_DIR) through the app's own queries:
 * `--reviewers N` editor accounts, each with a personal API token, and one investigation
 * with one source (see drill-text.ts) carrying `--shared-claims S` claims, and
 * `--filler-sources F` more sources of 64 KB each (to give a backup something to copy). Prints
 * `{ investigationId, sourceId, claimIds, accounts: [{ id, email, name, role, token }] }`.
 */
import { parseArgs } from "node:util";
import { getEngine } from "@/db/client";
import { createApiToken } from "@/db/queries/api-tokens";
import { createClaim } from "@/db/queries/claims";
import { createInvestigation } from "@/db/queries/investigations";
import { createSource } from "@/db/queries/sources";
import { createUser } from "@/db/queries/users";
import { drillSourceText, sharedStatement } from "./drill-text";

const { values } = parseArgs({
  options: { reviewers: { type: "string" }, "shared-claims": { type: "string" }, lines: { type: "string" }, "filler-sources": { type: "string" } },
});
const reviewers = Number(values.reviewers ?? 1);
const sharedClaims = Number(values["shared-claims"] ?? 1);
const linesPerReviewer = Number(values.lines ?? 1);
const fillerSources = Number(values["filler-sources"] ?? 0);

await getEngine().migrate();
const accounts = [];
for (let index = 0; index < reviewers; index++) {
  const { user } = await createUser({
    operator: "command-line",
    input: { email: `reviewer-${index}@drill.test`, role: "editor", name: `Reviewer ${index}`, password: `drill password ${index}` },
  });
  const actor = { id: user.id, email: user.email, name: user.name, role: user.role };
  accounts.push({ ...actor, token: (await createApiToken({ actor, name: "drill" })).token });
}
const owner = accounts[0]!;
const { id: investigationId } = await createInvestigation({ actor: owner, input: { title: "Drill" } });
const text = drillSourceText({ sharedClaims, reviewers, linesPerReviewer });
const source = await createSource({ actor: owner, investigationId, input: { title: "Drill wire", text } });
const claimIds: string[] = [];
for (let index = 0; index < sharedClaims; index++) {
  const start = text.indexOf(sharedStatement(index));
  const end = start + sharedStatement(index).indexOf(":");
  claimIds.push((await createClaim({ actor: owner, sourceId: source.id, sourceVersionId: source.currentVersionId, start, end })).id);
}
const fillerText = Array.from({ length: 1100 }, (_, line) => `Filler line ${line}: the ministry said ${line % 400} people were moved.`)
  .join("\n")
  .slice(0, 64 * 1024);
for (let index = 0; index < fillerSources; index++)
  await createSource({ actor: owner, investigationId, input: { title: `Filler ${index}`, text: `${index}\n${fillerText}` } });
console.log(JSON.stringify({ investigationId, sourceId: source.id, claimIds, accounts }));
await getEngine().close();
