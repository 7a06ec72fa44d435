import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/permissions";
import { eq } from "drizzle-orm";
import { db, writeTransaction } from "../connection";
import { searchDocuments } from "../schema";
import { createTestActor, installTestDatabase } from "../test-database";
import { updateClaimPublication } from "./claim-publication";
import { updateClaimReview } from "./claim-review";
import { createClaim, deleteClaim, updateClaimSpan } from "./claims";
import { addComment, removeComment, updateComment } from "./comments";
import { addEvidence, removeEvidence, updateEvidence } from "./evidence";
import { createFact, setQuantityCorrection } from "./facts";
import { createInvestigation, deleteInvestigation } from "./investigations";
import { setInvestigationReportLanguage } from "./report-language-setting";
import { searchWorkspace, type SearchInput } from "./search";
import { countSearchDocuments } from "./search-index";
import { rebuildSearchIndex } from "./search-rebuild";
import { updateSourceDetails } from "./source-details";
import { createSource, createSourceVersion, deleteSource } from "./sources";

/**
 * The index follows every change in the change's own transaction: each kind is found a moment
 * after it is made, by its new words and not its old ones after an edit, and never after it is
 * deleted — directly or through what contains it (cascades). Runs on both engines.
 */
let editor: Actor;
let investigationId: string;

beforeEach(async () => {
  await installTestDatabase();
  editor = await createTestActor("editor");
  ({ id: investigationId } = await createInvestigation({ actor: editor, input: { title: "Flights" } }));
});

const found = async (q: string, extra: Omit<SearchInput, "q"> = {}) =>
  (await searchWorkspace(editor, { q, ...extra })).results.map((result) => `${result.kind}:${result.id}`).sort();

const correction = { low: 300, high: 300, lowInclusive: true, highInclusive: true, hedge: "exact", value: 300, unit: "deportees", text: "300" };
const text = "Officials said 238 deportees landed in San Salvador on Sunday.";

async function sourceAndClaim(words = "238 deportees") {
  const source = await createSource({ actor: editor, investigationId, input: { title: "Wire report", outlet: "Agencia Norte", text, language: "en" } });
  const start = text.indexOf(words);
  const claim = await createClaim({ actor: editor, sourceId: source.id, sourceVersionId: source.currentVersionId, start, end: start + words.length });
  return { source, claim };
}

describe("claims in the index", () => {
  it("are found once made, by their words and statement; an edit replaces the old words; a deleted one is never found", async () => {
    const { claim } = await sourceAndClaim();
    expect(await found("deportees", { kind: "claim" })).toEqual([`claim:${claim.id}`]);
    const published = await updateClaimPublication({
      actor: editor,
      id: claim.id,
      version: claim.version,
      changes: { statement: "Exactly 238 migrants were flown out." },
    });
    expect(await found("migrants", { kind: "claim" })).toEqual([`claim:${claim.id}`]);
    const start = text.indexOf("San Salvador");
    const moved = await updateClaimSpan({
      actor: editor,
      id: claim.id,
      version: published.version,
      sourceVersionId: claim.sourceVersionId,
      start,
      end: start + 12,
    });
    expect(await found("salvador", { kind: "claim" })).toEqual([`claim:${claim.id}`]);
    expect(await found("deportees", { kind: "claim" })).toEqual([]);
    await deleteClaim({ actor: editor, id: claim.id, version: moved.version });
    expect(await found("salvador", { kind: "claim" })).toEqual([]);
    expect(await found("migrants")).toEqual([]);
  });

  it("carry their verdict and status as filters, changed with them, and their rationale's words", async () => {
    const { claim } = await sourceAndClaim();
    expect(await found("deportees", { status: "open" })).toEqual([`claim:${claim.id}`]);
    await updateClaimReview({
      actor: editor,
      id: claim.id,
      version: claim.version,
      changes: { status: "in-review", verdictKey: "false", rationale: "The manifest lists 212." },
    });
    expect(await found("deportees", { status: "open" })).toEqual([]);
    expect(await found("deportees", { status: "in-review", verdict: "false" })).toEqual([`claim:${claim.id}`]);
    expect(await found("manifest")).toEqual([`claim:${claim.id}`]);
  });

  it("carry the figure's signature, changed by a hand correction", async () => {
    const { claim } = await sourceAndClaim();
    expect(await signatureOf(claim.id)).toMatch(/\bmag23\b/); // 10·log10(238) = 23.8
    await setQuantityCorrection({ actor: editor, claimId: claim.id, correction });
    expect(await signatureOf(claim.id)).toMatch(/\bmag24\b/); // 10·log10(300) = 24.8
    expect(await signatureOf(claim.id)).not.toMatch(/\bmag23\b/);
  });

  it("are never found when the transaction that made them rolls back", async () => {
    const source = await createSource({ actor: editor, investigationId, input: { title: "Wire report", text, language: "en" } });
    await expect(
      writeTransaction(async () => {
        await createClaim({ actor: editor, sourceId: source.id, sourceVersionId: source.currentVersionId, start: 15, end: 28 });
        throw new Error("the rest of the change failed");
      }),
    ).rejects.toThrow("the rest of the change failed");
    expect(await found("deportees", { kind: "claim" })).toEqual([]);
    expect((await countSearchDocuments()).claim).toBe(0);
  });
});

async function signatureOf(claimId: string) {
  const [row] = await db().select({ signature: searchDocuments.signature }).from(searchDocuments).where(eq(searchDocuments.subjectId, claimId));
  return row?.signature ?? "";
}

describe("sources in the index", () => {
  it("are found by title, outlet and current text; a new version replaces the old words; details change their claims' filters", async () => {
    const { source, claim } = await sourceAndClaim();
    expect(await found("Sunday")).toEqual([`source:${source.id}`]);
    expect(await found("wire", { kind: "source" })).toEqual([`source:${source.id}`]);
    await createSourceVersion({ actor: editor, sourceId: source.id, text: text.replace("Sunday", "Monday") });
    expect(await found("Monday")).toEqual([`source:${source.id}`]);
    expect(await found("Sunday")).toEqual([]);
    expect(await found("deportees", { outlet: "agencia norte" })).toEqual([`claim:${claim.id}`, `source:${source.id}`].sort());
    await updateSourceDetails({ actor: editor, id: source.id, input: { title: "Cable", outlet: "Diario Sur", language: "en", version: 2 } });
    expect(await found("deportees", { outlet: "Agencia Norte" })).toEqual([]);
    expect(await found("deportees", { outlet: "Diario Sur" })).toEqual([`claim:${claim.id}`, `source:${source.id}`].sort());
    expect(await found("cable")).toEqual([`source:${source.id}`]);
  });

  it("re-read in their new language: a Spanish source's words match their other forms once it is said to be Spanish", async () => {
    const spanish = "Los deportados llegaron a la cárcel.";
    const source = await createSource({ actor: editor, investigationId, input: { title: "Nota", text: spanish, language: "en" } });
    const claim = await createClaim({ actor: editor, sourceId: source.id, sourceVersionId: source.currentVersionId, start: 4, end: 14 });
    await addComment({ actor: editor, claimId: claim.id, body: "Los deportados eran 238." });
    expect(await found("deportación")).toEqual([]);
    await updateSourceDetails({ actor: editor, id: source.id, input: { title: "Nota", language: "es", version: 1 } });
    const results = await searchWorkspace(editor, { q: "deportación" });
    expect(results.results.map((result) => result.kind).sort()).toEqual(["claim", "comment", "source"]);
    expect(results.results.every((result) => result.language === "es")).toBe(true);
  });

  it("take their claims, evidence and comments with them when deleted, and an investigation takes everything", async () => {
    const { source, claim } = await sourceAndClaim();
    await addEvidence({ actor: editor, claimId: claim.id, fields: { stance: "supports", outlet: "Registro", quote: "manifest of deportees" } });
    await addComment({ actor: editor, claimId: claim.id, body: "deportees counted twice" });
    await createFact({ actor: editor, investigationId, title: "Deportees flown in March", claimIds: [claim.id] });
    expect((await found("deportees")).map((result) => result.split(":")[0])).toEqual(["claim", "comment", "evidence", "fact", "source"]);
    await deleteSource({ actor: editor, id: source.id });
    expect((await found("deportees")).map((result) => result.split(":")[0])).toEqual(["fact"]);
    await deleteInvestigation({ actor: editor, id: investigationId });
    expect(await countSearchDocuments()).toEqual({ claim: 0, source: 0, fact: 0, evidence: 0, comment: 0 });
  });
});

describe("evidence, comments and facts in the index", () => {
  it("evidence is found by outlet and quote, changed and removed with the item", async () => {
    const { claim } = await sourceAndClaim();
    const item = await addEvidence({
      actor: editor,
      claimId: claim.id,
      fields: { stance: "refutes", outlet: "Registro Civil", quote: "the flight manifest shows 212" },
    });
    expect(await found("manifest")).toEqual([`evidence:${item.id}`]);
    expect(await found("registro", { kind: "evidence" })).toEqual([`evidence:${item.id}`]);
    const changed = await updateEvidence({
      actor: editor,
      id: item.id,
      version: item.version,
      fields: { stance: "refutes", outlet: "Registro Civil", quote: "the passenger list shows 212" },
    });
    expect(await found("manifest")).toEqual([]);
    expect(await found("passenger")).toEqual([`evidence:${item.id}`]);
    await removeEvidence({ actor: editor, id: item.id, version: changed.version });
    expect(await found("passenger")).toEqual([]);
  });

  it("comments are found by their words, edited and deleted with them", async () => {
    const { claim } = await sourceAndClaim();
    const comment = await addComment({ actor: editor, claimId: claim.id, body: "Ask the ministry for the manifest." });
    expect(await found("ministry")).toEqual([`comment:${comment.id}`]);
    const edited = await updateComment({ actor: editor, id: comment.id, version: comment.version, body: "Ask the airline instead." });
    expect(await found("ministry")).toEqual([]);
    expect(await found("airline")).toEqual([`comment:${comment.id}`]);
    await removeComment({ actor: editor, id: comment.id, version: edited.version });
    expect(await found("airline")).toEqual([]);
  });

  it("facts are found by title, read in the investigation's report language", async () => {
    const { id } = await createFact({ actor: editor, investigationId, title: "Vuelos de deportados", claimIds: [] });
    expect(await found("deportación")).toEqual([]);
    await setInvestigationReportLanguage({ actor: editor, id: investigationId, version: 1, reportLanguage: "es" });
    expect(await found("deportación")).toEqual([`fact:${id}`]);
  });
});

describe("rebuilding the index", () => {
  it("writes a row for every claim, source, fact, evidence item and comment, and search finds the same things after", async () => {
    const { claim } = await sourceAndClaim();
    await addEvidence({ actor: editor, claimId: claim.id, fields: { stance: "supports", quote: "deportees on the list" } });
    await addComment({ actor: editor, claimId: claim.id, body: "deportees again" });
    await createFact({ actor: editor, investigationId, title: "Deportees", claimIds: [claim.id] });
    const before = await found("deportees");
    expect(await rebuildSearchIndex({ batchSize: 1 })).toEqual({ claim: 1, source: 1, fact: 1, evidence: 1, comment: 1 });
    expect(await countSearchDocuments()).toEqual({ claim: 1, source: 1, fact: 1, evidence: 1, comment: 1 });
    expect(await found("deportees")).toEqual(before);
  });
});
