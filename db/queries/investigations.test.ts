import { beforeEach, describe, expect, it } from "vitest";
import { createTestActor, installTestDatabase } from "../test-database";
import { listEventsBySubject } from "./events";
import { createInvestigation, deleteInvestigation, getInvestigationById, listInvestigations, renameInvestigation } from "./investigations";
import { createSource, createSourceVersion, getSourceById } from "./sources";

beforeEach(async () => {
  await installTestDatabase();
});

const pasted = { title: "Flights land", text: "Roughly 250 Venezuelans\r\nwere flown to CECOT." };

describe("investigations", () => {
  it("lists investigations with their number of sources", async () => {
    const editor = await createTestActor("editor");
    const { id } = await createInvestigation({ actor: editor, input: { title: "Flights to CECOT" } });
    await createInvestigation({ actor: editor, input: { title: "Empty one" } });
    await createSource({ actor: editor, investigationId: id, input: pasted });
    await createSource({ actor: editor, investigationId: id, input: { ...pasted, title: "Second" } });
    const listed = await listInvestigations({ actor: editor });
    expect(listed.map(({ title, sourceCount }) => ({ title, sourceCount }))).toEqual(
      expect.arrayContaining([
        { title: "Flights to CECOT", sourceCount: 2 },
        { title: "Empty one", sourceCount: 0 },
      ]),
    );
  });

  it("refuses reviewers who try to create, rename or delete", async () => {
    const editor = await createTestActor("editor");
    const reviewer = await createTestActor("reviewer");
    const { id } = await createInvestigation({ actor: editor, input: { title: "Flights" } });
    await expect(createInvestigation({ actor: reviewer, input: { title: "Mine" } })).rejects.toThrowError(/Only editors/);
    await expect(renameInvestigation({ actor: reviewer, id, input: { title: "x", version: 1 } })).rejects.toThrowError(/Only editors/);
    await expect(deleteInvestigation({ actor: reviewer, id })).rejects.toThrowError(/Only editors/);
    expect((await getInvestigationById({ actor: reviewer, id })).title).toBe("Flights");
  });

  it("refuses a rename from a stale version and reports the other title", async () => {
    const editor = await createTestActor("editor");
    const other = await createTestActor("editor");
    const { id } = await createInvestigation({ actor: editor, input: { title: "Flights" } });
    await renameInvestigation({ actor: other, id, input: { title: "Flights to CECOT", version: 1 } });
    await expect(renameInvestigation({ actor: editor, id, input: { title: "Deportation flights", version: 1 } })).rejects.toThrowError(
      expect.objectContaining({ code: "CONFLICT", fields: { title: "Flights to CECOT", version: "2" } }),
    );
    expect((await getInvestigationById({ actor: editor, id })).title).toBe("Flights to CECOT");
    const [renamed] = await listEventsBySubject({ subjectType: "investigation", subjectId: id });
    expect(renamed).toMatchObject({ actorId: other.id, data: { title: ["Flights", "Flights to CECOT"] } });
  });

  it("deletes an investigation with its sources", async () => {
    const editor = await createTestActor("editor");
    const { id } = await createInvestigation({ actor: editor, input: { title: "Flights" } });
    const source = await createSource({ actor: editor, investigationId: id, input: pasted });
    await deleteInvestigation({ actor: editor, id });
    await expect(getInvestigationById({ actor: editor, id })).rejects.toThrowError(expect.objectContaining({ code: "NOT_FOUND" }));
    await expect(getSourceById({ actor: editor, id: source.id })).rejects.toThrowError(expect.objectContaining({ code: "NOT_FOUND" }));
  });
});

describe("sources", () => {
  it("stores pasted text canonicalised, as version 1 with its sha256", async () => {
    const reviewer = await createTestActor("reviewer");
    const editor = await createTestActor("editor");
    const { id: investigationId } = await createInvestigation({ actor: editor, input: { title: "Flights" } });
    const { id } = await createSource({ actor: reviewer, investigationId, input: { ...pasted, text: "Cafe\u0301 claims\r\nover 200" } });
    const source = await getSourceById({ actor: reviewer, id });
    expect(source.currentVersion).toMatchObject({ number: 1, text: "Café claims\nover 200" });
    expect(source.currentVersion.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("keeps versions immutable: a new text makes version 2, the same text makes nothing", async () => {
    const editor = await createTestActor("editor");
    const { id: investigationId } = await createInvestigation({ actor: editor, input: { title: "Flights" } });
    const { id, currentVersionId } = await createSource({ actor: editor, investigationId, input: pasted });
    expect(await createSourceVersion({ actor: editor, sourceId: id, text: pasted.text })).toMatchObject({ id: currentVersionId, isNew: false });
    const second = await createSourceVersion({ actor: editor, sourceId: id, text: "Roughly 250 Venezuelans were flown." });
    expect(second).toMatchObject({ number: 2, isNew: true });
    expect((await getSourceById({ actor: editor, id })).currentVersion.id).toBe(second.id);
  });

  it("refuses a source for an investigation that does not exist, writing nothing", async () => {
    const editor = await createTestActor("editor");
    await expect(createSource({ actor: editor, investigationId: "missing", input: pasted })).rejects.toThrowError(
      expect.objectContaining({ code: "NOT_FOUND" }),
    );
    expect(await listInvestigations({ actor: editor })).toEqual([]);
  });
});

describe("verdict scale", () => {
  it("lets an editor rename and extend the scale but not remove a verdict that claims use", async () => {
    const { createClaim } = await import("./claims");
    const { updateClaimReview } = await import("./claim-review");
    const { updateInvestigationSettings, getInvestigationById: read } = await import("./investigations");
    const editor = await createTestActor("editor");
    const { id } = await createInvestigation({ actor: editor, input: { title: "Flights" } });
    const source = await createSource({ actor: editor, investigationId: id, input: pasted });
    const claim = await createClaim({ actor: editor, sourceId: source.id, sourceVersionId: source.currentVersionId, start: 0, end: 11 });
    await updateClaimReview({ actor: editor, id: claim.id, version: 1, changes: { verdictKey: "mixed" } });
    const scale = (await read({ actor: editor, id })).ratingScale.map((rating) => ({ ...rating }));
    await expect(
      updateInvestigationSettings({ actor: editor, id, version: 1, ratingScale: scale.filter((r) => r.key !== "mixed"), hidesOthersAssessments: true }),
    ).rejects.toThrowError(/“Mixed” is the verdict of 1 claim/);
    scale.find((r) => r.key === "mixed")!.label = "Half true";
    await updateInvestigationSettings({
      actor: editor,
      id,
      version: 1,
      ratingScale: [...scale, { key: "needs-context", label: "Needs context", ratingValue: 3 }],
      hidesOthersAssessments: false,
    });
    expect(await read({ actor: editor, id })).toMatchObject({
      hidesOthersAssessments: false,
      ratingScale: expect.arrayContaining([{ key: "mixed", label: "Half true", ratingValue: 3 }]),
    });
  });
});
