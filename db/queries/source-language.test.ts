import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import type { LanguageCode } from "@/lib/languages";
import { storedReadingOf } from "@/lib/quantities/stored-reading";
import { SourceDetailsInput } from "@/lib/validation/source";
import { db } from "../connection";
import { claims, investigations } from "../schema";
import { createTestActor, installTestDatabase } from "../test-database";
import { createClaimFromSelector } from "./claims";
import { listEventsBySubject } from "./events";
import { createFact, getClaimQuantity, getFactById } from "./facts";
import { importAnnotations } from "./import-annotations";
import { createInvestigation, getInvestigationById } from "./investigations";
import { updateSourceDetails } from "./source-details";
import { createSource, getSourceById, updateSourceText } from "./sources";

beforeEach(async () => {
  await installTestDatabase();
});

const spanish = "Más de 200 deportados llegaron el domingo a El Salvador; la lista oficial recoge a 238 venezolanos y a una veintena de salvadoreños.";
const english = "Officials said on Sunday that over 200 deportees had landed, among them roughly 250 Venezuelans, and that 40% of them had no record.";

async function world() {
  const editor = await createTestActor("editor");
  const investigationId = (await createInvestigation({ actor: editor, input: { title: "Flights" } })).id;
  const add = async (title: string, text: string, language?: LanguageCode) =>
    (await createSource({ actor: editor, investigationId, input: { title, text, language } })).id;
  return { editor, investigationId, add };
}

describe("a source's language", () => {
  it("is detected from the text when the source is added, and stored", async () => {
    const { editor, add } = await world();
    expect((await getSourceById({ actor: editor, id: await add("El Cauce", spanish) })).language).toBe("es");
    expect((await getSourceById({ actor: editor, id: await add("Wire", english) })).language).toBe("en");
  });

  it("is the one given when one is given, whatever the text", async () => {
    const { editor, add } = await world();
    const id = await add("A Portuguese page quoting English", english, "pt");
    expect((await getSourceById({ actor: editor, id })).language).toBe("pt");
    expect((await listEventsBySubject({ subjectType: "source", subjectId: id }))[0]!.data).toMatchObject({ language: "pt" });
  });

  it("falls back to the investigation's report language when the text is too short to tell", async () => {
    const { editor, investigationId, add } = await world();
    expect((await getSourceById({ actor: editor, id: await add("A figure", "238") })).language).toBe("en");
    await db().update(investigations).set({ reportLanguage: "es" }).where(eq(investigations.id, investigationId));
    expect((await getSourceById({ actor: editor, id: await add("Una cifra", "Sí, 238.") })).language).toBe("es");
  });

  it("is detected for a source an annotation import creates from the text the file embeds", async () => {
    const { editor, investigationId } = await world();
    const source = { url: null, title: null, outlet: null, publishedAt: null };
    const summary = await importAnnotations({
      actor: editor,
      investigationId,
      plan: {
        sources: [
          { ...source, key: "urn:es", text: spanish, language: null },
          { ...source, key: "urn:en", text: english, language: null },
        ],
        annotations: [],
        skipped: [],
      },
    });
    expect(summary.sources.created).toBe(2);
    const listed = await getInvestigationById({ actor: editor, id: investigationId });
    expect(listed.sources.map((row) => row.language).sort()).toEqual(["en", "es"]);
  });

  it("is changed in the details, recorded old → new, kept when left out, and not detected again on a new text", async () => {
    const { editor, investigationId, add } = await world();
    const id = await add("Wire", english);
    const details = (fields: Record<string, string>) => SourceDetailsInput.parse({ title: "Wire", outlet: "", url: "", publishedAt: "", ...fields });
    expect(await updateSourceDetails({ actor: editor, id, input: details({ language: "es", version: "1" }) })).toMatchObject({ language: "es", version: 2 });
    expect((await listEventsBySubject({ subjectType: "source", subjectId: id }))[0]!.data).toEqual({ language: ["en", "es"] });
    expect(await updateSourceDetails({ actor: editor, id, input: details({ outlet: "Harbour", version: "2" }) })).toMatchObject({ language: "es", version: 3 });
    await updateSourceText({ actor: editor, sourceId: id, text: `${english} More lines in English, read by nobody's detector.` });
    expect((await getSourceById({ actor: editor, id })).language).toBe("es");
    const listed = await getInvestigationById({ actor: editor, id: investigationId });
    expect(listed.sources.map((source) => source.language)).toEqual(["es"]);
  });

  it("has its claims' figures read again in the new language when it changes", async () => {
    const { editor, add } = await world();
    const id = await add("Cable", "Llegaron unos 250 venezolanos al penal.", "en");
    const source = await getSourceById({ actor: editor, id });
    const claim = await createClaimFromSelector({ actor: editor, sourceId: id, selector: { exact: "unos 250 venezolanos" } });
    // Read as English, "unos" is no hedge: exactly 250.
    expect((await getClaimQuantity({ actor: editor, claimId: claim.id })).quantity).toMatchObject({ low: 250, high: 250 });
    const details = SourceDetailsInput.parse({ title: source.title, outlet: "", url: "", publishedAt: "", language: "es", version: String(source.version) });
    await updateSourceDetails({ actor: editor, id, input: details });
    expect((await getClaimQuantity({ actor: editor, claimId: claim.id })).quantity).toMatchObject({ low: 225, high: 275, hedge: "approximately" });
    // Stored read again, in the same change, so every reader of the claim sees the Spanish figure.
    const [stored] = await db().select({ reading: claims.quantityReading }).from(claims).where(eq(claims.id, claim.id));
    expect(stored!.reading).toEqual(storedReadingOf("unos 250 venezolanos", 0.1, "es"));
  });
});

describe("a fact's comparisons across languages", () => {
  it("compares Spanish and English figures counting the same thing, and says which pairs were not compared and why", async () => {
    const { editor, investigationId, add } = await world();
    const [es, en] = [await add("El Cauce", spanish), await add("Wire", english)];
    const claim = async (sourceId: string, exact: string) => (await createClaimFromSelector({ actor: editor, sourceId, selector: { exact } })).id;
    const ids = {
      venezolanos: await claim(es, "238 venezolanos"),
      roughly: await claim(en, "roughly 250 Venezuelans"),
      deportees: await claim(en, "over 200 deportees"),
      share: await claim(en, "40% of them"),
      noFigure: await claim(en, "Officials said on Sunday"),
    };
    const fact = await createFact({ actor: editor, investigationId, title: "Who was flown", claimIds: Object.values(ids) });
    const detail = await getFactById({ actor: editor, id: fact.id });
    expect(detail.comparisons).toHaveLength(10);
    const name = new Map(Object.entries(ids).map(([key, id]) => [id, key]));
    const results = Object.fromEntries(
      detail.comparisons.map(({ a, b, result, why }) => [[name.get(a), name.get(b)].sort().join("/"), `${result} ${why.code}`]),
    );
    expect(results).toEqual({
      "roughly/venezolanos": "consistent canBothHold",
      "deportees/venezolanos": "not-compared differentThings",
      "share/venezolanos": "not-compared differentUnits",
      "noFigure/venezolanos": "not-compared noFigure",
      "deportees/roughly": "not-compared differentThings",
      "roughly/share": "not-compared differentUnits",
      "noFigure/roughly": "not-compared noFigure",
      "deportees/share": "not-compared differentUnits",
      "deportees/noFigure": "not-compared noFigure",
      "noFigure/share": "not-compared noFigure",
    });
    expect(detail.conflicts).toEqual([]);
  });

  it("finds a conflict between a Spanish and an English claim about the same count", async () => {
    const { editor, investigationId, add } = await world();
    const es = await add("El Cauce", spanish);
    const en = await add("Ledger", "The presidency said more than 250 Venezuelans arrived at the prison on Sunday night.");
    const claimIds = [
      (await createClaimFromSelector({ actor: editor, sourceId: es, selector: { exact: "238 venezolanos" } })).id,
      (await createClaimFromSelector({ actor: editor, sourceId: en, selector: { exact: "more than 250 Venezuelans" } })).id,
    ];
    const fact = await createFact({ actor: editor, investigationId, title: "Venezuelans", claimIds });
    const detail = await getFactById({ actor: editor, id: fact.id });
    expect(detail.conflicts.map(({ reason }) => reason)).toEqual(["238 is not more than 250"]);
    expect(detail.comparisons.map(({ result }) => result)).toEqual(["conflict"]);
  });
});
