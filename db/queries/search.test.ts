import { beforeEach, describe, expect, it } from "vitest";
import type { LanguageCode } from "@/lib/languages";
import type { Actor } from "@/lib/permissions";
import { decodeSearchCursor } from "@/lib/validation/search";
import { createTestActor, installTestDatabase } from "../test-database";
import { updateClaimReview } from "./claim-review";
import { createClaim } from "./claims";
import { addComment } from "./comments";
import { addEvidence } from "./evidence";
import { createFact } from "./facts";
import { createInvestigation } from "./investigations";
import { searchWorkspace, type SearchInput } from "./search";
import { createSource } from "./sources";

/** What the workspace search finds and how (db/queries/search.ts); runs on both engines, which must agree. */
let editor: Actor;
let reviewer: Actor;
let flights: string;
let prisons: string;

beforeEach(async () => {
  await installTestDatabase();
  editor = await createTestActor("editor");
  reviewer = await createTestActor("reviewer");
  ({ id: flights } = await createInvestigation({ actor: editor, input: { title: "Flights" } }));
  ({ id: prisons } = await createInvestigation({ actor: editor, input: { title: "Prisons" } }));
});

async function claimOn(
  investigationId: string,
  text: string,
  words: string,
  source: { title?: string; outlet?: string; language: LanguageCode; publishedAt?: string },
) {
  const created = await createSource({ actor: editor, investigationId, input: { title: source.title ?? words, text, ...source } });
  const start = text.indexOf(words);
  const claim = await createClaim({ actor: editor, sourceId: created.id, sourceVersionId: created.currentVersionId, start, end: start + words.length });
  return { sourceId: created.id, claim };
}

const search = (q: string, extra: Omit<SearchInput, "q"> = {}, actor = reviewer) => searchWorkspace(actor, { q, ...extra });
const ids = async (q: string, extra: Omit<SearchInput, "q"> = {}) => (await search(q, { kind: "claim", ...extra })).results.map((result) => result.id).sort();

describe("searching the workspace", () => {
  it("ignores case and accents, and matches Spanish and English words with their other forms", async () => {
    const { claim: prison } = await claimOn(prisons, "El gobierno dijo que la cárcel tiene 40.000 reclusos.", "la cárcel tiene 40.000 reclusos", {
      language: "es",
    });
    const { claim: deported } = await claimOn(flights, "Fueron deportados 238 venezolanos.", "Fueron deportados 238 venezolanos", { language: "es" });
    const { claim: inmates } = await claimOn(prisons, "The prison holds 40,000 inmates.", "holds 40,000 inmates", { language: "en" });
    expect(await ids("carcel")).toEqual([prison.id]);
    expect(await ids("CÁRCEL")).toEqual([prison.id]);
    expect(await ids("deportado")).toEqual([deported.id]);
    expect(await ids("inmate")).toEqual([inmates.id]);
    // Figures: "40.000" and "40,000" are one number.
    expect(await ids("40000")).toEqual([inmates.id, prison.id].sort());
  });

  it("reads phrases and exclusions: a phrase needs its words in order, an excluded word removes what holds it", async () => {
    const { claim: flown } = await claimOn(flights, "Over 200 people were flown out on Sunday.", "Over 200 people were flown out", { language: "en" });
    const { claim: people } = await claimOn(flights, "People said 200 were flown out over the weekend.", "People said 200 were flown out", { language: "en" });
    expect(await ids("flown people")).toEqual([flown.id, people.id].sort());
    expect(await ids('"people were flown"')).toEqual([flown.id]);
    expect(await ids('"flown people"')).toEqual([]);
    expect(await ids("flown -said")).toEqual([flown.id]);
    expect(await ids('flown -"were flown out"')).toEqual([]);
  });

  it("answers hostile and empty input with no results and no error, and never reads it as query syntax", async () => {
    const { claim } = await claimOn(flights, "Officials said NEAR the border 200 people were stopped.", "NEAR the border 200 people", { language: "en" });
    for (const q of [
      "",
      "   ",
      "-",
      '"',
      "*",
      "^",
      "NOT",
      "OR",
      "AND",
      "(",
      ")",
      ":",
      "terms:",
      "{terms}: x",
      "'; drop table claims; --",
      "\u0000",
      "x".repeat(5000),
      "\ud800",
    ]) {
      const page = await search(q);
      expect(page.results.every((result) => result.kind !== undefined)).toBe(true);
    }
    expect((await search("")).query).toMatchObject({ isSearchable: false, emptyReason: "no-words" });
    expect((await search("-border")).query).toMatchObject({ isSearchable: false, emptyReason: "only-exclusions" });
    // Operators are words: NEAR is found as the word it is, "OR" does not widen the search.
    expect(await ids("NEAR border")).toEqual([claim.id]);
    expect(await ids("border OR nothing")).toEqual([]);
    expect(await ids("border*")).toEqual([claim.id]);
    expect(await ids("signature : border")).toEqual([]);
  });

  it("gives each result its investigation, a snippet with the matching words marked, and a score in 0..1", async () => {
    const { claim, sourceId } = await claimOn(flights, "Officials said 238 deportees landed in San Salvador.", "238 deportees landed", {
      language: "en",
      outlet: "Wire",
    });
    const page = await search("deportee");
    expect(page.counts).toEqual({ claim: 1, source: 1, fact: 0, evidence: 0, comment: 0 });
    const found = page.results.find((result) => result.kind === "claim")!;
    expect(found).toMatchObject({
      id: claim.id,
      investigationId: flights,
      investigationTitle: "Flights",
      sourceId,
      claimId: claim.id,
      title: "238 deportees landed",
    });
    expect(found.snippet).toBe("238 deportees landed");
    expect(found.highlights).toEqual([[4, 13]]);
    expect(found.segments).toEqual([
      { text: "238 ", match: false },
      { text: "deportees", match: true },
      { text: " landed", match: false },
    ]);
    for (const result of page.results) {
      expect(result.score).toBeGreaterThan(0);
      expect(result.score).toBeLessThan(1);
    }
  });

  it("cuts a long source's snippet from around its match, marked, with … where it was cut", async () => {
    const filler = (n: number) => Array.from({ length: n }, (_, i) => `Paragraph ${i} says nothing new.`).join(" ");
    const text = `${filler(150)} Then 238 deportees landed in Tecoluca on Sunday. ${filler(150)}`;
    const source = await createSource({ actor: editor, investigationId: flights, input: { title: "Long wire", text, language: "en" } });
    const [found] = (await search("deportee tecoluca", { kind: "source" })).results;
    expect(found).toMatchObject({ id: source.id });
    expect(found!.snippet.startsWith("… ")).toBe(true);
    expect(found!.snippet.endsWith(" …")).toBe(true);
    expect(found!.snippet.length).toBeLessThan(600);
    expect(found!.highlights.map(([start, end]) => found!.snippet.slice(start, end))).toEqual(["deportees", "Tecoluca"]);
  });

  it("filters by investigation, kind, verdict, status, language, outlet and days", async () => {
    const { claim: a, sourceId } = await claimOn(flights, "Officials said 238 deportees landed.", "238 deportees landed", {
      language: "en",
      outlet: "Wire",
      publishedAt: "2025-03-02",
    });
    const { claim: b } = await claimOn(prisons, "Se dijo que 238 deportados llegaron.", "238 deportados llegaron", { language: "es", outlet: "Diario" });
    await updateClaimReview({ actor: editor, id: a.id, version: a.version, changes: { verdictKey: "false", status: "in-review" } });
    expect(await ids("238")).toEqual([a.id, b.id].sort());
    expect(await ids("238", { investigationId: prisons })).toEqual([b.id]);
    expect(await ids("238", { verdict: "false" })).toEqual([a.id]);
    expect(await ids("238", { status: "open" })).toEqual([b.id]);
    expect(await ids("238", { language: "es" })).toEqual([b.id]);
    expect(await ids("238", { outlet: "wire" })).toEqual([a.id]);
    const today = new Date().toISOString().slice(0, 10);
    expect(await ids("238", { from: today, to: today })).toEqual([a.id, b.id].sort());
    expect(await ids("238", { to: "2000-01-01" })).toEqual([]);
    const sources = await search("238", { kind: "source", from: "2025-03-01", to: "2025-03-31" });
    expect(sources.results.map((result) => result.id)).toEqual([sourceId]);
    const filtered = await search("238", { investigationId: prisons });
    expect(filtered.results.every((result) => result.investigationId === prisons)).toBe(true);
    expect(filtered.counts).toEqual({ claim: 1, source: 1, fact: 0, evidence: 0, comment: 0 });
  });

  it("finds every kind: claims, sources, facts, evidence and comments", async () => {
    const { claim, sourceId } = await claimOn(flights, "Officials said 238 deportees landed.", "238 deportees landed", { language: "en" });
    const fact = await createFact({ actor: editor, investigationId: flights, title: "Deportees flown in March", claimIds: [claim.id] });
    const item = await addEvidence({
      actor: editor,
      claimId: claim.id,
      fields: { stance: "supports", url: "https://example.org/list", quote: "a list of deportees" },
    });
    const comment = await addComment({ actor: editor, claimId: claim.id, body: "The deportees list is public." });
    const page = await search("deportees");
    expect(page.results.map((result) => `${result.kind}:${result.id}`).sort()).toEqual(
      [`claim:${claim.id}`, `comment:${comment.id}`, `evidence:${item.id}`, `fact:${fact.id}`, `source:${sourceId}`].sort(),
    );
    expect(page.results.find((result) => result.kind === "evidence")).toMatchObject({ title: "https://example.org/list", claimId: claim.id, sourceId });
    expect(page.results.find((result) => result.kind === "comment")).toMatchObject({ title: "238 deportees landed", claimId: claim.id });
  });

  it("pages with a cursor: every result once, best first", async () => {
    const made: string[] = [];
    for (let n = 0; n < 7; n++) {
      const text = `Report ${n}: ${"deportees ".repeat(n + 1)}were counted.`;
      made.push((await claimOn(flights, text, text.slice(0, -1), { language: "en" })).claim.id);
    }
    const seen: string[] = [];
    let cursor = null;
    let pages = 0;
    let lastScore = Infinity;
    do {
      const page = await search("deportees", { kind: "claim", limit: 3, cursor });
      expect(page.counts === null).toBe(cursor !== null);
      for (const result of page.results) {
        expect(result.score).toBeLessThanOrEqual(lastScore);
        lastScore = result.score;
      }
      seen.push(...page.results.map((result) => result.id));
      cursor = page.nextCursor ? decodeSearchCursor(page.nextCursor) : null;
      pages++;
    } while (cursor);
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(new Set(seen).size).toBe(seen.length);
    // Unfiltered and without counts (SQLite pages from the full-text index alone): the same results in the same order.
    const unfiltered: string[] = [];
    let next = null;
    do {
      const page = await search("deportees", { limit: 2, cursor: next, counts: false });
      expect(page.counts).toBeNull();
      unfiltered.push(...page.results.map((result) => result.id));
      next = page.nextCursor ? decodeSearchCursor(page.nextCursor) : null;
    } while (next);
    const everything = (await search("deportees", { limit: 50 })).results.map((result) => result.id);
    expect(unfiltered).toEqual(everything);
    expect(everything.filter((id) => seen.includes(id))).toEqual(seen);
    expect(seen.sort()).toEqual(made.sort());
  });

  it("gives the rest of the results on the next page even when other things were written in between", async () => {
    const made: string[] = [];
    for (let n = 0; n < 5; n++) {
      const text = `Flight ${n} carried manifests of deportees.`;
      made.push((await claimOn(flights, text, text.slice(0, -1), { language: "en" })).claim.id);
    }
    const first = await search("manifests", { kind: "claim", limit: 3 });
    expect(first.results).toHaveLength(3);
    // Other people's work in the meantime: on SQLite every bm25 relevance moves with the size of the index.
    for (let n = 0; n < 5; n++) await claimOn(flights, `Unrelated note ${n} about ferries.`, `Unrelated note ${n}`, { language: "en" });
    const second = await search("manifests", { kind: "claim", limit: 3, cursor: decodeSearchCursor(first.nextCursor!) });
    expect([...first.results, ...second.results].map((result) => result.id).sort()).toEqual(made.sort());
    expect(second.nextCursor).toBeNull();
  });

  it("caps a page at 50 results", async () => {
    const text = Array.from({ length: 52 }, (_, n) => `Deportees ${n}.`).join(" ");
    const source = await createSource({ actor: editor, investigationId: flights, input: { title: "List", text, language: "en" } });
    for (let n = 0; n < 52; n++) {
      const start = text.indexOf(`Deportees ${n}.`);
      await createClaim({ actor: editor, sourceId: source.id, sourceVersionId: source.currentVersionId, start, end: start + `Deportees ${n}`.length });
    }
    const page = await search("deportees", { kind: "claim", limit: 10_000 });
    expect(page.results).toHaveLength(50);
    expect(page.nextCursor).not.toBeNull();
  });
});
