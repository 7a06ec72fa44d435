import { beforeEach, describe, expect, it } from "vitest";
import { defaultRatingScale } from "@/lib/checking/rating-scale";
import { createTestActor, installTestDatabase } from "../test-database";
import { recordAssessment } from "./assessments";
import { updateClaimReview } from "./claim-review";
import { createClaim } from "./claims";
import { addComment } from "./comments";
import { addEvidence } from "./evidence";
import { getExportDocument, openExport } from "./export";
import { createFact } from "./facts";
import { createInvestigation, updateInvestigationSettings } from "./investigations";
import { createSource, updateSourceText } from "./sources";

beforeEach(async () => {
  await installTestDatabase();
});

/** Timestamps have millisecond resolution: items added further apart than that have a known order. */
const nextMillisecond = () => new Promise((resolve) => setTimeout(resolve, 2));

const textA = "The ministry said over 200 deportees arrived. 👍🏽 A lawyer disputed it.";
const textB = "Flight logs list 180 deportees on board.";

async function investigation() {
  const editor = await createTestActor("editor");
  const reviewer = await createTestActor("reviewer");
  const { id: investigationId } = await createInvestigation({ actor: editor, input: { title: "Flights" } });
  const claimOn = async (text: string, phrase: string, title: string, url?: string) => {
    const source = await createSource({ actor: editor, investigationId, input: { title, text, url } });
    const start = text.indexOf(phrase);
    return {
      source,
      claim: await createClaim({ actor: editor, sourceId: source.id, sourceVersionId: source.currentVersionId, start, end: start + phrase.length }),
    };
  };
  const a = await claimOn(textA, "over 200 deportees", "Ministry statement", "https://ministry.example/statement");
  const lawyer = await createClaim({
    actor: editor,
    sourceId: a.source.id,
    sourceVersionId: a.source.currentVersionId,
    start: textA.indexOf("A lawyer"),
    end: textA.length - 1,
  });
  const b = await claimOn(textB, "180 deportees", "Flight logs");
  return { editor, reviewer, investigationId, a, b, lawyer };
}

describe("getExportDocument", () => {
  it("gathers claims with their review, evidence, comments, facts and conflicts", async () => {
    const { editor, investigationId, a, b } = await investigation();
    await addEvidence({ actor: editor, claimId: a.claim.id, fields: { url: "https://gov.example/list", stance: "refutes", quote: "238" } });
    await addComment({ actor: editor, claimId: a.claim.id, body: "See the *list*." });
    await updateClaimReview({
      actor: editor,
      id: a.claim.id,
      version: a.claim.version,
      changes: { verdictKey: "mostly-true", rationale: "The list says 238." },
    });
    await createFact({ actor: editor, investigationId, title: "Deportees", claimIds: [a.claim.id, b.claim.id] });

    const doc = await getExportDocument({ actor: editor, scope: { investigationId }, workspaceUrl: "https://desk.example/" });
    expect(doc.workspaceUrl).toBe("https://desk.example");
    expect(doc.sources.map((s) => s.title).sort()).toEqual(["Flight logs", "Ministry statement"]);
    expect(doc.sources.every((s) => !("versions" in s))).toBe(true);
    const claim = doc.claims.find((c) => c.id === a.claim.id)!;
    expect(claim.url).toBe(`https://desk.example/sources/${a.source.id}?claim=${a.claim.id}`);
    expect(claim.verdict?.label).toBe("Mostly true");
    expect(claim.rationale).toBe("The list says 238.");
    expect(claim.evidence).toEqual([expect.objectContaining({ url: "https://gov.example/list", stance: "refutes", quote: "238" })]);
    expect(claim.comments.map((c) => c.body)).toEqual(["See the *list*."]);
    expect(claim.interval).toBe("more than 200");
    expect(claim.quantity).toMatchObject({ low: 200, high: null, hedge: "more-than" });
    expect(claim.conflicts).toEqual([expect.stringContaining("180")]);
    expect(doc.facts).toEqual([
      expect.objectContaining({
        title: "Deportees",
        rows: expect.any(Array),
        conflicts: [expect.objectContaining({ reason: expect.stringContaining("180") })],
      }),
    ]);
    // What the report's charts draw: each row's figure (high null when unbounded) and verdict, in the report's language.
    expect(doc.language).toBe("en");
    expect(doc.facts[0]!.rows.map((row) => [row.quantity, row.verdict?.ratingValue ?? null])).toEqual(
      expect.arrayContaining([
        [expect.objectContaining({ low: 200, high: null, lowInclusive: false }), 4],
        [expect.objectContaining({ low: 180, high: 180 }), null],
      ]),
    );
  });

  it("gives UTF-16 and code point offsets, and describes orphans on the version they were made on", async () => {
    const { editor, a, lawyer } = await investigation();
    const doc = await getExportDocument({ actor: editor, scope: { sourceId: a.source.id }, workspaceUrl: "http://localhost:3000" });
    expect(doc.scope).toEqual({ kind: "source", sourceId: a.source.id });
    expect(doc.sources).toHaveLength(1);
    const after = doc.claims.find((c) => c.id === lawyer.id)!;
    expect(after.target.start).toBe(textA.indexOf("A lawyer"));
    expect(after.target.codePoints.start).toBe(after.target.start - 2); // 👍🏽 is 4 UTF-16 units, 2 code points

    await updateSourceText({ actor: editor, sourceId: a.source.id, text: "The ministry said over 200 deportees arrived. Nobody objected." });
    const later = await getExportDocument({ actor: editor, scope: { sourceId: a.source.id }, workspaceUrl: "http://localhost:3000" });
    const orphan = later.claims.find((c) => c.id === lawyer.id)!;
    expect(orphan.anchorStatus).toBe("orphan");
    expect(orphan.target.versionNumber).toBe(1);
    expect(later.sources[0]!.version.number).toBe(2);
    expect(later.claims.at(-1)!.id).toBe(lawyer.id);
  });

  it("hides others' independent verdicts from a reviewer who has not recorded one", async () => {
    const { editor, reviewer, investigationId, a } = await investigation();
    await recordAssessment({ actor: editor, claimId: a.claim.id, verdictKey: "false" });
    const asReviewer = await getExportDocument({ actor: reviewer, scope: { investigationId }, workspaceUrl: "http://x" });
    expect(asReviewer.claims.find((c) => c.id === a.claim.id)!.assessments).toEqual([]);
    const asEditor = await getExportDocument({ actor: editor, scope: { investigationId }, workspaceUrl: "http://x" });
    expect(asEditor.claims.find((c) => c.id === a.claim.id)!.assessments).toEqual([
      expect.objectContaining({ verdict: expect.objectContaining({ key: "false" }) }),
    ]);
    await recordAssessment({ actor: reviewer, claimId: a.claim.id, verdictKey: "true" });
    expect(
      (await getExportDocument({ actor: reviewer, scope: { investigationId }, workspaceUrl: "http://x" })).claims.find((c) => c.id === a.claim.id)!.assessments,
    ).toHaveLength(2);
  });

  it("reads the same export a source at a time: head now, each source's claims complete with their discussion", async () => {
    const { editor, investigationId, a } = await investigation();
    await addEvidence({ actor: editor, claimId: a.claim.id, fields: { url: "https://gov.example/list", stance: "refutes" } });
    await addComment({ actor: editor, claimId: a.claim.id, body: "First." });
    await nextMillisecond();
    await addComment({ actor: editor, claimId: a.claim.id, body: "Second." });
    const doc = await getExportDocument({ actor: editor, scope: { investigationId }, workspaceUrl: "http://x" });
    const parts = await openExport({ actor: editor, scope: { investigationId }, workspaceUrl: "http://x" });
    expect(parts.claimCount).toBe(3);
    const batches = [];
    for await (const batch of parts.claimsBySource) batches.push(batch);
    expect(batches.map((batch) => batch.map((claim) => claim.sourceId))).toEqual(
      doc.sources.map((source) => doc.claims.filter((claim) => claim.sourceId === source.id).map(() => source.id)),
    );
    expect({ ...parts.head, claims: batches.flat(), generatedAt: doc.generatedAt }).toEqual(doc);
    expect(
      batches
        .flat()
        .find((claim) => claim.id === a.claim.id)!
        .comments.map((c) => c.body),
    ).toEqual(["First.", "Second."]);
  });

  it("gives each claim's figure as its words read with the investigation's tolerance, stored or not", async () => {
    const editor = await createTestActor("editor");
    const { id: investigationId } = await createInvestigation({ actor: editor, input: { title: "Tolerance" } });
    const text = "Officials said roughly 250 Venezuelans were flown out.";
    const source = await createSource({ actor: editor, investigationId, input: { title: "Report", text } });
    const start = text.indexOf("roughly");
    await createClaim({ actor: editor, sourceId: source.id, sourceVersionId: source.currentVersionId, start, end: start + "roughly 250 Venezuelans".length });
    const figure = async () => (await getExportDocument({ actor: editor, scope: { investigationId }, workspaceUrl: "http://x" })).claims[0]!.quantity;
    expect(await figure()).toMatchObject({ low: 225, high: 275, hedge: "approximately" });
    await updateInvestigationSettings({
      actor: editor,
      id: investigationId,
      version: 1,
      ratingScale: [...defaultRatingScale],
      hidesOthersAssessments: true,
      approximateTolerancePercent: 20,
    });
    // The reading stored with ±10% no longer holds: the words are read again with ±20%.
    expect(await figure()).toMatchObject({ low: 200, high: 300, hedge: "approximately" });
  });

  it("refuses a scope that does not exist", async () => {
    const { editor } = await investigation();
    await expect(getExportDocument({ actor: editor, scope: { sourceId: "nope" }, workspaceUrl: "http://x" })).rejects.toThrowError(
      expect.objectContaining({ code: "NOT_FOUND" }),
    );
  });
});
