import { beforeEach, describe, expect, it } from "vitest";
import { describeSpan } from "@/lib/anchoring";
import { describeImportSummary } from "@/lib/annotation-import/import-summary";
import { readWebAnnotations, type ImportPlan } from "@/lib/annotation-import/read-web-annotations";
import { longArticle } from "@/lib/suggestions/fixtures";
import { toAnnotationCollection } from "@/lib/export/web-annotation";
import type { ExportDocument } from "@/lib/export/model";
import { eq } from "drizzle-orm";
import { db, writeTransaction } from "../connection";
import { claims, sources } from "../schema";
import { createTestActor, installTestDatabase } from "../test-database";
import { updateClaimReview } from "./claim-review";
import { createClaim } from "./claims";
import { addComment } from "./comments";
import { addEvidence } from "./evidence";
import { getExportDocument } from "./export";
import { createFact } from "./facts";
import { setInvestigationFourEyes } from "./four-eyes-setting";
import { importAnnotations } from "./import-annotations";
import { createInvestigation } from "./investigations";
import { storedReadingOf } from "@/lib/quantities";
import { createSource, createSourceVersion, updateSourceText } from "./sources";

beforeEach(async () => {
  await installTestDatabase();
});

const textA = "Officials said over 200 deportees arrived on Sunday. Families 👨‍👩‍👧 waited outside. A lawyer disputed it.";
const textB = "The manifests list 238 Venezuelans and 23 Salvadorans.";

async function checkedInvestigation() {
  const editor = await createTestActor("editor");
  const { id: investigationId } = await createInvestigation({ actor: editor, input: { title: "Flights" } });
  const a = await createSource({ actor: editor, investigationId, input: { title: "Wire", text: textA, url: "https://wire.example/a", outlet: "Wire" } });
  const b = await createSource({ actor: editor, investigationId, input: { title: "Logs", text: textB } });
  const on = (source: { id: string; currentVersionId: string }, text: string, phrase: string) =>
    createClaim({
      actor: editor,
      sourceId: source.id,
      sourceVersionId: source.currentVersionId,
      start: text.indexOf(phrase),
      end: text.indexOf(phrase) + phrase.length,
    });
  const over = await on(a, textA, "over 200 deportees");
  const lawyer = await on(a, textA, "A lawyer disputed it");
  const logs = await on(b, textB, "238 Venezuelans");
  await addEvidence({
    actor: editor,
    claimId: over.id,
    fields: { url: "https://gov.example/list", outlet: "Ministry", stance: "refutes", quote: "238", accessedAt: "2025-03-18" },
  });
  await addComment({ actor: editor, claimId: over.id, body: "Checked the *list*." });
  // One editor checks and approves: four eyes off for this investigation (it is about the round trip, not the approval).
  await setInvestigationFourEyes({ actor: editor, id: investigationId, version: 1, fourEyes: false });
  await updateClaimReview({
    actor: editor,
    id: over.id,
    version: over.version,
    changes: { verdictKey: "mostly-false", rationale: "The list has **238** names.", status: "approved" },
  });
  await createFact({ actor: editor, investigationId, title: "People flown", claimIds: [over.id, logs.id] });
  return { editor, investigationId, a, lawyer };
}

const planOf = (doc: ExportDocument) => readWebAnnotations(JSON.parse(JSON.stringify(toAnnotationCollection(doc))));

/** What must survive a round trip: per claim its words, place, review and evidence; the facts' groupings. */
function essentials(doc: ExportDocument) {
  const sourceTitle = new Map(doc.sources.map((s) => [s.id, s.title]));
  return {
    claims: doc.claims
      .map((c) => ({
        source: sourceTitle.get(c.sourceId),
        target: {
          exact: c.target.exact,
          prefix: c.target.prefix,
          suffix: c.target.suffix,
          start: c.target.start,
          end: c.target.end,
          codePoints: c.target.codePoints,
        },
        anchorStatus: c.anchorStatus,
        status: c.status,
        verdict: c.verdict?.key ?? null,
        rationale: c.rationale,
        evidence: c.evidence.map(({ url, outlet, quote, stance, accessedAt }) => ({ url, outlet, quote, stance, accessedAt })),
        comments: c.comments.length,
        interval: c.interval,
        conflicts: c.conflicts,
      }))
      .sort((x, y) => `${x.source}${x.target.start}`.localeCompare(`${y.source}${y.target.start}`)),
    facts: doc.facts.map((f) => ({ title: f.title, rows: f.rows.map((r) => r.exact).sort(), conflicts: f.conflicts.map((c) => c.reason) })),
  };
}

/** Annotations on the first 10,000 runs of three words of `text`, described as our export would. */
function annotationsOfWordTriples(text: string, sourceKey: string): ImportPlan["annotations"] {
  return [...text.matchAll(/\S+ \S+ \S+/g)].slice(0, 10_000).map((match) => {
    const { quote, position } = describeSpan(text, match.index, match.index + match[0].length);
    return {
      sourceKey,
      quote: { exact: quote.exact, prefix: quote.prefix ?? "", suffix: quote.suffix ?? "" },
      position: { start: position!.start, end: position!.end },
      verdictKey: null,
      verdictLabel: null,
      rationale: "",
      status: null,
      evidence: [],
      comments: [],
      factId: null,
      factTitle: null,
    };
  });
}

describe("importAnnotations", () => {
  it("reads the figures of annotations on a matched Spanish source in Spanish", async () => {
    const editor = await createTestActor("editor");
    const { id: investigationId } = await createInvestigation({ actor: editor, input: { title: "Vuelos" } });
    const text = "Según el ministerio, llegaron unos 250 venezolanos el domingo.";
    const source = await createSource({ actor: editor, investigationId, input: { title: "Teletipo", text, url: "https://teletipo.example/a" } });
    await writeTransaction(async (tx) => {
      await tx.update(sources).set({ language: "es" }).where(eq(sources.id, source.id));
    });
    const [template] = annotationsOfWordTriples(text, "https://teletipo.example/a");
    const start = text.indexOf("unos 250 venezolanos");
    const { quote, position } = describeSpan(text, start, start + "unos 250 venezolanos".length);
    const annotation = {
      ...template!,
      quote: { exact: quote.exact, prefix: quote.prefix ?? "", suffix: quote.suffix ?? "" },
      position: { start: position!.start, end: position!.end },
    };
    const summary = await importAnnotations({
      actor: editor,
      investigationId,
      plan: {
        sources: [
          {
            key: "https://teletipo.example/a",
            url: "https://teletipo.example/a",
            title: "Teletipo",
            outlet: null,
            publishedAt: null,
            text: null,
            language: null,
          },
        ],
        annotations: [annotation],
        skipped: [],
      },
    });
    expect(summary.sources).toMatchObject({ matched: 1, created: 0 });
    const [stored] = await db().select({ reading: claims.quantityReading }).from(claims).where(eq(claims.sourceId, source.id));
    expect(stored?.reading).toEqual(storedReadingOf("unos 250 venezolanos", 0.1, "es"));
  });

  it("export → import into an empty investigation → export gives the same claims, anchors, verdicts and evidence", async () => {
    const { editor, investigationId } = await checkedInvestigation();
    const first = await getExportDocument({ actor: editor, scope: { investigationId }, workspaceUrl: "http://desk.example" });
    const { id: emptyId } = await createInvestigation({ actor: editor, input: { title: "Copy" } });

    const summary = await importAnnotations({ actor: editor, investigationId: emptyId, plan: planOf(first) });
    expect(summary.sources).toEqual({ created: 2, matched: 0, missing: [] });
    expect(summary.claims).toEqual({ exact: 3, moved: 0, fuzzy: 0, alreadyPresent: 0 });
    expect(summary).toMatchObject({ orphaned: [], facts: 1, evidence: 1, comments: 1, unknownVerdicts: [] });

    const second = await getExportDocument({ actor: editor, scope: { investigationId: emptyId }, workspaceUrl: "http://desk.example" });
    expect(essentials(second)).toEqual(essentials(first));
    expect(second.sources.map((s) => s.version.text).sort()).toEqual(first.sources.map((s) => s.version.text).sort());
  });

  it("gives an imported source the language the file names for it", async () => {
    const { editor, investigationId } = await checkedInvestigation();
    const doc = await getExportDocument({ actor: editor, scope: { investigationId }, workspaceUrl: "http://desk.example" });
    const spanish = { ...doc, sources: doc.sources.map((source) => (source.title === "Wire" ? { ...source, language: "es" } : source)) };
    const { id: copyId } = await createInvestigation({ actor: editor, input: { title: "Copy" } });
    await importAnnotations({ actor: editor, investigationId: copyId, plan: planOf(spanish) });
    const copy = await getExportDocument({ actor: editor, scope: { investigationId: copyId }, workspaceUrl: "http://desk.example" });
    expect(Object.fromEntries(copy.sources.map((source) => [source.title, source.language]))).toEqual({ Wire: "es", Logs: "en" });
  });

  it("matches sources by URL, re-anchors on their current text, leaves present claims alone and reports orphans", async () => {
    const { editor, investigationId, a } = await checkedInvestigation();
    const doc = await getExportDocument({ actor: editor, scope: { investigationId }, workspaceUrl: "http://desk.example" });
    expect((await importAnnotations({ actor: editor, investigationId, plan: planOf(doc) })).claims).toEqual({
      exact: 0,
      moved: 0,
      fuzzy: 0,
      alreadyPresent: 3,
    });

    const { id: otherId } = await createInvestigation({ actor: editor, input: { title: "Later" } });
    const edited = `Breaking. ${textA.replace(" A lawyer disputed it.", "")}`;
    const later = await createSource({ actor: editor, investigationId: otherId, input: { title: "Wire again", text: edited, url: "https://wire.example/a" } });
    const summary = await importAnnotations({
      actor: editor,
      investigationId: otherId,
      plan: planOf(await getExportDocument({ actor: editor, scope: { sourceId: a.id }, workspaceUrl: "http://x" })),
    });
    expect(summary.sources).toMatchObject({ matched: 1, created: 0 });
    expect(summary.claims).toMatchObject({ moved: 1 });
    expect(summary.orphaned).toEqual([{ sourceKey: "https://wire.example/a", exact: "A lawyer disputed it" }]);
    const imported = (await getExportDocument({ actor: editor, scope: { sourceId: later.id }, workspaceUrl: "http://x" })).claims;
    expect(imported.map((c) => c.target.exact)).toEqual(["over 200 deportees"]);
    expect(imported[0]!.target.start).toBe(edited.indexOf("over 200 deportees"));
  });

  it("importing the same file twice reports everything already present and creates nothing, sources without a URL included", async () => {
    const { editor, investigationId } = await checkedInvestigation();
    const plan = planOf(await getExportDocument({ actor: editor, scope: { investigationId }, workspaceUrl: "http://x" }));
    const { id: copyId } = await createInvestigation({ actor: editor, input: { title: "Copy" } });
    expect((await importAnnotations({ actor: editor, investigationId: copyId, plan })).sources).toEqual({ created: 2, matched: 0, missing: [] });
    const before = await getExportDocument({ actor: editor, scope: { investigationId: copyId }, workspaceUrl: "http://x" });

    const again = await importAnnotations({ actor: editor, investigationId: copyId, plan });
    expect(again.sources).toEqual({ created: 0, matched: 2, missing: [] });
    expect(again).toMatchObject({ claims: { exact: 0, moved: 0, fuzzy: 0, alreadyPresent: 3 }, facts: 0, evidence: 0, comments: 0, orphaned: [] });
    expect(describeImportSummary(again)[0]).toBe("Nothing new: everything in this file is already here (2 sources, 3 claims).");
    const after = await getExportDocument({ actor: editor, scope: { investigationId: copyId }, workspaceUrl: "http://x" });
    expect(after.sources.map((source) => source.id)).toEqual(before.sources.map((source) => source.id));
    expect(essentials(after)).toEqual(essentials(before));
  });

  it("matches a source by its text when the file names it by another workspace's urn, even after the text changed here", async () => {
    const editor = await createTestActor("editor");
    const { id: investigationId } = await createInvestigation({ actor: editor, input: { title: "Flights" } });
    const logs = await createSource({ actor: editor, investigationId, input: { title: "Logs", text: textB } });
    await createSourceVersion({ actor: editor, sourceId: logs.id, text: `Updated. ${textB}` });
    const plan = readWebAnnotations({
      type: "AnnotationCollection",
      "corroborate:sources": [{ id: "urn:corroborate:source:elsewhere", title: "Logs", text: textB }],
      first: {
        type: "AnnotationPage",
        items: [
          { type: "Annotation", target: { source: "urn:corroborate:source:elsewhere", selector: { type: "TextQuoteSelector", exact: "23 Salvadorans" } } },
        ],
      },
    });
    const summary = await importAnnotations({ actor: editor, investigationId, plan });
    expect(summary.sources).toEqual({ created: 0, matched: 1, missing: [] });
    expect(summary.claims).toMatchObject({ moved: 1 });
    const [claim] = (await getExportDocument({ actor: editor, scope: { sourceId: logs.id }, workspaceUrl: "http://x" })).claims;
    expect(claim?.target).toMatchObject({ exact: "23 Salvadorans", start: `Updated. ${textB}`.indexOf("23 Salvadorans") });
  });

  it("takes a W3C quote without prefix and suffix where it occurs once, and leaves a repeated one an orphan", async () => {
    const editor = await createTestActor("editor");
    const { id: investigationId } = await createInvestigation({ actor: editor, input: { title: "Flights" } });
    const text = "Over 200 deportees landed. Officials named 238 Venezuelans. The ministry repeated: 238 Venezuelans.";
    const source = await createSource({ actor: editor, investigationId, input: { title: "Wire", text, url: "https://wire.example/w3c" } });
    const quote = (exact: string) => ({ type: "Annotation", target: { source: "https://wire.example/w3c", selector: { type: "TextQuoteSelector", exact } } });
    const summary = await importAnnotations({
      actor: editor,
      investigationId,
      plan: readWebAnnotations([quote("Over 200 deportees"), quote("238 Venezuelans")]),
    });
    expect(summary.claims).toMatchObject({ moved: 1 });
    expect(summary.orphaned).toEqual([{ sourceKey: "https://wire.example/w3c", exact: "238 Venezuelans" }]);
    const claims = (await getExportDocument({ actor: editor, scope: { sourceId: source.id }, workspaceUrl: "http://x" })).claims;
    expect(claims.map((claim) => [claim.target.exact, claim.target.start])).toEqual([["Over 200 deportees", 0]]);
  });

  it("gives the event loop back while it anchors a large file, then writes all of it in one transaction", async () => {
    const editor = await createTestActor("editor");
    const { id: investigationId } = await createInvestigation({ actor: editor, input: { title: "Large file" } });
    const original = longArticle(300_000);
    const sourceKey = "https://wire.example/long";
    const plan: ImportPlan = {
      sources: [{ key: sourceKey, url: sourceKey, title: "Long", outlet: null, publishedAt: null, text: `Breaking. ${original}`, language: null }],
      annotations: annotationsOfWordTriples(original, sourceKey),
      skipped: [],
    };
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    const summary = await importAnnotations({ actor: editor, investigationId, plan });
    const ticksDuringImport = ticks;
    clearInterval(timer);
    // Anchoring and describing 10,000 annotations takes tens of ms; run in one go, no timer could fire.
    expect(ticksDuringImport).toBeGreaterThan(0);
    expect(summary.claims.moved + summary.claims.alreadyPresent + summary.orphaned.length).toBe(10_000);
    expect(summary.claims.moved).toBe(10_000);
    // On PostgreSQL each claim is two round trips in the transaction (the claim, its event): seconds on a busy machine.
  }, 30_000);

  it("refuses with CONFLICT, writing nothing, when a matched source gets a new version while the import is prepared", async () => {
    const editor = await createTestActor("editor");
    const { id: investigationId } = await createInvestigation({ actor: editor, input: { title: "Race" } });
    const text = longArticle(300_000);
    const sourceKey = "https://wire.example/long";
    const source = await createSource({ actor: editor, investigationId, input: { title: "Long", text, url: sourceKey } });
    const plan: ImportPlan = {
      sources: [{ key: sourceKey, url: sourceKey, title: "Long", outlet: null, publishedAt: null, text: null, language: null }],
      annotations: annotationsOfWordTriples(text, sourceKey),
      skipped: [],
    };
    // The import reads the source's version at once and writes after its anchoring turns;
    // the new version (no claims to re-anchor) is saved in between.
    const importing = importAnnotations({ actor: editor, investigationId, plan });
    await updateSourceText({ actor: editor, sourceId: source.id, text: `Breaking. ${text}` });
    await expect(importing).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await getExportDocument({ actor: editor, scope: { sourceId: source.id }, workspaceUrl: "http://x" })).claims).toEqual([]);
  });

  it("is for editors, and writes nothing when refused", async () => {
    const { editor, investigationId } = await checkedInvestigation();
    const reviewer = await createTestActor("reviewer");
    const doc = await getExportDocument({ actor: editor, scope: { investigationId }, workspaceUrl: "http://x" });
    const { id: emptyId } = await createInvestigation({ actor: editor, input: { title: "Copy" } });
    await expect(importAnnotations({ actor: reviewer, investigationId: emptyId, plan: planOf(doc) })).rejects.toThrowError(
      expect.objectContaining({ code: "FORBIDDEN" }),
    );
    expect((await getExportDocument({ actor: editor, scope: { investigationId: emptyId }, workspaceUrl: "http://x" })).claims).toEqual([]);
  });
});
