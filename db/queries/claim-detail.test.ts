import { beforeEach, describe, expect, it } from "vitest";
import { claimOnNewSource, createTestActor, installTestDatabase } from "../test-database";
import { recordAssessment } from "./assessments";
import { getCheckingPanel, getClaimDetail, listClaimHistory } from "./claim-detail";
import { addComment } from "./comments";
import { addEvidence } from "./evidence";
import { createFact, getFactById, listLinkSuggestions } from "./facts";
import { createInvestigation } from "./investigations";

beforeEach(async () => {
  await installTestDatabase();
});

async function setUp() {
  const editor = await createTestActor("editor");
  const reviewer = await createTestActor("reviewer");
  const { id: investigationId } = await createInvestigation({ actor: editor, input: { title: "Flights" } });
  const claimOn = (text: string, phrase: string) => claimOnNewSource({ actor: editor, investigationId, text, phrase });
  const more = await claimOn("The presidency said more than 250 Venezuelans arrived.", "more than 250 Venezuelans");
  const exact = await claimOn("The list names 238 Venezuelans and 23 Salvadorans.", "238 Venezuelans");
  return { editor, reviewer, investigationId, more, exact };
}

describe("the checking panel", () => {
  it("reads what the panel shows in one call: the claim, its history, who can be assigned, and facts to link it with", async () => {
    const { editor, reviewer, investigationId, more, exact } = await setUp();
    await addEvidence({ actor: editor, claimId: more.id, fields: { outlet: "Ministry", stance: "refutes" } });
    await addComment({ actor: editor, claimId: more.id, body: "Checked the list." });
    await createFact({ actor: editor, investigationId, title: "Elsewhere", claimIds: [exact.id] });

    const panel = await getCheckingPanel({ actor: reviewer, claimId: more.id });
    expect(panel.detail).toEqual(await getClaimDetail({ actor: reviewer, id: more.id }));
    expect(panel.history).toEqual(await listClaimHistory({ actor: reviewer, claimId: more.id }));
    expect(panel.history.map((event) => event.action)).toEqual(["comment.added", "evidence.added", "claim.created"]);
    expect(panel.assignableUsers.map((person) => person.id).sort()).toEqual([editor.id, reviewer.id].sort());
    expect(panel.fact).toBeNull();
    expect(panel.linking).toEqual({
      facts: [expect.objectContaining({ title: "Elsewhere" })],
      suggestions: await listLinkSuggestions({ actor: reviewer, claimId: more.id }),
    });
  });

  it("gives the comparison of the fact a claim speaks to, and its history without verdicts still hidden from the reader", async () => {
    const { editor, reviewer, investigationId, more, exact } = await setUp();
    const fact = await createFact({ actor: editor, investigationId, title: "Venezuelans flown", claimIds: [more.id, exact.id] });
    await recordAssessment({ actor: editor, claimId: more.id, verdictKey: "false" });

    const panel = await getCheckingPanel({ actor: reviewer, claimId: more.id });
    expect(panel.linking).toBeNull();
    expect(panel.fact).toEqual(await getFactById({ actor: reviewer, id: fact.id }));
    expect(panel.fact!.conflicts).toHaveLength(1);
    expect(panel.detail.assessments).toMatchObject({ hiddenCount: 1, others: [] });
    expect(panel.history.map((event) => event.action)).not.toContain("assessment.recorded");
    expect((await getCheckingPanel({ actor: editor, claimId: more.id })).history.map((event) => event.action)).toContain("assessment.recorded");
  });

  it("is NOT_FOUND for a claim that does not exist", async () => {
    const { reviewer } = await setUp();
    await expect(getCheckingPanel({ actor: reviewer, claimId: "missing" })).rejects.toThrowError(expect.objectContaining({ code: "NOT_FOUND" }));
  });
});
