import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { measureAgreement } from "@/lib/checking/agreement";
import { findRating } from "@/lib/checking/rating-scale";
import { AppError } from "@/lib/errors";
import { canCreateClaim, type Actor } from "@/lib/permissions";
import { db, writeTransaction } from "../connection";
import { preparedOnce } from "../prepared";
import { assessments, claims, investigations, sources, users } from "../schema";
import { assertAllowed } from "./actor";
import { getClaimContext } from "./claim-context";
import { recordEvent } from "./events";

/**
 * Records (or replaces) the acting reviewer's own independent verdict on a claim. The
 * verdict must be on the investigation's scale. The claim's row is locked while the verdict
 * is read and written (`getClaimContext`), so two saves at once by one reviewer run one
 * after the other: the second replaces the first instead of inserting a second verdict.
 */
export async function recordAssessment({ actor, claimId, verdictKey, note = "" }: { actor: Actor; claimId: string; verdictKey: string; note?: string }) {
  assertAllowed(canCreateClaim(actor), "You cannot record verdicts.");
  return writeTransaction(async (tx) => {
    const { investigationId, scale } = await getClaimContext(claimId);
    if (!findRating(scale, verdictKey))
      throw new AppError(
        "INVALID",
        { key: "Errors.invalid.verdictNotOnScale" },
        {
          fields: { verdictKey: "Errors.invalid.verdictNotOnScale" },
        },
      );
    const [existing] = await tx
      .select()
      .from(assessments)
      .where(and(eq(assessments.claimId, claimId), eq(assessments.reviewerId, actor.id)));
    const [row] = existing
      ? await tx
          .update(assessments)
          .set({ verdictKey, note, version: existing.version + 1, updatedAt: new Date().toISOString() })
          .where(eq(assessments.id, existing.id))
          .returning()
      : await tx.insert(assessments).values({ claimId, reviewerId: actor.id, verdictKey, note }).returning();
    await recordEvent({
      actorId: actor.id,
      action: "assessment.recorded",
      subjectType: "claim",
      subjectId: claimId,
      investigationId,
      data: { verdict: [existing?.verdictKey ?? null, verdictKey] },
    });
    return row!;
  });
}

const selectAssessmentsOfClaim = preparedOnce((database) =>
  database
    .select({
      id: assessments.id,
      reviewerId: assessments.reviewerId,
      reviewerName: users.name,
      verdictKey: assessments.verdictKey,
      note: assessments.note,
      updatedAt: assessments.updatedAt,
    })
    .from(assessments)
    .innerJoin(users, eq(users.id, assessments.reviewerId))
    .where(eq(assessments.claimId, sql.placeholder("claimId")))
    .orderBy(asc(assessments.createdAt), asc(assessments.id))
    .prepare("select_assessments_of_claim"),
);

/**
 * The independent verdicts on a claim as the acting user may see them: their own, and the
 * others' — unless the investigation hides others' verdicts until one records one's own,
 * in which case only their number is given. `hidesOthersAssessments` is the investigation's
 * setting when the caller has already read it (else it is read; NOT_FOUND without the claim).
 */
export async function listAssessmentsForViewer({
  actor,
  claimId,
  hidesOthersAssessments,
}: {
  actor: Actor;
  claimId: string;
  hidesOthersAssessments?: boolean;
}) {
  const hides = hidesOthersAssessments ?? (await getClaimContext(claimId)).hidesOthersAssessments;
  const all = await selectAssessmentsOfClaim().execute({ claimId });
  const own = all.find((a) => a.reviewerId === actor.id) ?? null;
  const others = all.filter((a) => a.reviewerId !== actor.id);
  const isHidden = hides && !own && actor.role === "reviewer";
  return { own, others: isHidden ? [] : others, hiddenCount: isHidden ? others.length : 0 };
}

/**
 * Agreement between reviewers' independent verdicts across the claims of an investigation.
 * Every signed-in role may read the figures. Where the investigation hides others' verdicts,
 * a reviewer's figures — percentage, κ, counts and disagreements — are computed only over
 * the claims they have recorded their own verdict on (`isLimitedToOwnAssessments`): exactly
 * the verdicts their claim panel shows them, so the figures tell them nothing about a claim
 * whose verdicts are still hidden from them (not even that its reviewers disagree).
 */
export async function getAgreementByInvestigation({ actor, investigationId }: { actor: Actor; investigationId: string }) {
  const [investigation] = await db()
    .select({ hides: investigations.hidesOthersAssessments })
    .from(investigations)
    .where(eq(investigations.id, investigationId));
  const hides = investigation?.hides ?? true;
  const rows = await db()
    .select({ claimId: assessments.claimId, exact: claims.exact, verdictKey: assessments.verdictKey, reviewerId: assessments.reviewerId })
    .from(assessments)
    .innerJoin(claims, eq(claims.id, assessments.claimId))
    .innerJoin(sources, eq(sources.id, claims.sourceId))
    .where(eq(sources.investigationId, investigationId))
    .orderBy(asc(assessments.claimId), asc(assessments.createdAt), asc(assessments.id));
  const isLimitedToOwnAssessments = hides && actor.role === "reviewer";
  const ownClaims = new Set(rows.filter((row) => row.reviewerId === actor.id).map((row) => row.claimId));
  const byClaim = new Map<string, { exact: string; ratings: string[] }>();
  for (const row of rows) {
    if (isLimitedToOwnAssessments && !ownClaims.has(row.claimId)) continue;
    const entry = byClaim.get(row.claimId) ?? { exact: row.exact, ratings: [] };
    entry.ratings.push(row.verdictKey);
    byClaim.set(row.claimId, entry);
  }
  const claimsRated = [...byClaim.entries()];
  const summary = measureAgreement(claimsRated.map(([, entry]) => entry.ratings));
  return {
    ...summary,
    isLimitedToOwnAssessments,
    disagreements: summary.disagreements.map((index) => ({
      claimId: claimsRated[index]![0],
      exact: claimsRated[index]![1].exact,
      verdicts: claimsRated[index]![1].ratings,
    })),
  };
}
