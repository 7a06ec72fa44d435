import { beforeEach, describe, expect, it } from "vitest";
import { createTestActor, installTestDatabase } from "../test-database";
import { recordAssessment } from "./assessments";
import { listClaimHistory } from "./claim-detail";
import { getClaimPublication, updateClaimFields, updateClaimPublication } from "./claim-publication";
import { updateClaimReview } from "./claim-review";
import { createClaim } from "./claims";
import { addComment } from "./comments";
import { addEvidence } from "./evidence";
import { getExportDocument } from "./export";
import { createFact } from "./facts";
import { updateInvestigationPublishedUrl } from "./investigation-publication";
import { createInvestigation, getInvestigationById } from "./investigations";
import { createSource } from "./sources";

beforeEach(async () => {
  await installTestDatabase();
});

const textA = "Flights left Texas at dawn. “We sent 261 people,” the interior minister said on Monday. A lawyer disputed it.";
const textB = "Flight logs list 238 Venezuelans on board. Nobody else was named.";

/** An investigation with an approved claim (with a fact-mate that is not approved) and internal text planted everywhere. */
async function desk() {
  const editor = await createTestActor("editor");
  const reviewer = await createTestActor("reviewer");
  const { id: investigationId } = await createInvestigation({ actor: editor, input: { title: "Flights" } });
  const a = await createSource({
    actor: editor,
    investigationId,
    input: { title: "Ministry", outlet: "Daily Ledger", url: "https://ledger.example/a", text: textA },
  });
  const b = await createSource({ actor: editor, investigationId, input: { title: "Logs", text: textB } });
  const on = (source: typeof a, text: string, phrase: string) =>
    createClaim({
      actor: editor,
      sourceId: source.id,
      sourceVersionId: source.currentVersionId,
      start: text.indexOf(phrase),
      end: text.indexOf(phrase) + phrase.length,
    });
  const approved = await on(a, textA, "261 people");
  const open = await on(b, textB, "238 Venezuelans");
  await createFact({ actor: editor, investigationId, title: "People flown", claimIds: [approved.id, open.id] });
  await addEvidence({ actor: reviewer, claimId: approved.id, fields: { url: "https://gov.example/list", stance: "refutes", quote: "238 on the list" } });
  await addComment({ actor: reviewer, claimId: approved.id, body: "MARKER-COMMENT" });
  await recordAssessment({ actor: reviewer, claimId: approved.id, verdictKey: "false", note: "MARKER-ASSESSMENT" });
  const reviewed = await updateClaimReview({
    actor: editor,
    id: approved.id,
    version: approved.version,
    changes: { verdictKey: "false", rationale: "The list says 238." },
  });
  // Four eyes: the verdict's author does not approve it; a second editor does.
  await updateClaimReview({
    actor: await createTestActor("editor"),
    id: approved.id,
    version: reviewed.version,
    changes: { status: "approved", assigneeId: reviewer.id, approvalNote: "MARKER-APPROVAL-NOTE" },
  });
  await updateClaimReview({ actor: editor, id: open.id, version: open.version, changes: { rationale: "MARKER-UNAPPROVED-RATIONALE" } });
  return { editor, reviewer, investigationId, a, b, approved, open };
}

describe("a public export document", () => {
  it("holds approved claims only, with statement, claimant and published address, and nothing about the desk", async () => {
    const { editor, reviewer, investigationId, a, approved } = await desk();
    const { version } = await getInvestigationById({ actor: editor, id: investigationId });
    await updateInvestigationPublishedUrl({ actor: editor, id: investigationId, version, publishedUrl: "https://factdesk.example/flights" });

    const doc = await getExportDocument({ actor: reviewer, audience: "public", scope: { investigationId }, workspaceUrl: "https://desk.example" });
    expect(doc.audience).toBe("public");
    expect(doc.workspaceUrl).toBeNull();
    expect(doc.sources.map((source) => source.id)).toEqual([a.id]); // the logs hold no approved claim
    expect(doc.claims).toEqual([
      expect.objectContaining({
        id: approved.id,
        url: null,
        statement: "“We sent 261 people,” the interior minister said on Monday.",
        claimant: null,
        publishedUrl: "https://factdesk.example/flights",
        anchorStatus: null,
        assignee: null,
        createdBy: null,
        approvedBy: null,
        comments: [],
        assessments: [],
        evidence: [expect.objectContaining({ url: "https://gov.example/list", createdBy: null })],
      }),
    ]);
    // The fact compares approved claims only: the open claim's words and figure stay in.
    expect(doc.facts.map((fact) => fact.rows.map((row) => row.claimId))).toEqual([[approved.id]]);
    expect(doc.facts[0]!.conflicts).toEqual([]);
    const json = JSON.stringify(doc);
    for (const marker of ["MARKER-", "https://desk.example", "238 Venezuelans", reviewer.name, editor.name]) expect(json).not.toContain(marker);
  });

  it("is the same whatever the reader's role, and an internal one still has everything", async () => {
    const { editor, reviewer, investigationId, approved } = await desk();
    const internal = await getExportDocument({ actor: editor, scope: { investigationId }, workspaceUrl: "https://desk.example" });
    expect(internal.audience).toBe("internal");
    expect(internal.claims).toHaveLength(2);
    const claim = internal.claims.find((c) => c.id === approved.id)!;
    expect(claim.comments.map((c) => c.body)).toEqual(["MARKER-COMMENT"]);
    expect(claim.assignee?.name).toBe(reviewer.name);
    expect(claim.publishedUrl).toBeNull();
    const asEditor = await getExportDocument({ actor: editor, audience: "public", scope: { investigationId }, workspaceUrl: "https://desk.example" });
    const asLink = await getExportDocument({ actor: null, audience: "public", scope: { investigationId }, workspaceUrl: "" });
    expect({ ...asLink, generatedAt: "" }).toEqual({ ...asEditor, generatedAt: "" });
  });
});

describe("a claim's publication fields", () => {
  it("are set, cleared and recorded in the history, and the claim's own address wins in exports", async () => {
    const { editor, investigationId, open } = await desk();
    const saved = await updateClaimPublication({
      actor: editor,
      id: open.id,
      version: (await getClaimPublication({ actor: editor, claimId: open.id })).version,
      changes: { statement: "The logs list 238 Venezuelans.", claimant: "Flight logs", publishedUrl: "https://factdesk.example/logs" },
    });
    expect(saved).toMatchObject({ statement: "The logs list 238 Venezuelans.", claimant: "Flight logs", publishedUrl: "https://factdesk.example/logs" });
    const cleared = await updateClaimPublication({ actor: editor, id: open.id, version: saved.version, changes: { claimant: null } });
    expect(cleared.claimant).toBeNull();
    expect(cleared.version).toBe(saved.version + 1);
    const history = await listClaimHistory({ actor: editor, claimId: open.id });
    expect(history.map((event) => event.action)).toEqual(
      expect.arrayContaining(["claim.statement-changed", "claim.claimant-changed", "claim.published-url-changed"]),
    );
    const doc = await getExportDocument({ actor: editor, scope: { investigationId }, workspaceUrl: "https://desk.example" });
    expect(doc.claims.find((c) => c.id === open.id)).toMatchObject({
      statement: "The logs list 238 Venezuelans.",
      publishedUrl: "https://factdesk.example/logs",
    });
  });

  it("suggest the quote's speaker as claimant and default the statement to the sentence", async () => {
    const { reviewer, approved, open } = await desk();
    const publication = await getClaimPublication({ actor: reviewer, claimId: approved.id });
    expect(publication.defaultStatement).toBe("“We sent 261 people,” the interior minister said on Monday.");
    expect(publication.suggestedClaimant).toEqual({ claimant: "the interior minister", from: "speaker" });
    expect((await getClaimPublication({ actor: reviewer, claimId: open.id })).suggestedClaimant).toBeNull(); // no quote, no outlet
  });

  it("are refused when stale, to a reviewer who may not set the verdict, and for the statement of an approved claim", async () => {
    const { editor, reviewer, approved, open } = await desk();
    await expect(updateClaimPublication({ actor: editor, id: open.id, version: 1, changes: { claimant: "x" } })).rejects.toMatchObject({ code: "CONFLICT" });
    const { version } = await getClaimPublication({ actor: editor, claimId: open.id });
    await expect(updateClaimPublication({ actor: reviewer, id: open.id, version, changes: { claimant: "x" } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const locked = await getClaimPublication({ actor: editor, claimId: approved.id });
    await expect(
      updateClaimPublication({ actor: editor, id: approved.id, version: locked.version, changes: { statement: "Other words." } }),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringContaining("reopen"),
    });
    // The address is known only once the fact-check is out: it stays open on an approved claim.
    const published = await updateClaimPublication({
      actor: editor,
      id: approved.id,
      version: locked.version,
      changes: { publishedUrl: "https://factdesk.example/261" },
    });
    expect(published.publishedUrl).toBe("https://factdesk.example/261");
  });

  it("change with review fields in one request, all or nothing", async () => {
    const { editor, open } = await desk();
    const { version } = await getClaimPublication({ actor: editor, claimId: open.id });
    await expect(
      updateClaimFields({ actor: editor, id: open.id, version, changes: { statement: "Saved?", verdictKey: "no-such-verdict" } }),
    ).rejects.toMatchObject({ code: "INVALID" });
    expect((await getClaimPublication({ actor: editor, claimId: open.id })).statement).toBeNull();
    await updateClaimFields({ actor: editor, id: open.id, version, changes: { statement: "Saved.", verdictKey: "true" } });
    expect(await getClaimPublication({ actor: editor, claimId: open.id })).toMatchObject({ statement: "Saved.", version: version + 2 });
  });
});

describe("an investigation's published address", () => {
  it("is set by editors at the version they saw", async () => {
    const { editor, reviewer, investigationId } = await desk();
    const { version } = await getInvestigationById({ actor: editor, id: investigationId });
    await expect(updateInvestigationPublishedUrl({ actor: reviewer, id: investigationId, version, publishedUrl: "https://x.example" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(
      updateInvestigationPublishedUrl({ actor: editor, id: investigationId, version: version + 5, publishedUrl: "https://x.example" }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect(await updateInvestigationPublishedUrl({ actor: editor, id: investigationId, version, publishedUrl: "https://x.example" })).toEqual({
      version: version + 1,
    });
    expect((await getInvestigationById({ actor: reviewer, id: investigationId })).publishedUrl).toBe("https://x.example");
  });
});
