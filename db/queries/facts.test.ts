import { beforeEach, describe, expect, it } from "vitest";
import { claimOnNewSource, createTestActor, installTestDatabase } from "../test-database";
import { updateClaimReview } from "./claim-review";
import { createClaim } from "./claims";
import {
  createFact,
  getFactById,
  listFactComparisonsByInvestigation,
  listFactsByInvestigation,
  listLinkSuggestions,
  setQuantityCorrection,
  unlinkClaimFromFact,
} from "./facts";
import { createInvestigation } from "./investigations";
import { createSource } from "./sources";

beforeEach(async () => {
  await installTestDatabase();
});

async function twoSources() {
  const editor = await createTestActor("editor");
  const { id: investigationId } = await createInvestigation({ actor: editor, input: { title: "Flights" } });
  const claimOn = (text: string, phrase: string) => claimOnNewSource({ actor: editor, investigationId, text, phrase });
  const more = await claimOn("The presidency said more than 250 Venezuelans arrived.", "more than 250 Venezuelans");
  const exact = await claimOn("The list names 238 Venezuelans and 23 Salvadorans.", "238 Venezuelans");
  return { editor, investigationId, more, exact };
}

describe("facts", () => {
  it("compares the figures of linked claims and explains the conflict", async () => {
    const { editor, investigationId, more, exact } = await twoSources();
    expect((await listLinkSuggestions({ actor: editor, claimId: more.id })).map((s) => s.id)).toContain(exact.id);
    const fact = await createFact({ actor: editor, investigationId, title: "Venezuelans flown", claimIds: [more.id, exact.id] });
    const detail = await getFactById({ actor: editor, id: fact.id });
    expect(detail.claims.map((c) => c.interval)).toEqual(expect.arrayContaining(["more than 250", "exactly 238"]));
    expect(detail.conflicts).toHaveLength(1);
    expect(detail.conflicts[0]!.reason).toMatch(/238/);
    // The verdict's rating value picks a claim's colour in the charts; none yet is null.
    await updateClaimReview({ actor: editor, id: exact.id, version: exact.version, changes: { verdictKey: "false" } });
    const reviewed = await getFactById({ actor: editor, id: fact.id });
    expect(Object.fromEntries(reviewed.claims.map((c) => [c.id, c.verdictValue]))).toEqual({ [more.id]: null, [exact.id]: 1 });
    expect(await listFactsByInvestigation({ actor: editor, investigationId })).toEqual([expect.objectContaining({ claimCount: 2, conflictCount: 1 })]);
  });

  it("uses a reviewer's corrected reading and refuses an impossible one", async () => {
    const { editor, investigationId, more, exact } = await twoSources();
    const fact = await createFact({ actor: editor, investigationId, title: "Venezuelans flown", claimIds: [more.id, exact.id] });
    await expect(
      setQuantityCorrection({
        actor: editor,
        claimId: more.id,
        correction: { low: 300, high: 200, lowInclusive: true, highInclusive: true, hedge: "range", value: 300, unit: null, text: "x" },
      }),
    ).rejects.toThrowError(expect.objectContaining({ code: "INVALID" }));
    await setQuantityCorrection({
      actor: editor,
      claimId: more.id,
      correction: { low: 230, high: null, lowInclusive: true, highInclusive: false, hedge: "at-least", value: 230, unit: "Venezuelans", text: "more than 250" },
    });
    expect((await getFactById({ actor: editor, id: fact.id })).conflicts).toEqual([]);
    await setQuantityCorrection({ actor: editor, claimId: more.id, correction: null });
    expect((await getFactById({ actor: editor, id: fact.id })).conflicts).toHaveLength(1);
  });

  it("keeps a claim in one fact at most, and unlinks it", async () => {
    const { editor, investigationId, more } = await twoSources();
    const first = await createFact({ actor: editor, investigationId, title: "A", claimIds: [more.id] });
    await expect(createFact({ actor: editor, investigationId, title: "B", claimIds: [more.id] })).rejects.toThrowError(/already linked to the fact “A”/);
    expect((await listFactsByInvestigation({ actor: editor, investigationId })).map((f) => f.title)).toEqual(["A"]);
    await unlinkClaimFromFact({ actor: editor, factId: first.id, claimId: more.id });
    expect((await getFactById({ actor: editor, id: first.id })).claims).toEqual([]);
    await expect(unlinkClaimFromFact({ actor: editor, factId: first.id, claimId: more.id })).rejects.toThrowError(
      expect.objectContaining({ code: "NOT_FOUND" }),
    );
  });

  it("links a claim once when two people link it to facts at the same time", async () => {
    const { editor, investigationId, more } = await twoSources();
    const results = await Promise.allSettled([
      createFact({ actor: editor, investigationId, title: "A", claimIds: [more.id] }),
      createFact({ actor: editor, investigationId, title: "B", claimIds: [more.id] }),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
    const facts = await listFactsByInvestigation({ actor: editor, investigationId });
    expect(facts.map((fact) => fact.title)).toHaveLength(1);
    expect(facts[0]!.claimCount).toBe(1);
  });

  it("lists every fact with its own claims and conflicts, and none of another investigation's", async () => {
    const { editor, investigationId, more, exact } = await twoSources();
    const other = await twoSources();
    const source = await createSource({ actor: editor, investigationId, input: { title: "Third", text: "Officials counted 250 Venezuelans on board." } });
    const agreeing = await createClaim({ actor: editor, sourceId: source.id, sourceVersionId: source.currentVersionId, start: 18, end: 33 });
    await createFact({ actor: editor, investigationId, title: "Disputed", claimIds: [more.id, exact.id] });
    await createFact({ actor: editor, investigationId, title: "Settled", claimIds: [agreeing.id] });
    await createFact({ actor: other.editor, investigationId: other.investigationId, title: "Elsewhere", claimIds: [other.more.id, other.exact.id] });
    await createFact({ actor: editor, investigationId, title: "Empty", claimIds: [] });

    // (facts created within one millisecond may come in either order)
    const byTitle = <T extends { title: string }>(list: T[]) => [...list].sort((a, b) => a.title.localeCompare(b.title));
    expect(
      byTitle(await listFactsByInvestigation({ actor: editor, investigationId })).map(({ title, claimCount, conflictCount }) => ({
        title,
        claimCount,
        conflictCount,
      })),
    ).toEqual([
      { title: "Disputed", claimCount: 2, conflictCount: 1 },
      { title: "Empty", claimCount: 0, conflictCount: 0 },
      { title: "Settled", claimCount: 1, conflictCount: 0 },
    ]);
    const comparisons = byTitle(await listFactComparisonsByInvestigation({ actor: editor, investigationId }));
    expect(comparisons.map((fact) => [fact.title, fact.items.map((item) => item.exact).sort(), fact.conflicts.length])).toEqual([
      ["Disputed", ["238 Venezuelans", "more than 250 Venezuelans"], 1],
      ["Empty", [], 0],
      ["Settled", ["250 Venezuelans"], 0],
    ]);
  });
});
