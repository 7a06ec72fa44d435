import { beforeEach, describe, expect, it } from "vitest";
import { isAppError } from "@/lib/errors";
import { fieldErrorsOf } from "@/lib/validation/field-errors";
import { SourceDetailsInput } from "@/lib/validation/source";
import { createTestActor, installTestDatabase } from "../test-database";
import { listEventsBySubject } from "./events";
import { createInvestigation } from "./investigations";
import { updateSourceDetails } from "./source-details";
import { createSource, getSourceById } from "./sources";

beforeEach(async () => {
  await installTestDatabase();
});

async function world() {
  const editor = await createTestActor("editor");
  const creator = await createTestActor("reviewer");
  const otherReviewer = await createTestActor("reviewer");
  const investigationId = (await createInvestigation({ actor: editor, input: { title: "Flights to CECOT" } })).id;
  const source = await createSource({
    actor: creator,
    investigationId,
    input: { title: "Flights land", outlet: "Wire", text: "Roughly 250 Venezuelans were flown to CECOT." },
  });
  return { editor, creator, otherReviewer, sourceId: source.id };
}

const details = (fields: Record<string, string>) =>
  SourceDetailsInput.parse({ title: "Flights land", outlet: "Wire", url: "", publishedAt: "", version: "1", ...fields });

describe("editing a source's details", () => {
  it("lets the source's creator change the outlet and date, bumps the version and records old → new per field", async () => {
    const { creator, sourceId } = await world();
    const saved = await updateSourceDetails({ actor: creator, id: sourceId, input: details({ outlet: "El Faro", publishedAt: "2025-03-16" }) });
    expect(saved).toEqual({ title: "Flights land", outlet: "El Faro", url: null, publishedAt: "2025-03-16", language: "en", version: 2 });
    const source = await getSourceById({ actor: creator, id: sourceId });
    expect({ outlet: source.outlet, publishedAt: source.publishedAt, version: source.version }).toEqual({
      outlet: "El Faro",
      publishedAt: "2025-03-16",
      version: 2,
    });
    const event = (await listEventsBySubject({ subjectType: "source", subjectId: sourceId }))[0]!;
    expect(event.action).toBe("source.details-changed");
    expect(event.investigationId).toBe(source.investigation.id);
    expect(event.data).toEqual({ outlet: ["Wire", "El Faro"], publishedAt: [null, "2025-03-16"] });
  });

  it("lets any editor change them, and refuses another reviewer, writing nothing", async () => {
    const { editor, otherReviewer, sourceId } = await world();
    await expect(updateSourceDetails({ actor: otherReviewer, id: sourceId, input: details({ title: "Mine" }) })).rejects.toThrowError(
      /Only the person who added this source, or an editor/,
    );
    expect((await getSourceById({ actor: editor, id: sourceId })).title).toBe("Flights land");
    expect((await listEventsBySubject({ subjectType: "source", subjectId: sourceId })).map((event) => event.action)).toEqual(["source.created"]);
    expect(
      (
        await updateSourceDetails({
          actor: editor,
          id: sourceId,
          input: details({ title: "Flights land in El Salvador", url: "https://wire.example/flights" }),
        })
      ).version,
    ).toBe(2);
  });

  it("refuses a save from a stale version with the other person's values, and keeps theirs", async () => {
    const { editor, creator, sourceId } = await world();
    await updateSourceDetails({ actor: creator, id: sourceId, input: details({ outlet: "El Faro" }) });
    let caught: unknown;
    try {
      await updateSourceDetails({ actor: editor, id: sourceId, input: details({ outlet: "Reuters" }) });
    } catch (error) {
      caught = error;
    }
    expect(isAppError(caught) && caught.code).toBe("CONFLICT");
    expect(isAppError(caught) && caught.fields).toEqual({ version: "2", title: "Flights land", outlet: "El Faro", url: "", publishedAt: "", language: "en" });
    expect((await getSourceById({ actor: editor, id: sourceId })).outlet).toBe("El Faro");
    // Saving again on the version the conflict reported replaces theirs deliberately.
    expect((await updateSourceDetails({ actor: editor, id: sourceId, input: details({ outlet: "Reuters", version: "2" }) })).outlet).toBe("Reuters");
  });

  it("writes nothing (no version, no history) when nothing changed", async () => {
    const { creator, sourceId } = await world();
    expect((await updateSourceDetails({ actor: creator, id: sourceId, input: details({}) })).version).toBe(1);
    expect(await listEventsBySubject({ subjectType: "source", subjectId: sourceId })).toHaveLength(1);
  });

  it("reports a missing source as NOT_FOUND", async () => {
    const { editor } = await world();
    await expect(updateSourceDetails({ actor: editor, id: "no-such-source", input: details({}) })).rejects.toThrowError(/does not exist/);
  });
});

describe("SourceDetailsInput", () => {
  it("names the field that is wrong: an address that is not a web address, a day that does not exist, a blank title", async () => {
    const result = SourceDetailsInput.safeParse({ title: " ", outlet: "", url: "ftp://x", publishedAt: "2025-02-30", version: "3" });
    expect(result.success).toBe(false);
    expect(fieldErrorsOf(result.error!)).toEqual({
      title: "The title is required.",
      url: "Enter a full web address starting with http:// or https://.",
      publishedAt: "That day does not exist in the calendar.",
    });
  });
});
