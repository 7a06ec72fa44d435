import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { describeEvent } from "@/lib/checking/history";
import { db, writeTransaction } from "../connection";
import { claimAnchors, claims } from "../schema";
import { createTestActor, installTestDatabase } from "../test-database";
import { listClaimHistory } from "./claim-detail";
import { createClaim, listClaimsBySource, updateClaimSpan } from "./claims";
import { createFact, getFactById, listFactComparisonsByInvestigation } from "./facts";
import { createInvestigation } from "./investigations";
import { createSource, updateSourceText } from "./sources";

beforeEach(async () => {
  await installTestDatabase();
});

const text = [
  "The ministry said on Monday that nearly 300 men were flown out of the country overnight, according to its statement.",
  "A lawyer for the families disputed the figure in a long interview on local radio that afternoon.",
  "Families of the detainees waited outside the prison gates for most of the following day, in the rain.",
].join("\n\n");

/** A source with three claims, then a second version that drops one claim's words, moves one and rewords one a little. */
async function sourceWithAnOrphan() {
  const editor = await createTestActor("editor");
  const { id: investigationId } = await createInvestigation({ actor: editor, input: { title: "Orphans" } });
  const source = await createSource({ actor: editor, investigationId, input: { title: "Wire", text } });
  const claim = (phrase: string) =>
    createClaim({
      actor: editor,
      sourceId: source.id,
      sourceVersionId: source.currentVersionId,
      start: text.indexOf(phrase),
      end: text.indexOf(phrase) + phrase.length,
    });
  const [figure, lawyer, families] = [
    await claim("nearly 300 men were flown out"),
    await claim("A lawyer for the families disputed the figure"),
    await claim("waited outside the prison gates for most of the following day"),
  ];
  // The first paragraph moves down, the second goes, the third is reworded a little.
  const edited = [
    "Updated at noon with the ministry's statement.",
    text.split("\n\n")[0],
    text.split("\n\n")[2]!.replace("the following day", "the next day"),
  ].join("\n\n");
  const { version } = await updateSourceText({ actor: editor, sourceId: source.id, text: edited });
  return { editor, investigationId, source, version: { id: version.id, text: edited }, figure: figure!, lawyer: lawyer!, families: families! };
}

const anchorRowOf = async (claimId: string, sourceVersionId: string) => {
  const [row] = await db()
    .select()
    .from(claimAnchors)
    .where(and(eq(claimAnchors.claimId, claimId), eq(claimAnchors.sourceVersionId, sourceVersionId)));
  return row;
};

describe("re-attaching an orphaned claim", () => {
  it("gives it new words on the current version, updates its stored anchor in the same change, and records the re-attachment", async () => {
    const { editor, source, version, lawyer } = await sourceWithAnOrphan();
    expect(await anchorRowOf(lawyer.id, version.id)).toMatchObject({ status: "orphan" });
    expect((await listClaimsBySource({ actor: editor, sourceId: source.id })).find((view) => view.id === lawyer.id)!.anchor.status).toBe("orphan");

    const start = version.text.indexOf("Updated at noon");
    const moved = await updateClaimSpan({
      actor: editor,
      id: lawyer.id,
      version: lawyer.version,
      sourceVersionId: version.id,
      start,
      end: start + "Updated at noon".length,
    });

    expect(moved).toMatchObject({
      sourceVersionId: version.id,
      anchor: { status: "exact", start, end: start + 15 },
      selectors: { quote: { exact: "Updated at noon" } },
    });
    expect(await anchorRowOf(lawyer.id, version.id)).toBeUndefined();
    expect((await listClaimsBySource({ actor: editor, sourceId: source.id })).find((view) => view.id === lawyer.id)!.anchor).toEqual({
      status: "exact",
      start,
      end: start + 15,
      score: 1,
    });
    const [latest] = await listClaimHistory({ actor: editor, claimId: lawyer.id });
    expect(latest!.action).toBe("claim.span-changed");
    expect(describeEvent({ action: latest!.action, data: latest!.data ?? null })).toBe(
      "re-attached to “Updated at noon” (its words “A lawyer for the families disputed the figure” were no longer in the text)",
    );
  });

  it("records an ordinary re-select of an anchored claim as a move, not a re-attachment", async () => {
    const { editor, version, figure } = await sourceWithAnOrphan();
    const start = version.text.indexOf("300 men");
    await updateClaimSpan({ actor: editor, id: figure.id, version: figure.version, sourceVersionId: version.id, start, end: start + "300 men".length });
    const [latest] = await listClaimHistory({ actor: editor, claimId: figure.id });
    expect(latest!.data).not.toHaveProperty("reattached");
    expect(describeEvent({ action: latest!.action, data: latest!.data ?? null })).toBe("moved the highlight from “nearly 300 men were flown out” to “300 men”");
  });

  it("is refused to a reviewer who did not make the claim, as re-selecting is", async () => {
    const { version, lawyer } = await sourceWithAnOrphan();
    const reviewer = await createTestActor("reviewer");
    const start = version.text.indexOf("Updated");
    await expect(
      updateClaimSpan({ actor: reviewer, id: lawyer.id, version: lawyer.version, sourceVersionId: version.id, start, end: start + 7 }),
    ).rejects.toThrow(expect.objectContaining({ code: "FORBIDDEN" }));
    expect(await anchorRowOf(lawyer.id, version.id)).toMatchObject({ status: "orphan" });
  });

  it("is refused while the claim is approved (an editor reopens it first), and its anchor stays an orphan", async () => {
    const { editor, version, lawyer } = await sourceWithAnOrphan();
    await writeTransaction((tx) => tx.update(claims).set({ status: "approved" }).where(eq(claims.id, lawyer.id)));
    const start = version.text.indexOf("Updated");
    await expect(
      updateClaimSpan({ actor: editor, id: lawyer.id, version: lawyer.version, sourceVersionId: version.id, start, end: start + 7 }),
    ).rejects.toThrow(expect.objectContaining({ code: "FORBIDDEN" }));
    expect(await anchorRowOf(lawyer.id, version.id)).toMatchObject({ status: "orphan" });
  });
});

describe("fact rows", () => {
  it("carry each claim's anchor status on its source's current version and its words there; an orphan keeps its original words", async () => {
    const { editor, investigationId, figure, lawyer, families } = await sourceWithAnOrphan();
    const fact = await createFact({ actor: editor, investigationId, title: "Who was flown out", claimIds: [figure.id, lawyer.id, families.id] });
    const rows = (await getFactById({ actor: editor, id: fact.id })).claims.map(({ exact, anchorStatus, wording }) => ({ exact, anchorStatus, wording }));
    expect(rows).toEqual([
      { exact: "nearly 300 men were flown out", anchorStatus: "moved", wording: "nearly 300 men were flown out" },
      { exact: "A lawyer for the families disputed the figure", anchorStatus: "orphan", wording: "A lawyer for the families disputed the figure" },
      {
        exact: "waited outside the prison gates for most of the following day",
        anchorStatus: "fuzzy",
        wording: "waited outside the prison gates for most of the next day",
      },
    ]);
    expect(
      (await listFactComparisonsByInvestigation({ actor: editor, investigationId }))[0]!.items.map(({ anchorStatus, wording }) => ({ anchorStatus, wording })),
    ).toEqual(rows.map(({ anchorStatus, wording }) => ({ anchorStatus, wording })));
  });

  it("show a re-attached claim in place with its new words", async () => {
    const { editor, investigationId, version, lawyer } = await sourceWithAnOrphan();
    const fact = await createFact({ actor: editor, investigationId, title: "The lawyer", claimIds: [lawyer.id] });
    const start = version.text.indexOf("Updated at noon");
    await updateClaimSpan({ actor: editor, id: lawyer.id, version: lawyer.version, sourceVersionId: version.id, start, end: start + 15 });
    expect((await getFactById({ actor: editor, id: fact.id })).claims.map(({ anchorStatus, wording }) => ({ anchorStatus, wording }))).toEqual([
      { anchorStatus: "exact", wording: "Updated at noon" },
    ]);
  });
});
