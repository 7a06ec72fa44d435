import "server-only";
import { and, asc, count, eq, inArray, isNull, ne, sql } from "drizzle-orm";
import { assertNotApproved } from "@/lib/checking/approval-lock";
import { findRating, defaultRatingScale } from "@/lib/checking/rating-scale";
import { AppError } from "@/lib/errors";
import { groupBy } from "@/lib/group-by";
import { canCreateClaim, canEditClaim, type Actor } from "@/lib/permissions";
import { compareQuantities, describeInterval, quantityFromJson, quantityOfClaim, quantityToJson, readQuantity, unitsComparable } from "@/lib/quantities";
import { db, writeTransaction } from "../connection";
import { claims, facts, investigations, sources } from "../schema";
import { assertAllowed } from "./actor";
import { getClaimContext } from "./claim-context";
import { currentWordingOfClaims } from "./current-wording";
import { recordEvent } from "./events";
import { indexClaims, indexFacts } from "./search-index";

/**
 * Facts: checkable statements that claims in several sources speak to. A claim belongs to
 * at most one fact. The figures of a fact's claims are read as intervals (lib/quantities)
 * and every pair that cannot both hold is reported with its reason.
 */
async function claimsInInvestigation(investigationId: string, requestedIds: string[]) {
  const claimIds = [...new Set(requestedIds)];
  const found = [];
  for (let index = 0; index < claimIds.length; index += 1000) {
    found.push(
      ...(await db()
        .select({ id: claims.id, exact: claims.exact, factId: claims.factId })
        .from(claims)
        .innerJoin(sources, eq(sources.id, claims.sourceId))
        .where(and(eq(sources.investigationId, investigationId), inArray(claims.id, claimIds.slice(index, index + 1000))))),
    );
  }
  return found;
}

async function alreadyLinkedError(exact: string, factId: string | null) {
  const [other] = factId ? await db().select({ title: facts.title }).from(facts).where(eq(facts.id, factId)) : [];
  return new AppError(
    "INVALID",
    other ? { key: "Errors.invalid.claimInOtherFact", values: { exact, fact: other.title } } : { key: "Errors.invalid.claimInAnotherFact", values: { exact } },
    {
      fields: { claimIds: "already linked" },
    },
  );
}

/**
 * Inside a write transaction: links each claim to the fact, INVALID when one is not in the
 * investigation or already speaks to another fact. The link is set only where the claim has
 * none (`where fact_id is null`), so of two links made at once the second is refused.
 */
async function linkClaims(actor: Actor, investigationId: string, factId: string, claimIds: string[]) {
  const found = await claimsInInvestigation(investigationId, claimIds);
  if (found.length !== new Set(claimIds).size)
    throw new AppError("INVALID", { key: "Errors.invalid.claimsElsewhere" }, { fields: { claimIds: "Errors.invalid.chooseClaimsOfInvestigation" } });
  // In id order: two links at once that share claims lock them in the same order (no deadlock on PostgreSQL).
  for (const claim of found.sort((a, b) => (a.id < b.id ? -1 : 1))) {
    if (claim.factId === factId) continue;
    if (claim.factId) throw await alreadyLinkedError(claim.exact, claim.factId);
    const linked = await db()
      .update(claims)
      .set({ factId, updatedAt: new Date().toISOString() })
      .where(and(eq(claims.id, claim.id), isNull(claims.factId)))
      .returning({ id: claims.id });
    if (linked.length === 0) {
      const [current] = await db().select({ factId: claims.factId }).from(claims).where(eq(claims.id, claim.id));
      if (current?.factId === factId) continue;
      throw await alreadyLinkedError(claim.exact, current?.factId ?? null);
    }
    await recordEvent({ actorId: actor.id, action: "claim.linked-to-fact", subjectType: "claim", subjectId: claim.id, investigationId, data: { factId } });
  }
}

export async function createFact({ actor, investigationId, title, claimIds }: { actor: Actor; investigationId: string; title: string; claimIds: string[] }) {
  assertAllowed(canCreateClaim(actor), "You cannot create facts.");
  return writeTransaction(async (tx) => {
    const [investigation] = await tx.select({ id: investigations.id }).from(investigations).where(eq(investigations.id, investigationId));
    if (!investigation) throw new AppError("NOT_FOUND", { key: "Errors.notFound.investigation" });
    const [fact] = await tx.insert(facts).values({ investigationId, title, createdBy: actor.id }).returning();
    await recordEvent({ actorId: actor.id, action: "fact.created", subjectType: "fact", subjectId: fact!.id, investigationId, data: { title } });
    await indexFacts([fact!.id]);
    await linkClaims(actor, investigationId, fact!.id, claimIds);
    return fact!;
  });
}

async function getFactOrThrow(id: string) {
  const [fact] = await db().select().from(facts).where(eq(facts.id, id));
  if (!fact) throw new AppError("NOT_FOUND", { key: "Errors.notFound.fact" });
  return fact;
}

export async function linkClaimsToFact({ actor, factId, claimIds }: { actor: Actor; factId: string; claimIds: string[] }) {
  assertAllowed(canCreateClaim(actor), "You cannot link claims.");
  await writeTransaction(async () => {
    const fact = await getFactOrThrow(factId);
    await linkClaims(actor, fact.investigationId, fact.id, claimIds);
  });
}

export async function unlinkClaimFromFact({ actor, factId, claimId }: { actor: Actor; factId: string; claimId: string }) {
  assertAllowed(canCreateClaim(actor), "You cannot unlink claims.");
  await writeTransaction(async (tx) => {
    const fact = await getFactOrThrow(factId);
    const changed = await tx
      .update(claims)
      .set({ factId: null, updatedAt: new Date().toISOString() })
      .where(and(eq(claims.id, claimId), eq(claims.factId, factId)))
      .returning({ id: claims.id });
    if (changed.length === 0) throw new AppError("NOT_FOUND", { key: "Errors.notFound.claimNotInFact" });
    await recordEvent({
      actorId: actor.id,
      action: "claim.unlinked-from-fact",
      subjectType: "claim",
      subjectId: claimId,
      investigationId: fact.investigationId,
      data: { factId },
    });
  });
}

type ScaleAndTolerance = { scale: ReturnType<typeof scaleOf>; tolerance: number };
function scaleOf(row: { ratingScale: unknown } | undefined) {
  return (row?.ratingScale as typeof defaultRatingScale | null) ?? defaultRatingScale;
}

const comparedClaimFields = {
  claim: claims,
  sourceTitle: sources.title,
  outlet: sources.outlet,
  publishedAt: sources.publishedAt,
  url: sources.url,
  sourceLanguage: sources.language,
};
type ComparedClaimRow = {
  claim: typeof claims.$inferSelect;
  sourceTitle: string;
  outlet: string | null;
  publishedAt: string | null;
  url: string | null;
  sourceLanguage: string;
};
/** Oldest source first (undated sources first, as SQLite always ordered them), then in text order. */
const comparedClaimOrder = [sql`${sources.publishedAt} asc nulls first`, asc(claims.start), asc(claims.id)];

/**
 * One fact's claims (oldest source first, then in text order) compared: figures, verdicts,
 * conflicts, and every pair's result (`comparisons`: consistent, conflict or not-compared,
 * with the reason as data; a claim's source language decides where its unit's head noun
 * is). Each row carries where its claim stands on its source's current version
 * (`anchorStatus`) and its words there (`wording`; an orphan's original words), since a
 * table of what sources say must quote what they say now.
 */
async function compareClaims(rows: ComparedClaimRow[], settings: ScaleAndTolerance) {
  const wordings = await currentWordingOfClaims(rows.map(({ claim }) => claim));
  const items = rows.map(({ claim, ...source }) => {
    const quantity = quantityOfClaim(claim, settings.tolerance, source.sourceLanguage);
    const { anchorStatus, wording } = wordings.get(claim.id)!;
    return {
      id: claim.id,
      sourceId: claim.sourceId,
      createdBy: claim.createdBy,
      ...source,
      exact: claim.exact,
      anchorStatus,
      wording,
      status: claim.status,
      verdict: findRating(settings.scale, claim.verdictKey)?.label ?? null,
      /** The verdict's rating value (1 worst … 5 best), which picks its colour; null without one. */
      verdictValue: findRating(settings.scale, claim.verdictKey)?.ratingValue ?? null,
      quantity,
      interval: quantity ? describeInterval(quantity) : null,
      isCorrected: claim.quantityOverride !== null,
    };
  });
  const { conflicts, comparisons } = compareQuantities(items.map((item) => ({ id: item.id, quantity: item.quantity, language: item.sourceLanguage })));
  return { items, conflicts, comparisons };
}

async function compareClaimsOfFact(factId: string, settings: ScaleAndTolerance) {
  const rows = await db()
    .select(comparedClaimFields)
    .from(claims)
    .innerJoin(sources, eq(sources.id, claims.sourceId))
    .where(eq(claims.factId, factId))
    .orderBy(...comparedClaimOrder);
  return compareClaims(rows, settings);
}

/** Every fact's comparison in an investigation, keyed by fact id, from one query (not one per fact). */
async function compareClaimsByFact(investigationId: string, settings: ScaleAndTolerance) {
  const rows = await db()
    .select({ ...comparedClaimFields, factId: facts.id })
    .from(claims)
    .innerJoin(facts, eq(facts.id, claims.factId))
    .innerJoin(sources, eq(sources.id, claims.sourceId))
    .where(eq(facts.investigationId, investigationId))
    .orderBy(...comparedClaimOrder);
  const rowsByFact = groupBy(rows, (row) => row.factId);
  return (factId: string) => compareClaims(rowsByFact.get(factId) ?? [], settings);
}

async function settingsOf(investigationId: string): Promise<ScaleAndTolerance> {
  const [row] = await db()
    .select({ ratingScale: investigations.ratingScale, tolerance: investigations.approximateTolerancePercent })
    .from(investigations)
    .where(eq(investigations.id, investigationId));
  return { scale: scaleOf(row), tolerance: (row?.tolerance ?? 10) / 100 };
}

/** A fact with its claims (source, outlet, date, language, wording, figure as an interval, verdict), its conflicts and every pair's comparison; NOT_FOUND when it is gone. */
export async function getFactById({ actor, id }: { actor: Actor; id: string }) {
  void actor;
  const fact = await getFactOrThrow(id);
  const { items, conflicts, comparisons } = await compareClaimsOfFact(fact.id, await settingsOf(fact.investigationId));
  return {
    id: fact.id,
    investigationId: fact.investigationId,
    title: fact.title,
    version: fact.version,
    claims: items.map(({ quantity, ...item }) => ({ ...item, quantity: quantity ? quantityToJson(quantity) : null })),
    conflicts,
    comparisons,
  };
}

export type FactDetail = Awaited<ReturnType<typeof getFactById>>;

/** The facts of an investigation, oldest first (ties by id). */
const factsOf = (investigationId: string) =>
  db().select({ id: facts.id, title: facts.title }).from(facts).where(eq(facts.investigationId, investigationId)).orderBy(asc(facts.createdAt), asc(facts.id));

/**
 * Every fact of an investigation with its comparison: each claim's source, wording, figure
 * and verdict, and the conflicting pairs with their reasons (for reports and exports). The
 * same for every reader; `actor` is null for a public link's reader (nobody signed in).
 */
export async function listFactComparisonsByInvestigation({ actor, investigationId }: { actor: Actor | null; investigationId: string }) {
  void actor;
  const comparisonOf = await compareClaimsByFact(investigationId, await settingsOf(investigationId));
  const result = [];
  for (const fact of await factsOf(investigationId)) result.push({ ...fact, ...(await comparisonOf(fact.id)) });
  return result;
}

/** The ids of the investigation's claims that are in at least one conflicting pair of their fact (the claim list's `conflict` filter). */
export async function listConflictingClaimIds({ investigationId }: { investigationId: string }): Promise<Set<string>> {
  const comparisonOf = await compareClaimsByFact(investigationId, await settingsOf(investigationId));
  const ids = new Set<string>();
  for (const fact of await factsOf(investigationId)) for (const { a, b } of (await comparisonOf(fact.id)).conflicts) ids.add(a).add(b);
  return ids;
}

/** The facts of an investigation with how many claims each links and how many conflicting pairs it has. */
export async function listFactsByInvestigation({ actor, investigationId }: { actor: Actor; investigationId: string }) {
  void actor;
  const comparisonOf = await compareClaimsByFact(investigationId, await settingsOf(investigationId));
  const rows = await db()
    .select({ id: facts.id, title: facts.title, claimCount: count(claims.id) })
    .from(facts)
    .leftJoin(claims, eq(claims.factId, facts.id))
    .where(eq(facts.investigationId, investigationId))
    .groupBy(facts.id, facts.title, facts.createdAt)
    .orderBy(asc(facts.createdAt), asc(facts.id));
  const result = [];
  for (const fact of rows) result.push({ ...fact, conflictCount: (await comparisonOf(fact.id)).conflicts.length });
  return result;
}

const wordsOf = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

/**
 * Claims in the investigation's other sources that likely speak to the same thing as this
 * one, for a person to confirm: scored by shared words of their quotes and context, and a
 * bonus when their figures count the same thing (in either language). At most five, best first; NOT_FOUND without the claim.
 */
export async function listLinkSuggestions({ actor, claimId }: { actor: Actor; claimId: string }) {
  void actor;
  const [target] = await db()
    .select({ claim: claims, investigationId: sources.investigationId, language: sources.language })
    .from(claims)
    .innerJoin(sources, eq(sources.id, claims.sourceId))
    .where(eq(claims.id, claimId));
  if (!target) throw new AppError("NOT_FOUND", { key: "Errors.notFound.claim" });
  const targetWords = wordsOf(`${target.claim.exact} ${target.claim.prefix} ${target.claim.suffix}`);
  const targetUnit = readQuantity(target.claim.exact, { language: target.language })?.unit?.toLowerCase() ?? null;
  const candidates = await db()
    .select({
      id: claims.id,
      exact: claims.exact,
      prefix: claims.prefix,
      suffix: claims.suffix,
      factId: claims.factId,
      sourceTitle: sources.title,
      language: sources.language,
      factTitle: facts.title,
    })
    .from(claims)
    .innerJoin(sources, eq(sources.id, claims.sourceId))
    .leftJoin(facts, eq(facts.id, claims.factId))
    .where(and(eq(sources.investigationId, target.investigationId), ne(claims.sourceId, target.claim.sourceId)))
    .orderBy(asc(claims.id));
  return candidates
    .filter((candidate) => !target.claim.factId || candidate.factId !== target.claim.factId)
    .map((candidate) => {
      const words = wordsOf(`${candidate.exact} ${candidate.prefix} ${candidate.suffix}`);
      const shared = [...words].filter((word) => targetWords.has(word)).length;
      const jaccard = shared / Math.max(1, new Set([...words, ...targetWords]).size);
      const unit = readQuantity(candidate.exact, { language: candidate.language })?.unit?.toLowerCase() ?? null;
      // Same counted thing, in either language ("deportados" ~ "deportees"): see lib/quantities/units.ts.
      const score = jaccard + (targetUnit && unit && unitsComparable(targetUnit, unit) ? 0.3 : 0);
      return {
        id: candidate.id,
        exact: candidate.exact,
        sourceTitle: candidate.sourceTitle,
        factId: candidate.factId,
        factTitle: candidate.factTitle,
        score: Math.round(score * 100) / 100,
      };
    })
    .filter((candidate) => candidate.score >= 0.15)
    .sort((a, b) => b.score - a.score)
    .slice(0, 5);
}

/**
 * Sets (or, with null, clears) a reviewer's hand correction of the figure read from a claim.
 * The correction is validated as a quantity (INVALID with the reason at the field) and
 * recorded in the claim's history, old → new. FORBIDDEN while the claim is approved: the
 * claim's row is locked while its status is checked (`getClaimContext`), so an approval
 * cannot slip in between.
 */
export async function setQuantityCorrection({ actor, claimId, correction }: { actor: Actor; claimId: string; correction: Record<string, unknown> | null }) {
  assertAllowed(canCreateClaim(actor), "You cannot correct figures.");
  const stored: Record<string, unknown> | null = correction === null ? null : { ...quantityToJson(quantityFromJson(correction)) };
  await writeTransaction(async (tx) => {
    const { claim, investigationId } = await getClaimContext(claimId);
    // The corrected figure is part of the claim: like its words, its author or an editor changes it.
    assertAllowed(canEditClaim(actor, claim), "Only editors can correct the figure of a claim someone else made.");
    assertNotApproved(claim, "figure");
    await tx.update(claims).set({ quantityOverride: stored, updatedAt: new Date().toISOString() }).where(eq(claims.id, claimId));
    await indexClaims([claimId]);
    await recordEvent({
      actorId: actor.id,
      action: "claim.quantity-corrected",
      subjectType: "claim",
      subjectId: claimId,
      investigationId,
      data: { quantity: [claim.quantityOverride, stored] },
    });
  });
}

/** A claim's figure (its correction when there is one), as JSON, and whether it was corrected by hand; NOT_FOUND without the claim. */
export async function getClaimQuantity({ actor, claimId }: { actor: Actor; claimId: string }) {
  void actor;
  const [row] = await db()
    .select({ claim: claims, tolerance: investigations.approximateTolerancePercent, language: sources.language })
    .from(claims)
    .innerJoin(sources, eq(sources.id, claims.sourceId))
    .innerJoin(investigations, eq(investigations.id, sources.investigationId))
    .where(eq(claims.id, claimId));
  if (!row) throw new AppError("NOT_FOUND", { key: "Errors.notFound.claim" });
  const quantity = quantityOfClaim(row.claim, row.tolerance / 100, row.language);
  return {
    claimId,
    quantity: quantity ? quantityToJson(quantity) : null,
    interval: quantity ? describeInterval(quantity) : null,
    isCorrected: row.claim.quantityOverride !== null,
  };
}

/** The facts of an investigation by title only (for pickers): no figures read, no conflicts computed. */
export async function listFactTitlesByInvestigation({ actor, investigationId }: { actor: Actor; investigationId: string }) {
  void actor;
  return factsOf(investigationId);
}
