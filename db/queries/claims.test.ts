import { beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { storedReadingOf } from "@/lib/quantities";
import { db, writeTransaction } from "../connection";
import { claims } from "../schema";
import { createTestActor, installTestDatabase } from "../test-database";
import { createClaim, createClaimFromSelector, deleteClaim, listClaimsBySource, updateClaimSpan } from "./claims";
import { listEventsBySubject } from "./events";
import { createInvestigation } from "./investigations";
import { createSource, createSourceVersion } from "./sources";

const text = "Officials counted over 200 deportees. A later count said 238 Venezuelans.";

async function setUp() {
  const editor = await createTestActor("editor");
  const reviewer = await createTestActor("reviewer");
  const { id: investigationId } = await createInvestigation({ actor: editor, input: { title: "Flights" } });
  const source = await createSource({ actor: editor, investigationId, input: { title: "Wire", text } });
  return { editor, reviewer, source };
}

beforeEach(async () => {
  await installTestDatabase();
});

describe("claims", () => {
  it("stores both W3C selectors, trimmed to whole words, and records who made it", async () => {
    const { reviewer, source } = await setUp();
    const claim = await createClaim({ actor: reviewer, sourceId: source.id, sourceVersionId: source.currentVersionId, start: 17, end: 37 });
    expect(claim.selectors).toEqual({
      quote: { type: "TextQuoteSelector", exact: "over 200 deportees.", prefix: "Officials counted ", suffix: " A later count said 238 Venezuel" },
      position: { type: "TextPositionSelector", start: 18, end: 37 },
    });
    expect((await listEventsBySubject({ subjectType: "claim", subjectId: claim.id }))[0]).toMatchObject({ action: "claim.created", actorId: reviewer.id });
  });

  it("never stores half a character: offsets inside a surrogate pair or a flag are widened to whole graphemes (plan T35)", async () => {
    const { editor } = await setUp();
    const { id: investigationId } = await createInvestigation({ actor: editor, input: { title: "Emoji" } });
    const emojiText = "Crowds waved 🇻🇪 flags; officials said 😀 250 arrived.";
    const source = await createSource({ actor: editor, investigationId, input: { title: "Wire", text: emojiText } });
    const flag = emojiText.indexOf("🇻🇪");
    // start in the middle of the first regional indicator's surrogate pair, end inside the second
    const claim = await createClaim({ actor: editor, sourceId: source.id, sourceVersionId: source.currentVersionId, start: flag + 1, end: flag + 3 });
    expect(claim.selectors.quote.exact).toBe("🇻🇪");
    expect(claim.selectors.position).toMatchObject({ start: flag, end: flag + 4 });
    const smiley = emojiText.indexOf("😀");
    const split = await createClaim({ actor: editor, sourceId: source.id, sourceVersionId: source.currentVersionId, start: smiley + 1, end: smiley + 6 });
    expect(split.selectors.quote.exact).toBe("😀 250");
    for (const { selectors } of [claim, split]) expect(selectors.quote.exact.isWellFormed()).toBe(true);
  });

  it("refuses a second claim on exactly the same words", async () => {
    const { reviewer, editor, source } = await setUp();
    await createClaim({ actor: reviewer, sourceId: source.id, sourceVersionId: source.currentVersionId, start: 18, end: 36 });
    await expect(createClaim({ actor: editor, sourceId: source.id, sourceVersionId: source.currentVersionId, start: 18, end: 37 })).resolves.toBeDefined();
    await expect(createClaim({ actor: editor, sourceId: source.id, sourceVersionId: source.currentVersionId, start: 17, end: 36 })).rejects.toThrowError(
      /already a claim/,
    );
  });

  it("makes one claim when two people highlight the same words at the same moment", async () => {
    const { reviewer, editor, source } = await setUp();
    const highlight = (actor: typeof editor) => createClaim({ actor, sourceId: source.id, sourceVersionId: source.currentVersionId, start: 18, end: 36 });
    let made!: () => void;
    let release!: () => void;
    const firstMade = new Promise<void>((resolve) => (made = resolve));
    const released = new Promise<void>((resolve) => (release = resolve));
    // The first highlight has written its claim but not yet committed when the second one checks for it.
    const first = writeTransaction(async () => {
      await highlight(reviewer);
      made();
      await released;
    });
    await firstMade;
    const second = highlight(editor);
    await new Promise((resolve) => setTimeout(resolve, 100));
    release();
    await first;
    await expect(second).rejects.toThrowError(/already a claim/);
    expect(await listClaimsBySource({ actor: editor, sourceId: source.id })).toHaveLength(1);
  });

  it("refuses an empty selection and a selection made on an older version", async () => {
    const { reviewer, editor, source } = await setUp();
    await expect(createClaim({ actor: reviewer, sourceId: source.id, sourceVersionId: source.currentVersionId, start: 9, end: 10 })).rejects.toThrowError(
      /Select some words/,
    );
    await createSourceVersion({ actor: editor, sourceId: source.id, text: `Update: ${text}` });
    await expect(createClaim({ actor: reviewer, sourceId: source.id, sourceVersionId: source.currentVersionId, start: 18, end: 37 })).rejects.toThrowError(
      expect.objectContaining({ code: "CONFLICT" }),
    );
  });

  it("re-anchors claims on a new version and lists one whose words are gone as an orphan", async () => {
    const editor = await createTestActor("editor");
    const { id: investigationId } = await createInvestigation({ actor: editor, input: { title: "Flights" } });
    const original = "Officials counted over 200 deportees on Sunday at the airport. Much later, a count said 238 Venezuelans.";
    const source = await createSource({ actor: editor, investigationId, input: { title: "Wire", text: original } });
    const spanOf = (phrase: string) => ({ start: original.indexOf(phrase), end: original.indexOf(phrase) + phrase.length });
    await createClaim({ actor: editor, sourceId: source.id, sourceVersionId: source.currentVersionId, ...spanOf("over 200 deportees") });
    await createClaim({ actor: editor, sourceId: source.id, sourceVersionId: source.currentVersionId, ...spanOf("238 Venezuelans") });
    const edited = "Breaking. Officials counted over 200 deportees on Sunday at the airport. Much later, no count was given.";
    await createSourceVersion({ actor: editor, sourceId: source.id, text: edited });
    const [moved, orphan] = await listClaimsBySource({ actor: editor, sourceId: source.id });
    expect(moved!.anchor).toMatchObject({ status: "moved", start: edited.indexOf("over 200"), end: edited.indexOf("over 200") + 18 });
    expect(orphan!.anchor.status).toBe("orphan");
    expect(orphan!.selectors.quote.exact).toBe("238 Venezuelans");
  });

  it("lets the creator or an editor delete or re-select a claim, and nobody else", async () => {
    const { editor, reviewer, source } = await setUp();
    const other = await createTestActor("reviewer");
    const claim = await createClaim({ actor: reviewer, sourceId: source.id, sourceVersionId: source.currentVersionId, start: 18, end: 36 });
    await expect(deleteClaim({ actor: other, id: claim.id })).rejects.toThrowError(/Only editors/);
    const moved = await updateClaimSpan({ actor: reviewer, id: claim.id, version: 1, sourceVersionId: source.currentVersionId, start: 57, end: 72 });
    expect(moved).toMatchObject({ version: 2, selectors: { quote: { exact: "238 Venezuelans" } } });
    expect((await listEventsBySubject({ subjectType: "claim", subjectId: claim.id }))[0]).toMatchObject({
      action: "claim.span-changed",
      data: { exact: ["over 200 deportees", "238 Venezuelans"] },
    });
    await expect(
      updateClaimSpan({ actor: editor, id: claim.id, version: 1, sourceVersionId: source.currentVersionId, start: 18, end: 36 }),
    ).rejects.toThrowError(expect.objectContaining({ code: "CONFLICT" }));
    await deleteClaim({ actor: editor, id: claim.id, version: 2 });
    expect(await listClaimsBySource({ actor: editor, sourceId: source.id })).toEqual([]);
    expect((await listEventsBySubject({ subjectType: "claim", subjectId: claim.id }))[0]).toMatchObject({ action: "claim.deleted", actorId: editor.id });
  });

  it("creates a claim from an integration's selector, or refuses one that does not anchor", async () => {
    const { editor, source } = await setUp();
    expect((await createClaimFromSelector({ actor: editor, sourceId: source.id, selector: { exact: "238 Venezuelans" } })).anchor).toMatchObject({
      start: 57,
      end: 72,
    });
    await expect(createClaimFromSelector({ actor: editor, sourceId: source.id, selector: { exact: "261 people" } })).rejects.toThrowError(
      expect.objectContaining({ code: "INVALID" }),
    );
  });
});

describe("stored figure readings", () => {
  const readingOf = async (id: string) => (await db().select({ reading: claims.quantityReading }).from(claims).where(eq(claims.id, id)))[0]?.reading;

  it("are written when a claim is made and when it is re-selected, with the investigation's tolerance", async () => {
    const { editor, source } = await setUp();
    const claim = await createClaim({ actor: editor, sourceId: source.id, sourceVersionId: source.currentVersionId, start: 18, end: 36 });
    expect(await readingOf(claim.id)).toEqual(storedReadingOf("over 200 deportees", 0.1));
    await updateClaimSpan({ actor: editor, id: claim.id, version: 1, sourceVersionId: source.currentVersionId, start: 57, end: 72 });
    expect(await readingOf(claim.id)).toEqual(storedReadingOf("238 Venezuelans", 0.1));
  });
});
