import { eq, inArray } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { defaultRatingScale } from "@/lib/checking/rating-scale";
import { storedReadingOf } from "@/lib/quantities";
import { db, writeTransaction } from "../connection";
import { claims, sources } from "../schema";
import { createTestActor, installTestDatabase } from "../test-database";
import { createClaim } from "./claims";
import { createInvestigation, updateInvestigationSettings } from "./investigations";
import { rereadQuantitiesOfSource } from "./quantity-readings";
import { createSource } from "./sources";

beforeEach(async () => {
  await installTestDatabase();
});

const storedOf = async (id: string) =>
  (await db().select({ reading: claims.quantityReading, version: claims.version }).from(claims).where(eq(claims.id, id)))[0]!;

const settingsWithTolerance = (id: string, approximateTolerancePercent: number) => ({
  id,
  version: 1,
  ratingScale: [...defaultRatingScale],
  hidesOthersAssessments: false,
  approximateTolerancePercent,
});

describe("re-reading figures when an investigation's tolerance changes", () => {
  it("stores every claim's reading with the new tolerance, in this investigation only, without touching claim versions", async () => {
    const editor = await createTestActor("editor");
    const claimIn = async (investigationId: string) => {
      const text = "Officials said roughly 250 Venezuelans were flown out.";
      const source = await createSource({ actor: editor, investigationId, input: { title: "Flights", text } });
      const start = text.indexOf("roughly 250 Venezuelans");
      return createClaim({
        actor: editor,
        sourceId: source.id,
        sourceVersionId: source.currentVersionId,
        start,
        end: start + "roughly 250 Venezuelans".length,
      });
    };
    const changed = await createInvestigation({ actor: editor, input: { title: "Changed" } });
    const untouched = await createInvestigation({ actor: editor, input: { title: "Untouched" } });
    const claim = await claimIn(changed.id);
    const otherClaim = await claimIn(untouched.id);
    expect((await storedOf(claim.id)).reading).toEqual(storedReadingOf("roughly 250 Venezuelans", 0.1));

    await updateInvestigationSettings({ actor: editor, ...settingsWithTolerance(changed.id, 20) });

    const after = await storedOf(claim.id);
    expect(after.reading).toEqual(storedReadingOf("roughly 250 Venezuelans", 0.2));
    expect(after.reading).toMatchObject({ tolerance: 0.2, quantity: { low: 200, high: 300 } });
    expect(after.version).toBe(claim.version);
    expect((await storedOf(otherClaim.id)).reading).toEqual(storedReadingOf("roughly 250 Venezuelans", 0.1));
  });

  it("stores the reading of each of more claims than one update names, those without a figure and each with its own", async () => {
    const editor = await createTestActor("editor");
    const { id: investigationId } = await createInvestigation({ actor: editor, input: { title: "Many claims" } });
    const text = "Officials said roughly 250 Venezuelans were flown out.";
    const source = await createSource({ actor: editor, investigationId, input: { title: "Flights", text } });
    // 1,200 claims without a figure and 30 with their own figure: more claims than one UPDATE takes.
    const words = [...Array.from({ length: 1200 }, () => "were flown out"), ...Array.from({ length: 30 }, (_, index) => `roughly ${200 + index} people`)];
    const ids = await writeTransaction(async (tx) => {
      const inserted: string[] = [];
      for (let index = 0; index < words.length; index += 500) {
        const rows = await tx
          .insert(claims)
          .values(
            words.slice(index, index + 500).map((exact, offset) => ({
              sourceId: source.id,
              sourceVersionId: source.currentVersionId,
              exact,
              prefix: "",
              suffix: "",
              start: index + offset,
              end: index + offset + 1,
              createdBy: editor.id,
            })),
          )
          .returning({ id: claims.id });
        inserted.push(...rows.map((row) => row.id));
      }
      return inserted;
    });

    await updateInvestigationSettings({ actor: editor, ...settingsWithTolerance(investigationId, 20) });

    const stored = new Map<string, unknown>();
    for (let index = 0; index < ids.length; index += 500) {
      const rows = await db()
        .select({ id: claims.id, reading: claims.quantityReading })
        .from(claims)
        .where(inArray(claims.id, ids.slice(index, index + 500)));
      for (const row of rows) stored.set(row.id, row.reading);
    }
    expect(ids.map((id) => stored.get(id))).toEqual(words.map((exact) => storedReadingOf(exact, 0.2)));
  });
});

describe("figures read in the source's language", () => {
  const words = "unos 250 venezolanos";
  const text = `Según el ministerio, ${words} llegaron en los vuelos.`;

  async function spanishClaim(languageOfSource: string) {
    const editor = await createTestActor("editor");
    const { id: investigationId } = await createInvestigation({ actor: editor, input: { title: "Vuelos" } });
    const source = await createSource({ actor: editor, investigationId, input: { title: "Vuelos", text } });
    await writeTransaction(async (tx) => {
      await tx.update(sources).set({ language: languageOfSource }).where(eq(sources.id, source.id));
    });
    const start = text.indexOf(words);
    const claim = await createClaim({ actor: editor, sourceId: source.id, sourceVersionId: source.currentVersionId, start, end: start + words.length });
    return { editor, investigationId, source, claim };
  }

  it("reads a new claim on a Spanish source as Spanish", async () => {
    const { claim } = await spanishClaim("es");
    expect((await storedOf(claim.id)).reading).toEqual(storedReadingOf(words, 0.1, "es"));
    expect((await storedOf(claim.id)).reading).toMatchObject({
      language: "es",
      quantity: { hedge: "approximately", low: 225, high: 275, unit: "venezolanos" },
    });
  });

  it("reads a Spanish source's claims in Spanish again when the tolerance changes", async () => {
    const { editor, investigationId, claim } = await spanishClaim("es");
    await updateInvestigationSettings({ actor: editor, ...settingsWithTolerance(investigationId, 20) });
    expect((await storedOf(claim.id)).reading).toMatchObject({ language: "es", tolerance: 0.2, quantity: { hedge: "approximately", low: 200, high: 300 } });
  });

  it("reads a source's claims again in its new language", async () => {
    const { source, claim } = await spanishClaim("en");
    expect((await storedOf(claim.id)).reading).toMatchObject({ quantity: { hedge: "exact", low: 250, high: 250 } });
    const read = await writeTransaction(async (tx) => {
      await tx.update(sources).set({ language: "es" }).where(eq(sources.id, source.id));
      return rereadQuantitiesOfSource(tx, source.id, "es");
    });
    expect(read).toBe(1);
    expect((await storedOf(claim.id)).reading).toEqual(storedReadingOf(words, 0.1, "es"));
  });
});
