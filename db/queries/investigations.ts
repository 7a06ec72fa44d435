import "server-only";
import { and, count, desc, eq } from "drizzle-orm";
import { defaultRatingScale, type Rating } from "@/lib/checking/rating-scale";
import { AppError } from "@/lib/errors";
import { defaultLocale, isLocale, type Locale } from "@/lib/i18n/locales";
import { canManageInvestigations, type Actor } from "@/lib/permissions";
import type { CreateInvestigationInput, RenameInvestigationInput } from "@/lib/validation/investigation";
import { db, forUpdate, writeTransaction } from "../connection";
import { assessments, claims, investigations, sources, users } from "../schema";
import { assertAllowed } from "./actor";
import { recordEvent } from "./events";
import { rereadQuantitiesOfInvestigation } from "./quantity-readings";

export type InvestigationSummary = {
  id: string;
  title: string;
  sourceCount: number;
  createdByName: string;
  updatedAt: string;
  version: number;
};

/** Every investigation in the workspace, most recently changed first. */
export async function listInvestigations({ actor }: { actor: Actor }): Promise<InvestigationSummary[]> {
  void actor; // every signed-in role may read every investigation
  return db()
    .select({
      id: investigations.id,
      title: investigations.title,
      createdByName: users.name,
      updatedAt: investigations.updatedAt,
      version: investigations.version,
      sourceCount: count(sources.id),
    })
    .from(investigations)
    .innerJoin(users, eq(users.id, investigations.createdBy))
    .leftJoin(sources, eq(sources.investigationId, investigations.id))
    .groupBy(investigations.id, users.id)
    .orderBy(desc(investigations.updatedAt));
}

/** The investigation with its sources (oldest first); NOT_FOUND when it does not exist. */
export async function getInvestigationById({ actor, id }: { actor: Actor; id: string }) {
  void actor;
  const [investigation] = await db()
    .select({
      id: investigations.id,
      title: investigations.title,
      version: investigations.version,
      ratingScale: investigations.ratingScale,
      hidesOthersAssessments: investigations.hidesOthersAssessments,
      approximateTolerancePercent: investigations.approximateTolerancePercent,
      publishedUrl: investigations.publishedUrl,
      reportLanguage: investigations.reportLanguage,
      fourEyes: investigations.fourEyes,
      dailyRecheck: investigations.dailyRecheck,
      createdAt: investigations.createdAt,
      updatedAt: investigations.updatedAt,
    })
    .from(investigations)
    .where(eq(investigations.id, id));
  if (!investigation) throw new AppError("NOT_FOUND", { key: "Errors.notFound.investigation" });
  const sourceList = await db()
    .select({
      id: sources.id,
      title: sources.title,
      outlet: sources.outlet,
      url: sources.url,
      publishedAt: sources.publishedAt,
      language: sources.language,
      captureId: sources.captureId,
      createdAt: sources.createdAt,
    })
    .from(sources)
    .where(eq(sources.investigationId, id))
    .orderBy(sources.createdAt);
  const reportLanguage: Locale = isLocale(investigation.reportLanguage) ? investigation.reportLanguage : defaultLocale;
  return { ...investigation, ratingScale: investigation.ratingScale ?? defaultRatingScale, reportLanguage, sources: sourceList };
}

export async function createInvestigation({ actor, input }: { actor: Actor; input: CreateInvestigationInput }) {
  assertAllowed(canManageInvestigations(actor), "Only editors can create investigations.");
  return writeTransaction(async (tx) => {
    const [row] = await tx.insert(investigations).values({ title: input.title, createdBy: actor.id }).returning();
    if (!row) throw new Error("The investigation was not stored.");
    await recordEvent({
      actorId: actor.id,
      action: "investigation.created",
      subjectType: "investigation",
      subjectId: row.id,
      investigationId: row.id,
      data: { title: row.title },
    });
    return { id: row.id, title: row.title, version: row.version };
  });
}

/**
 * Renames an investigation if it is still at the version the editor saw; otherwise
 * CONFLICT, with the title someone else saved, so the editor's draft is not lost.
 */
export async function renameInvestigation({ actor, id, input }: { actor: Actor; id: string; input: RenameInvestigationInput }) {
  assertAllowed(canManageInvestigations(actor), "Only editors can rename investigations.");
  return writeTransaction(async (tx) => {
    const [current] = await forUpdate(tx.select().from(investigations).where(eq(investigations.id, id)));
    if (!current) throw new AppError("NOT_FOUND", { key: "Errors.notFound.investigation" });
    if (current.version !== input.version) {
      throw new AppError(
        "CONFLICT",
        { key: "Errors.conflict.investigationRenamed", values: { title: current.title } },
        {
          fields: { title: current.title, version: String(current.version) },
        },
      );
    }
    const [row] = await tx
      .update(investigations)
      .set({ title: input.title, version: current.version + 1, updatedAt: new Date().toISOString() })
      .where(and(eq(investigations.id, id), eq(investigations.version, input.version)))
      .returning();
    if (!row) throw new AppError("NOT_FOUND", { key: "Errors.notFound.investigation" });
    await recordEvent({
      actorId: actor.id,
      action: "investigation.renamed",
      subjectType: "investigation",
      subjectId: id,
      investigationId: id,
      data: { title: [current.title, row.title] },
    });
    return { id: row.id, title: row.title, version: row.version };
  });
}

/** Deletes an investigation with its sources and their versions. */
export async function deleteInvestigation({ actor, id }: { actor: Actor; id: string }) {
  assertAllowed(canManageInvestigations(actor), "Only editors can delete investigations.");
  await writeTransaction(async (tx) => {
    const [current] = await tx.select().from(investigations).where(eq(investigations.id, id));
    if (!current) throw new AppError("NOT_FOUND", { key: "Errors.notFound.investigation" });
    await tx.delete(investigations).where(eq(investigations.id, id));
    await recordEvent({ actorId: actor.id, action: "investigation.deleted", subjectType: "investigation", subjectId: id, data: { title: current.title } });
  });
}

/** How many claims of an investigation are open, in review and approved. */
export async function countClaimsByStatus({ actor, investigationId }: { actor: Actor; investigationId: string }) {
  void actor;
  const rows = await db()
    .select({ status: claims.status, n: count() })
    .from(claims)
    .innerJoin(sources, eq(sources.id, claims.sourceId))
    .where(eq(sources.investigationId, investigationId))
    .groupBy(claims.status);
  const counts = { open: 0, "in-review": 0, approved: 0 };
  for (const row of rows) counts[row.status] = row.n;
  return counts;
}

/** The investigation's verdict scale (the default scale unless an editor changed it). */
export async function getRatingScaleByInvestigation({ investigationId }: { investigationId: string }): Promise<readonly Rating[]> {
  const [row] = await db().select({ scale: investigations.ratingScale }).from(investigations).where(eq(investigations.id, investigationId));
  return row?.scale ?? defaultRatingScale;
}

/**
 * Changes an investigation's verdict scale and review settings (editors), if it is still at
 * `version`. A rating that claims or independent verdicts use cannot be removed: the
 * refusal names it and how often it is used.
 */
export async function updateInvestigationSettings({
  actor,
  id,
  version,
  ratingScale,
  hidesOthersAssessments,
  approximateTolerancePercent,
}: {
  actor: Actor;
  id: string;
  version: number;
  ratingScale: Rating[];
  hidesOthersAssessments: boolean;
  /** Half-width of the band read for "roughly / about N", in percent; unchanged when omitted. */
  approximateTolerancePercent?: number;
}) {
  assertAllowed(canManageInvestigations(actor), "Only editors can change the verdict scale.");
  return writeTransaction(async (tx) => {
    const [current] = await forUpdate(tx.select().from(investigations).where(eq(investigations.id, id)));
    if (!current) throw new AppError("NOT_FOUND", { key: "Errors.notFound.investigation" });
    if (current.version !== version) throw new AppError("CONFLICT", { key: "Errors.conflict.investigationSettingsChanged" });
    const kept = new Set(ratingScale.map((rating) => rating.key));
    const before = current.ratingScale ?? defaultRatingScale;
    for (const removed of before.filter((rating) => !kept.has(rating.key))) {
      const [claimUses] = await tx
        .select({ n: count() })
        .from(claims)
        .innerJoin(sources, eq(sources.id, claims.sourceId))
        .where(and(eq(sources.investigationId, id), eq(claims.verdictKey, removed.key)));
      const [assessmentUses] = await tx
        .select({ n: count() })
        .from(assessments)
        .innerJoin(claims, eq(claims.id, assessments.claimId))
        .innerJoin(sources, eq(sources.id, claims.sourceId))
        .where(and(eq(sources.investigationId, id), eq(assessments.verdictKey, removed.key)));
      const uses = (claimUses?.n ?? 0) + (assessmentUses?.n ?? 0);
      if (uses > 0)
        throw new AppError("INVALID", { key: "Errors.invalid.verdictInUse", values: { label: removed.label, uses } }, { fields: { scale: "in use" } });
    }
    const tolerance = approximateTolerancePercent ?? current.approximateTolerancePercent;
    await tx
      .update(investigations)
      .set({ ratingScale, hidesOthersAssessments, approximateTolerancePercent: tolerance, version: current.version + 1, updatedAt: new Date().toISOString() })
      .where(eq(investigations.id, id));
    if (tolerance !== current.approximateTolerancePercent) await rereadQuantitiesOfInvestigation(tx, id, tolerance);
    await recordEvent({
      actorId: actor.id,
      action: "investigation.settings-changed",
      subjectType: "investigation",
      subjectId: id,
      investigationId: id,
      data: {
        ratingScale: [before, ratingScale],
        hidesOthersAssessments: [current.hidesOthersAssessments, hidesOthersAssessments],
        approximateTolerancePercent: [current.approximateTolerancePercent, tolerance],
      },
    });
    return { version: current.version + 1 };
  });
}
