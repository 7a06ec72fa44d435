import { beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { storedReadingOf } from "@/lib/quantities";
import { db } from "../connection";
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
  const { id: investigationId } = createInvestigation({ actor: editor, input: { title: "Flights" } });
  const source = createSource({ actor: editor, investigationId, input: { title: "Wire", text } });
  return { editor, reviewer, source };
}

beforeEach(() => {
  installTestDatabase();
});

describe("claims", () => {
  it("stores both W3C selectors, trimmed to whole words, and records who made it", async () => {
    const { reviewer, source } = await setUp();
    const claim = createClaim({ actor: reviewer, sourceId: source.id, sourceVersionId: source.currentVersionId, start: 17, end: 37 });
    expect(claim.selectors).toEqual({
      quote: { type: "TextQuoteSelector", exact: "over 200 deportees.", prefix: "Officials counted ", suffix: " A later count said 238 Venezuel" },
      position: { type: "TextPositionSelector", start: 18, end: 37 },
    });
    expect(listEventsBySubject({ subjectType: "claim", subjectId: claim.id })[0]).toMatchObject({ action: "claim.created", actorId: reviewer.id });
  });

  it("never stores half a character: offsets inside a surrogate pair or a flag are widened to whole graphemes (plan T35)", async () => {
    const { editor } = await setUp();
    const { id: investigationId } = createInvestigation({ actor: editor, input: { title: "Emoji" } });
    const emojiText = "Crowds waved 🇻🇪 flags; officials said 😀 250 arrived.";
    const source = createSource({ actor: editor, investigationId, input: { title: "Wire", text: emojiText } });
    const flag = emojiText.indexOf("🇻🇪");
    // start in the middle of the first regional indicator's surrogate pair, end inside the second
    const claim = createClaim({ actor: editor, sourceId: source.id, sourceVersionId: source.currentVersionId, start: flag + 1, end: flag + 3 });
    expect(claim.selectors.quote.exact).toBe("🇻🇪");
    expect(claim.selectors.position).toMatchObject({ start: flag, end: flag + 4 });
    const smiley = emojiText.indexOf("😀");
    const split = createClaim({ actor: editor, sourceId: source.id, sourceVersionId: source.currentVersionId, start: smiley + 1, end: smiley + 6 });
    expect(split.selectors.quote.exact).toBe("😀 250");
    for (const { selectors } of [claim, split]) expect(selectors.quote.exact.isWellFormed()).toBe(true);
  });

  it("refuses a second claim on exactly the same words", async () => {
    const { reviewer, editor, source } = await setUp();
    createClaim({ actor: reviewer, sourceId: source.id, sourceVersionId: source.currentVersionId, start: 18, end: 36 });
    expect(() => createClaim({ actor: editor, sourceId: source.id, sourceVersionId: source.currentVersionId, start: 18, end: 37 })).not.toThrow();
    expect(() => createClaim({ actor: editor, sourceId: source.id, sourceVersionId: source.currentVersionId, start: 17, end: 36 })).toThrowError(
      /already a claim/,
    );
  });

  it("refuses an empty selection and a selection made on an older version", async () => {
    const { reviewer, editor, source } = await setUp();
    expect(() => createClaim({ actor: reviewer, sourceId: source.id, sourceVersionId: source.currentVersionId, start: 9, end: 10 })).toThrowError(
      /Select some words/,
    );
    await createSourceVersion({ actor: editor, sourceId: source.id, text: `Update: ${text}` });
    expect(() => createClaim({ actor: reviewer, sourceId: source.id, sourceVersionId: source.currentVersionId, start: 18, end: 37 })).toThrowError(
      expect.objectContaining({ code: "CONFLICT" }),
    );
  });

  it("re-anchors claims on a new version and lists one whose words are gone as an orphan", async () => {
    const editor = await createTestActor("editor");
    const { id: investigationId } = createInvestigation({ actor: editor, input: { title: "Flights" } });
    const original = "Officials counted over 200 deportees on Sunday at the airport. Much later, a count said 238 Venezuelans.";
    const source = createSource({ actor: editor, investigationId, input: { title: "Wire", text: original } });
    const spanOf = (phrase: string) => ({ start: original.indexOf(phrase), end: original.indexOf(phrase) + phrase.length });
    createClaim({ actor: editor, sourceId: source.id, sourceVersionId: source.currentVersionId, ...spanOf("over 200 deportees") });
    createClaim({ actor: editor, sourceId: source.id, sourceVersionId: source.currentVersionId, ...spanOf("238 Venezuelans") });
    const edited = "Breaking. Officials counted over 200 deportees on Sunday at the airport. Much later, no count was given.";
    await createSourceVersion({ actor: editor, sourceId: source.id, text: edited });
    const [moved, orphan] = listClaimsBySource({ actor: editor, sourceId: source.id });
    expect(moved!.anchor).toMatchObject({ status: "moved", start: edited.indexOf("over 200"), end: edited.indexOf("over 200") + 18 });
    expect(orphan!.anchor.status).toBe("orphan");
    expect(orphan!.selectors.quote.exact).toBe("238 Venezuelans");
  });

  it("lets the creator or an editor delete or re-select a claim, and nobody else", async () => {
    const { editor, reviewer, source } = await setUp();
    const other = await createTestActor("reviewer");
    const claim = createClaim({ actor: reviewer, sourceId: source.id, sourceVersionId: source.currentVersionId, start: 18, end: 36 });
    expect(() => deleteClaim({ actor: other, id: claim.id })).toThrowError(/Only editors/);
    const moved = updateClaimSpan({ actor: reviewer, id: claim.id, version: 1, sourceVersionId: source.currentVersionId, start: 57, end: 72 });
    expect(moved).toMatchObject({ version: 2, selectors: { quote: { exact: "238 Venezuelans" } } });
    expect(listEventsBySubject({ subjectType: "claim", subjectId: claim.id })[0]).toMatchObject({
      action: "claim.span-changed",
      data: { exact: ["over 200 deportees", "238 Venezuelans"] },
    });
    expect(() => updateClaimSpan({ actor: editor, id: claim.id, version: 1, sourceVersionId: source.currentVersionId, start: 18, end: 36 })).toThrowError(
      expect.objectContaining({ code: "CONFLICT" }),
    );
    deleteClaim({ actor: editor, id: claim.id, version: 2 });
    expect(listClaimsBySource({ actor: editor, sourceId: source.id })).toEqual([]);
    expect(listEventsBySubject({ subjectType: "claim", subjectId: claim.id })[0]).toMatchObject({ action: "claim.deleted", actorId: editor.id });
  });

  it("creates a claim from an integration's selector, or refuses one that does not anchor", async () => {
    const { editor, source } = await setUp();
    expect(createClaimFromSelector({ actor: editor, sourceId: source.id, selector: { exact: "238 Venezuelans" } }).anchor).toMatchObject({
      start: 57,
      end: 72,
    });
    expect(() => createClaimFromSelector({ actor: editor, sourceId: source.id, selector: { exact: "261 people" } })).toThrowError(
      expect.objectContaining({ code: "INVALID" }),
    );
  });
});

describe("stored figure readings", () => {
  const readingOf = (id: string) => db().select({ reading: claims.quantityReading }).from(claims).where(eq(claims.id, id)).get()?.reading;

  it("are written when a claim is made and when it is re-selected, with the investigation's tolerance", async () => {
    const { editor, source } = await setUp();
    const claim = createClaim({ actor: editor, sourceId: source.id, sourceVersionId: source.currentVersionId, start: 18, end: 36 });
    expect(readingOf(claim.id)).toEqual(storedReadingOf("over 200 deportees", 0.1));
    updateClaimSpan({ actor: editor, id: claim.id, version: 1, sourceVersionId: source.currentVersionId, start: 57, end: 72 });
    expect(readingOf(claim.id)).toEqual(storedReadingOf("238 Venezuelans", 0.1));
  });
});
