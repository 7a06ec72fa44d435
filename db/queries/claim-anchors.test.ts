import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { anchorClaims } from "@/lib/anchoring";
import { db } from "../connection";
import { claimAnchors } from "../schema";
import { createTestActor, installTestDatabase } from "../test-database";
import { writeTransaction } from "../client";
import { sourceVersions } from "../schema";
import { anchorClaimsAhead, selectorsOfClaim, storeAnchorsForVersion } from "./claim-anchors";
import { createClaim, listClaimsBySource, updateClaimSpan } from "./claims";
import { createInvestigation } from "./investigations";
import { createSource, getSourceById, updateSourceText } from "./sources";

beforeEach(() => {
  installTestDatabase();
});

const text = "Officials said over 200 deportees arrived. A lawyer disputed it. Families waited outside the prison.";

async function sourceWithClaims() {
  const editor = await createTestActor("editor");
  const { id: investigationId } = createInvestigation({ actor: editor, input: { title: "Anchors" } });
  const source = createSource({ actor: editor, investigationId, input: { title: "Wire", text } });
  const claim = (phrase: string) =>
    createClaim({
      actor: editor,
      sourceId: source.id,
      sourceVersionId: source.currentVersionId,
      start: text.indexOf(phrase),
      end: text.indexOf(phrase) + phrase.length,
    });
  return { editor, source, claims: [claim("over 200 deportees"), claim("A lawyer disputed it"), claim("Families waited outside")] };
}

describe("stored anchors", () => {
  it("are computed when a version is saved, in its transaction, and agree with anchoring on read", async () => {
    const { editor, source, claims } = await sourceWithClaims();
    const edited = `${text.replace("A lawyer disputed it. ", "")} More later.`;
    const { version, summary } = await updateSourceText({ actor: editor, sourceId: source.id, text: edited });
    const rows = db().select().from(claimAnchors).where(eq(claimAnchors.sourceVersionId, version.id)).all();
    expect(rows).toHaveLength(3);
    const rowOf = (id: string) => rows.find((row) => row.claimId === id)!;
    expect(rowOf(claims[1]!.id)).toMatchObject({ status: "orphan", start: null, end: null });
    expect(rowOf(claims[0]!.id)).toMatchObject({ status: "exact", start: edited.indexOf("over 200") });

    const recomputed = anchorClaims(
      edited,
      claims.map((claim) => selectorsOfClaim({ ...claim.selectors.quote, ...claim.selectors.position })),
    );
    const listed = listClaimsBySource({ actor: editor, sourceId: source.id });
    const counts = { exact: 0, moved: 0, fuzzy: 0, orphan: 0 };
    for (const anchor of recomputed) counts[anchor.status]++;
    expect(summary).toEqual(counts);
    for (const [index, claim] of claims.entries()) expect(listed.find((view) => view.id === claim.id)!.anchor).toEqual(recomputed[index]);
  });

  it("are what the reader reads back, and are forgotten when a claim is re-selected", async () => {
    const { editor, source, claims } = await sourceWithClaims();
    const { version } = await updateSourceText({ actor: editor, sourceId: source.id, text: `Now: ${text}` });
    db().update(claimAnchors).set({ status: "fuzzy", score: 0.9 }).where(eq(claimAnchors.claimId, claims[0]!.id)).run();
    expect(listClaimsBySource({ actor: editor, sourceId: source.id }).find((view) => view.id === claims[0]!.id)!.anchor).toMatchObject({
      status: "fuzzy",
      score: 0.9,
    });

    const current = getSourceById({ actor: editor, id: source.id });
    const start = current.currentVersion.text.indexOf("over 200");
    updateClaimSpan({ actor: editor, id: claims[0]!.id, version: claims[0]!.version, sourceVersionId: version.id, start, end: start + "over 200".length });
    expect(db().select().from(claimAnchors).where(eq(claimAnchors.claimId, claims[0]!.id)).all()).toEqual([]);
    expect(listClaimsBySource({ actor: editor, sourceId: source.id }).find((view) => view.id === claims[0]!.id)!.anchor).toEqual({
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
    const reselected = updateClaimSpan({
      actor: editor,
      id: claims[0]!.id,
      version: claims[0]!.version,
      sourceVersionId: source.currentVersionId,
      start,
      end: start + "200 deportees".length,
    });
    const added = createClaim({
      actor: editor,
      sourceId: source.id,
      sourceVersionId: source.currentVersionId,
      start: text.indexOf("the prison"),
      end: text.indexOf("the prison") + "the prison".length,
    });
    const stored = writeTransaction(db(), (tx) => {
      const version = tx
        .insert(sourceVersions)
        .values({ sourceId: source.id, number: 2, text: edited, sha256: "edited", createdBy: editor.id })
        .returning({ id: sourceVersions.id })
        .get();
      storeAnchorsForVersion(tx, source.id, { id: version.id, text: edited }, ahead);
      return tx.select().from(claimAnchors).where(eq(claimAnchors.sourceVersionId, version.id)).all();
    });
    const startOf = (id: string) => stored.find((row) => row.claimId === id)?.start;
    expect(stored).toHaveLength(4);
    expect(startOf(reselected.id)).toBe(edited.indexOf("200 deportees"));
    expect(startOf(added.id)).toBe(edited.indexOf("the prison"));
    expect(startOf(claims[1]!.id)).toBe(edited.indexOf("A lawyer disputed it"));
  });
});
