import { beforeEach, describe, expect, it } from "vitest";
import { createTestActor, installTestDatabase } from "../test-database";
import { listClaimHistory } from "./claim-detail";
import { createClaim } from "./claims";
import { addEvidence, getEvidenceById, listEvidenceByClaim, removeEvidence, updateEvidence } from "./evidence";
import { createInvestigation } from "./investigations";
import { createSource } from "./sources";

beforeEach(async () => {
  await installTestDatabase();
});

async function setUp() {
  const editor = await createTestActor("editor");
  const reviewer = await createTestActor("reviewer");
  const { id: investigationId } = await createInvestigation({ actor: editor, input: { title: "Flights" } });
  const source = await createSource({ actor: editor, investigationId, input: { title: "Wire", text: "Officials counted over 200 deportees." } });
  const claim = await createClaim({ actor: reviewer, sourceId: source.id, sourceVersionId: source.currentVersionId, start: 18, end: 36 });
  const item = await addEvidence({ actor: reviewer, claimId: claim.id, fields: { outlet: "Ministry", stance: "refutes" } });
  return { editor, reviewer, claim, item };
}

describe("changing evidence at the same time", () => {
  it("saves one of two edits made at once from the same version, and refuses the other with the saved values", async () => {
    const { editor, reviewer, claim, item } = await setUp();
    const results = await Promise.allSettled([
      updateEvidence({ actor: editor, id: item.id, version: 1, fields: { outlet: "Court filing", stance: "supports" } }),
      updateEvidence({ actor: reviewer, id: item.id, version: 1, fields: { outlet: "Ministry of the Interior", stance: "refutes" } }),
    ]);
    const saved = results.flatMap((result) => (result.status === "fulfilled" ? [result.value] : []));
    const refused = results.flatMap((result) => (result.status === "rejected" ? [result.reason as unknown] : []));
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ version: 2 });
    expect(refused).toEqual([expect.objectContaining({ code: "CONFLICT", fields: expect.objectContaining({ version: "2", outlet: saved[0]!.outlet }) })]);
    expect(await getEvidenceById({ actor: editor, id: item.id })).toMatchObject({ version: 2, outlet: saved[0]!.outlet });
    const history = await listClaimHistory({ actor: editor, claimId: claim.id });
    expect(history.filter((event) => event.action === "evidence.updated")).toHaveLength(1);
  });

  it("removes an item once when it is edited and removed at once", async () => {
    const { editor, reviewer, claim, item } = await setUp();
    const results = await Promise.allSettled([
      removeEvidence({ actor: editor, id: item.id, version: 1 }),
      updateEvidence({ actor: reviewer, id: item.id, version: 1, fields: { outlet: "Court filing", stance: "supports" } }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const [refused] = results.flatMap((result) => (result.status === "rejected" ? [result.reason as unknown] : []));
    expect(refused).toEqual(expect.objectContaining({ code: expect.stringMatching(/^(CONFLICT|NOT_FOUND)$/) }));
    const remaining = (await listEvidenceByClaim({ claimId: claim.id })).map((row) => row.version);
    const removed = (await listClaimHistory({ actor: editor, claimId: claim.id })).filter((event) => event.action === "evidence.removed").length;
    // Whichever came first, the list and the history agree: removed (and recorded once), or edited.
    expect([
      { remaining: [], removed: 1 },
      { remaining: [2], removed: 0 },
    ]).toContainEqual({ remaining, removed });
  });
});
