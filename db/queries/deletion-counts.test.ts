import { beforeEach, describe, expect, it } from "vitest";
import { createTestActor, installTestDatabase } from "../test-database";
import { recordAssessment } from "./assessments";
import { updateClaimReview } from "./claim-review";
import { createClaim } from "./claims";
import { countDependentsOfInvestigation, countDependentsOfSource } from "./deletion-counts";
import { addEvidence } from "./evidence";
import { createInvestigation } from "./investigations";
import { createSource } from "./sources";

beforeEach(async () => {
  await installTestDatabase();
});

const text = "Roughly 250 Venezuelans were flown to CECOT. A list later named 238 of them. Officials said 23 Salvadorans came too.";

describe("what a delete takes with it", () => {
  it("counts a source's claims, their verdicts, independent verdicts and evidence items, and an investigation's sources on top", async () => {
    const editor = await createTestActor("editor");
    const reviewer = await createTestActor("reviewer");
    const investigationId = (await createInvestigation({ actor: editor, input: { title: "Flights" } })).id;
    const source = await createSource({ actor: editor, investigationId, input: { title: "Wire", text } });
    const other = await createSource({ actor: editor, investigationId, input: { title: "Paper", text } });
    const claimOn = (sourceId: string, words: string) =>
      createClaim({ actor: editor, sourceId, start: text.indexOf(words), end: text.indexOf(words) + words.length });
    const first = await claimOn(source.id, "Roughly 250 Venezuelans");
    const second = await claimOn(source.id, "238");
    await claimOn(source.id, "23 Salvadorans");
    const elsewhere = await claimOn(other.id, "238");
    await updateClaimReview({ actor: editor, id: first.id, version: first.version, changes: { verdictKey: "mostly-true" } });
    await updateClaimReview({ actor: editor, id: second.id, version: second.version, changes: { verdictKey: "false" } });
    await updateClaimReview({ actor: editor, id: elsewhere.id, version: elsewhere.version, changes: { verdictKey: "true" } });
    await addEvidence({ actor: editor, claimId: first.id, fields: { outlet: "Ministry", stance: "refutes" } });
    await addEvidence({ actor: editor, claimId: first.id, fields: { outlet: "Court filing", stance: "supports" } });
    await addEvidence({ actor: editor, claimId: elsewhere.id, fields: { outlet: "Ministry", stance: "supports" } });
    await recordAssessment({ actor: reviewer, claimId: first.id, verdictKey: "mixed" });

    expect(await countDependentsOfSource({ actor: reviewer, sourceId: source.id })).toEqual({
      claims: 3,
      verdicts: 2,
      independentVerdicts: 1,
      evidenceItems: 2,
    });
    expect(await countDependentsOfInvestigation({ actor: reviewer, investigationId })).toEqual({
      sources: 2,
      claims: 4,
      verdicts: 3,
      independentVerdicts: 1,
      evidenceItems: 3,
    });
  });

  it("counts nothing for a source without claims", async () => {
    const editor = await createTestActor("editor");
    const investigationId = (await createInvestigation({ actor: editor, input: { title: "Empty" } })).id;
    const source = await createSource({ actor: editor, investigationId, input: { title: "Wire", text } });
    expect(await countDependentsOfSource({ actor: editor, sourceId: source.id })).toEqual({ claims: 0, verdicts: 0, independentVerdicts: 0, evidenceItems: 0 });
  });
});
