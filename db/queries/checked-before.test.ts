import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/permissions";
import { createTestActor, installTestDatabase } from "../test-database";
import { listCheckedBefore, rationaleLineOf } from "./checked-before";
import { updateClaimReview } from "./claim-review";
import { createClaim } from "./claims";
import { addEvidence, copyEvidenceFromClaim, listEvidenceByClaim } from "./evidence";
import { createFact, linkClaimsToFact } from "./facts";
import { createInvestigation } from "./investigations";
import { createSource } from "./sources";

/**
 * "Checked before" on both engines: an English claim finds its Spanish twin in another
 * investigation through the full-text index's signature, with the verdict, the rationale's
 * first line and the fact; never itself or its own fact's claims; twins before conflicts,
 * approved first; copying evidence copies once and never onto an approved claim.
 */
let editor: Actor;
let reviewer: Actor;

beforeEach(async () => {
  await installTestDatabase();
  editor = await createTestActor("editor");
  reviewer = await createTestActor("reviewer");
});

async function claimIn(investigationId: string, text: string, phrase: string, language: "en" | "es") {
  const source = await createSource({ actor: editor, investigationId, input: { title: phrase, text, language } });
  const start = text.indexOf(phrase);
  return createClaim({ actor: reviewer, sourceId: source.id, sourceVersionId: source.currentVersionId, start, end: start + phrase.length });
}

async function approve(claim: { id: string; version: number }, verdictKey: string, rationale: string) {
  const reviewed = await updateClaimReview({ actor: reviewer, id: claim.id, version: claim.version, changes: { verdictKey, rationale } });
  return updateClaimReview({ actor: editor, id: claim.id, version: reviewed.version, changes: { status: "approved" } });
}

const englishText = "Officials say CECOT holds about 40,000 inmates, President Nayib Bukele said in March 2025. Other news followed.";
const spanishText = "Según el presidente Nayib Bukele, el CECOT tiene unos 40.000 reclusos, dijo en marzo de 2025. Hubo más noticias.";

async function world() {
  const earlier = await createInvestigation({ actor: editor, input: { title: "Prisons 2025" } });
  const later = await createInvestigation({ actor: editor, input: { title: "Cárceles" } });
  const checked = await claimIn(earlier.id, englishText, "about 40,000 inmates", "en");
  await addEvidence({
    actor: reviewer,
    claimId: checked.id,
    fields: { url: "https://example.org/prisons", outlet: "Prison Office", quote: "capacity of 40,000", stance: "supports" },
  });
  const fact = await createFact({ actor: editor, investigationId: earlier.id, title: "CECOT holds 40,000 inmates", claimIds: [checked.id] });
  const approved = await approve(checked, "mostly-true", "**Capacity**, not occupancy.\nThe prison office gives 40,000 places.");
  const unrelated = await claimIn(earlier.id, "Remittances to Guatemala reached $21.5 billion in 2024.", "$21.5 billion", "en");
  const fresh = await claimIn(later.id, spanishText, "unos 40.000 reclusos", "es");
  return { earlier, later, checked: approved, fact, unrelated, fresh };
}

describe("listCheckedBefore", () => {
  it("finds the English twin of a Spanish claim in another investigation, with its verdict, rationale's first line, fact and reasons", async () => {
    const { earlier, checked, fact, fresh } = await world();
    const { matches } = await listCheckedBefore({ actor: reviewer, claimId: fresh.id });
    expect(matches).toHaveLength(1);
    expect(matches[0]).toMatchObject({
      claimId: checked.id,
      factId: fact.id,
      investigationId: earlier.id,
      investigationTitle: "Prisons 2025",
      verdict: "mostly-true",
      status: "approved",
      kind: "same",
      rationaleLine: "Capacity, not occupancy.",
      factTitle: "CECOT holds 40,000 inmates",
      evidenceCount: 1,
    });
    expect(matches[0]!.score).toBeGreaterThanOrEqual(0.5);
    const codes = matches[0]!.reasons.map((reason) => reason.code);
    expect(codes).toEqual(expect.arrayContaining(["sameThing", "figuresOverlap", "names"]));
  });

  it("never lists the claim itself nor the claims of its own fact", async () => {
    const { earlier, checked, fact } = await world();
    const sibling = await claimIn(earlier.id, "Bukele said in March 2025 that CECOT holds some 40,000 prisoners.", "some 40,000 prisoners", "en");
    expect((await listCheckedBefore({ actor: reviewer, claimId: sibling.id })).matches.map((match) => match.claimId)).toContain(checked.id);
    await linkClaimsToFact({ actor: editor, factId: fact.id, claimIds: [sibling.id] });
    const ids = (await listCheckedBefore({ actor: reviewer, claimId: sibling.id })).matches.map((match) => match.claimId);
    expect(ids).not.toContain(checked.id);
    expect(ids).not.toContain(sibling.id);
  });

  it("lists approved twins before others, and a conflicting figure of the same statement after every twin", async () => {
    const { later, checked, fresh } = await world();
    const open = await claimIn(later.id, "El presidente Nayib Bukele dijo en marzo de 2025 que el CECOT alberga 40.000 reclusos.", "40.000 reclusos", "es");
    const conflicting = await claimIn(
      later.id,
      "El presidente Nayib Bukele dijo en marzo de 2025 que el CECOT tiene más de 100.000 reclusos.",
      "más de 100.000 reclusos",
      "es",
    );
    const { matches } = await listCheckedBefore({ actor: reviewer, claimId: fresh.id });
    expect(matches.map((match) => [match.claimId, match.kind])).toEqual([
      [checked.id, "same"],
      [open.id, "same"],
      [conflicting.id, "conflict"],
    ]);
    expect(matches[2]!.reasons.map((reason) => reason.code)).toContain("figuresDiffer");
  });

  it("lists nothing for a claim that states nothing checked before, and NOT_FOUND for a claim that does not exist", async () => {
    const { unrelated } = await world();
    expect((await listCheckedBefore({ actor: reviewer, claimId: unrelated.id })).matches).toEqual([]);
    await expect(listCheckedBefore({ actor: reviewer, claimId: "no-such-claim" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("copyEvidenceFromClaim", () => {
  it("copies the earlier claim's evidence once; a second copy adds nothing", async () => {
    const { checked, fresh } = await world();
    expect(await copyEvidenceFromClaim({ actor: reviewer, claimId: fresh.id, fromClaimId: checked.id })).toEqual({ copied: 1 });
    expect(await copyEvidenceFromClaim({ actor: reviewer, claimId: fresh.id, fromClaimId: checked.id })).toEqual({ copied: 0 });
    const copied = await listEvidenceByClaim({ claimId: fresh.id });
    expect(copied.map(({ url, outlet, quote, stance, createdBy }) => ({ url, outlet, quote, stance, createdBy }))).toEqual([
      { url: "https://example.org/prisons", outlet: "Prison Office", quote: "capacity of 40,000", stance: "supports", createdBy: reviewer.id },
    ]);
  });

  it("refuses onto an approved claim, from a claim without evidence, and from the claim itself", async () => {
    const { checked, fresh, unrelated } = await world();
    await expect(copyEvidenceFromClaim({ actor: reviewer, claimId: checked.id, fromClaimId: fresh.id })).rejects.toMatchObject({ code: "INVALID" });
    await addEvidence({ actor: reviewer, claimId: unrelated.id, fields: { outlet: "Central bank", stance: "supports" } });
    await expect(copyEvidenceFromClaim({ actor: reviewer, claimId: checked.id, fromClaimId: unrelated.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(copyEvidenceFromClaim({ actor: reviewer, claimId: fresh.id, fromClaimId: fresh.id })).rejects.toMatchObject({ code: "INVALID" });
    expect(await listEvidenceByClaim({ claimId: checked.id })).toHaveLength(1);
  });
});

describe("rationaleLineOf", () => {
  it("reads the first written line without its Markdown marks", () => {
    expect(rationaleLineOf("\n\n## The **list** has [238 names](https://example.org).\nMore.")).toBe("The list has 238 names.");
    expect(rationaleLineOf("")).toBe("");
  });
});
