import { eq, sql } from "drizzle-orm";
import { defaultRatingScale, type Rating } from "@/lib/checking/rating-scale";
import { AppError } from "@/lib/errors";
import { preparedOnce } from "../prepared";
import { claims, investigations, sources } from "../schema";

const selectClaimContext = preparedOnce((database) =>
  database
    .select({
      claim: claims,
      sourceTitle: sources.title,
      investigationId: sources.investigationId,
      ratingScale: investigations.ratingScale,
      hidesOthersAssessments: investigations.hidesOthersAssessments,
    })
    .from(claims)
    .innerJoin(sources, eq(sources.id, claims.sourceId))
    .innerJoin(investigations, eq(investigations.id, sources.investigationId))
    .where(eq(claims.id, sql.placeholder("claimId")))
    .prepare(),
);

/**
 * A claim with what every check on it needs: its source and its investigation's settings.
 * NOT_FOUND when the claim does not exist. Inside a write transaction it reads the
 * transaction's view (one connection).
 */
export function getClaimContext(claimId: string) {
  const row = selectClaimContext().get({ claimId });
  if (!row) throw new AppError("NOT_FOUND", "This claim does not exist or was deleted.");
  const scale: readonly Rating[] = row.ratingScale ?? defaultRatingScale;
  return { claim: row.claim, sourceTitle: row.sourceTitle, investigationId: row.investigationId, scale, hidesOthersAssessments: row.hidesOthersAssessments };
}

/** CONFLICT carrying the other person's saved values, so the form can show them beside the draft. */
export function staleVersionError(what: string, current: Record<string, string>) {
  return new AppError(
    "CONFLICT",
    `Someone else changed this ${what} after you opened it. Their version is shown below; your draft is still in the form — save again to replace theirs.`,
    { fields: current },
  );
}
