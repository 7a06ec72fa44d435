import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { writeTransaction } from "../connection";
import { sources } from "../schema";
import { createTestActor, installTestDatabase } from "../test-database";
import { listEventsBySubject } from "./events";
import { getExportDocument } from "./export";
import { updateInvestigationFromApi } from "./investigation-publication";
import { createInvestigation, getInvestigationById } from "./investigations";
import { createPublicLink, getPublicReportByToken } from "./public-links";
import { setInvestigationReportLanguage } from "./report-language-setting";
import { createSource } from "./sources";

beforeEach(async () => {
  await installTestDatabase();
});

async function desk() {
  const editor = await createTestActor("editor");
  const { id } = await createInvestigation({ actor: editor, input: { title: "Vuelos" } });
  const source = await createSource({ actor: editor, investigationId: id, input: { title: "Crónica", text: "Más de 200 venezolanos llegaron el domingo." } });
  return { editor, id, source };
}

describe("an investigation's report language", () => {
  it("is English until an editor chooses Spanish; the export then speaks it, and the change is in the history", async () => {
    const { editor, id } = await desk();
    const before = await getInvestigationById({ actor: editor, id });
    expect(before.reportLanguage).toBe("en");
    expect((await getExportDocument({ actor: editor, scope: { investigationId: id }, workspaceUrl: "http://x" })).language).toBe("en");

    expect(await setInvestigationReportLanguage({ actor: editor, id, version: before.version, reportLanguage: "es" })).toEqual({ version: before.version + 1 });
    expect((await getInvestigationById({ actor: editor, id })).reportLanguage).toBe("es");
    expect((await getExportDocument({ actor: editor, scope: { investigationId: id }, workspaceUrl: "http://x" })).language).toBe("es");
    const events = await listEventsBySubject({ subjectType: "investigation", subjectId: id });
    expect(events.filter((event) => event.action === "investigation.settings-changed").map((event) => event.data)).toEqual([{ reportLanguage: ["en", "es"] }]);
  });

  it("is the editors' to change, at the version they saw", async () => {
    const { id } = await desk();
    const reviewer = await createTestActor("reviewer");
    await expect(setInvestigationReportLanguage({ actor: reviewer, id, version: 1, reportLanguage: "es" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const editor = await createTestActor("editor");
    await expect(setInvestigationReportLanguage({ actor: editor, id, version: 99, reportLanguage: "es" })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(setInvestigationReportLanguage({ actor: editor, id: "missing", version: 1, reportLanguage: "es" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("is saved together with the published address by the API's change", async () => {
    const { editor, id } = await desk();
    const { version } = await getInvestigationById({ actor: editor, id });
    expect(await updateInvestigationFromApi({ actor: editor, id, version, publishedUrl: "https://factdesk.example/vuelos", reportLanguage: "es" })).toEqual({
      version: version + 2,
    });
    const after = await getInvestigationById({ actor: editor, id });
    expect([after.publishedUrl, after.reportLanguage]).toEqual(["https://factdesk.example/vuelos", "es"]);
    // Only the language: the address stays.
    await updateInvestigationFromApi({ actor: editor, id, version: after.version, reportLanguage: "en" });
    const last = await getInvestigationById({ actor: editor, id });
    expect([last.publishedUrl, last.reportLanguage]).toEqual(["https://factdesk.example/vuelos", "en"]);
  });

  it("is the language of the public report behind a public link", async () => {
    const { editor, id } = await desk();
    const { version } = await getInvestigationById({ actor: editor, id });
    await setInvestigationReportLanguage({ actor: editor, id, version, reportLanguage: "es" });
    const { token } = await createPublicLink({ actor: editor, investigationId: id, expiresInDays: 7 });
    const { doc } = await getPublicReportByToken({ token });
    expect([doc.audience, doc.language]).toEqual(["public", "es"]);
  });

  it("sends each source's language into the export", async () => {
    const { editor, id, source } = await desk();
    await writeTransaction(async (tx) => {
      await tx.update(sources).set({ language: "es" }).where(eq(sources.id, source.id));
    });
    const doc = await getExportDocument({ actor: editor, scope: { investigationId: id }, workspaceUrl: "http://x" });
    expect(doc.sources.map((s) => s.language)).toEqual(["es"]);
  });
});
