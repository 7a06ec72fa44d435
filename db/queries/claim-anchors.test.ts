import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { anchorClaims, describeSpan } from "@/lib/anchoring";
import { db, writeTransaction } from "../connection";
import { claimAnchors, claims as claimsTable, sourceVersions } from "../schema";
import { createTestActor, installTestDatabase } from "../test-database";
import { anchorClaimsAhead, selectorsOfClaim, storeAnchorsForVersion } from "./claim-anchors";
import { createClaim, listClaimsBySource, updateClaimSpan } from "./claims";
import { createInvestigation } from "./investigations";
import { createSource, getSourceById, updateSourceText } from "./sources";

beforeEach(async () => {
  await installTestDatabase();
});

const text = "Officials said over 200 deportees arrived. A lawyer disputed it. Families waited outside the prison.";

async function sourceWithClaims() {
  const editor = await createTestActor("editor");
  const { id: investigationId } = await createInvestigation({ actor: editor, input: { title: "Anchors" } });
  const source = await createSource({ actor: editor, investigationId, input: { title: "Wire", text } });
  const claim = (phrase: string) =>
    createClaim({
      actor: editor,
      sourceId: source.id,
      sourceVersionId: source.currentVersionId,
      start: text.indexOf(phrase),
      end: text.indexOf(phrase) + phrase.length,
    });
  return { editor, source, claims: [await claim("over 200 deportees"), await claim("A lawyer disputed it"), await claim("Families waited outside")] };
}

describe("stored anchors", () => {
  it("are computed when a version is saved, in its transaction, and agree with anchoring on read", async () => {
    const { editor, source, claims } = await sourceWithClaims();
    const edited = `${text.replace("A lawyer disputed it. ", "")} More later.`;
    const { version, summary } = await updateSourceText({ actor: editor, sourceId: source.id, text: edited });
    const rows = await db().select().from(claimAnchors).where(eq(claimAnchors.sourceVersionId, version.id));
    expect(rows).toHaveLength(3);
    const rowOf = (id: string) => rows.find((row) => row.claimId === id)!;
    expect(rowOf(claims[1]!.id)).toMatchObject({ status: "orphan", start: null, end: null });
    expect(rowOf(claims[0]!.id)).toMatchObject({ status: "exact", start: edited.indexOf("over 200") });

    const recomputed = anchorClaims(
      edited,
      claims.map((claim) => selectorsOfClaim({ ...claim.selectors.quote, ...claim.selectors.position })),
    );
    const listed = await listClaimsBySource({ actor: editor, sourceId: source.id });
    const counts = { exact: 0, moved: 0, fuzzy: 0, orphan: 0 };
    for (const anchor of recomputed) counts[anchor.status]++;
    expect(summary).toEqual(counts);
    for (const [index, claim] of claims.entries()) expect(listed.find((view) => view.id === claim.id)!.anchor).toEqual(recomputed[index]);
  });

  it("are what the reader reads back, and are forgotten when a claim is re-selected", async () => {
    const { editor, source, claims } = await sourceWithClaims();
    const { version } = await updateSourceText({ actor: editor, sourceId: source.id, text: `Now: ${text}` });
    await writeTransaction((tx) => tx.update(claimAnchors).set({ status: "fuzzy", score: 0.9 }).where(eq(claimAnchors.claimId, claims[0]!.id)));
    expect((await listClaimsBySource({ actor: editor, sourceId: source.id })).find((view) => view.id === claims[0]!.id)!.anchor).toMatchObject({
      status: "fuzzy",
      score: 0.9,
    });

    const current = await getSourceById({ actor: editor, id: source.id });
    const start = current.currentVersion.text.indexOf("over 200");
    await updateClaimSpan({
      actor: editor,
      id: claims[0]!.id,
      version: claims[0]!.version,
      sourceVersionId: version.id,
      start,
      end: start + "over 200".length,
    });
    expect(await db().select().from(claimAnchors).where(eq(claimAnchors.claimId, claims[0]!.id))).toEqual([]);
    expect((await listClaimsBySource({ actor: editor, sourceId: source.id })).find((view) => view.id === claims[0]!.id)!.anchor).toEqual({
      status: "exact",
      start,
      end: start + 8,
      score: 1,
    });
  });

  it("anchor in the transaction the claims added or changed after the search ahead of it", async () => {
    const { editor, source, claims } = await sourceWithClaims();
    const edited = `Update. ${text}`;
    const ahead = await anchorClaimsAhead(source.id, edited);
    // Meanwhile a reviewer re-selects one claim and highlights another.
    const start = text.indexOf("200 deportees");
    const reselected = await updateClaimSpan({
      actor: editor,
      id: claims[0]!.id,
      version: claims[0]!.version,
      sourceVersionId: source.currentVersionId,
      start,
      end: start + "200 deportees".length,
    });
    const added = await createClaim({
      actor: editor,
      sourceId: source.id,
      sourceVersionId: source.currentVersionId,
      start: text.indexOf("the prison"),
      end: text.indexOf("the prison") + "the prison".length,
    });
    const stored = await writeTransaction(async (tx) => {
      const [version] = await tx
        .insert(sourceVersions)
        .values({ sourceId: source.id, number: 2, text: edited, sha256: "edited", createdBy: editor.id })
        .returning({ id: sourceVersions.id });
      await storeAnchorsForVersion(tx, source.id, { id: version!.id, text: edited }, ahead);
      return tx.select().from(claimAnchors).where(eq(claimAnchors.sourceVersionId, version!.id));
    });
    const startOf = (id: string) => stored.find((row) => row.claimId === id)?.start;
    expect(stored).toHaveLength(4);
    expect(startOf(reselected.id)).toBe(edited.indexOf("200 deportees"));
    expect(startOf(added.id)).toBe(edited.indexOf("the prison"));
    expect(startOf(claims[1]!.id)).toBe(edited.indexOf("A lawyer disputed it"));
  });

  it("store the anchors of more claims than one insert takes, and a second store leaves the stored rows as they are", async () => {
    const editor = await createTestActor("editor");
    const { id: investigationId } = await createInvestigation({ actor: editor, input: { title: "Many anchors" } });
    const words = Array.from({ length: 1201 }, (_, index) => `word${index}`);
    const original = words.join(" ");
    const source = await createSource({ actor: editor, investigationId, input: { title: "Wire", text: original } });
    const starts = words.map((_, index) => words.slice(0, index).reduce((length, word) => length + word.length + 1, 0));
    await writeTransaction(async (tx) => {
      for (let index = 0; index < words.length; index += 500) {
        await tx.insert(claimsTable).values(
          words.slice(index, index + 500).map((word, offset) => {
            const start = starts[index + offset]!;
            const { quote } = describeSpan(original, start, start + word.length);
            return {
              sourceId: source.id,
              sourceVersionId: source.currentVersionId,
              exact: quote.exact,
              prefix: quote.prefix ?? "",
              suffix: quote.suffix ?? "",
              start,
              end: start + word.length,
              createdBy: editor.id,
            };
          }),
        );
      }
    });
    const edited = `Update. ${original}`;
    const stored = await writeTransaction(async (tx) => {
      const [version] = await tx
        .insert(sourceVersions)
        .values({ sourceId: source.id, number: 2, text: edited, sha256: "edited", createdBy: editor.id })
        .returning({ id: sourceVersions.id });
      const first = await storeAnchorsForVersion(tx, source.id, { id: version!.id, text: edited });
      await tx.update(claimAnchors).set({ score: 0.5 }).where(eq(claimAnchors.sourceVersionId, version!.id));
      await storeAnchorsForVersion(tx, source.id, { id: version!.id, text: edited });
      return { first, rows: await tx.select().from(claimAnchors).where(eq(claimAnchors.sourceVersionId, version!.id)) };
    });
    expect(stored.first).toHaveLength(1201);
    expect(stored.first.every((anchor) => anchor.status === "moved")).toBe(true);
    expect(stored.rows).toHaveLength(1201);
    expect(new Set(stored.rows.map((row) => row.claimId)).size).toBe(1201);
    // The second store found every row already there and left it, with the score changed in between.
    expect(stored.rows.every((row) => row.score === 0.5)).toBe(true);
    const startOf = new Map(stored.rows.map((row) => [row.claimId, row.start]));
    const claimRows = await db().select({ id: claimsTable.id, start: claimsTable.start }).from(claimsTable).where(eq(claimsTable.sourceId, source.id));
    for (const claim of claimRows) expect(startOf.get(claim.id)).toBe(claim.start + "Update. ".length);
  });
});
