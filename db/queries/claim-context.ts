import "server-only";
import { eq, sql } from "drizzle-orm";
import { defaultRatingScale, type Rating } from "@/lib/checking/rating-scale";
import { AppError } from "@/lib/errors";
import { db, engine, forUpdate } from "../connection";
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
      fourEyes: investigations.fourEyes,
    })
    .from(claims)
    .innerJoin(sources, eq(sources.id, claims.sourceId))
    .innerJoin(investigations, eq(investigations.id, sources.investigationId))
    .where(eq(claims.id, sql.placeholder("claimId")))
    .prepare("claim_context_select"),
);

/**
 * The claim's row alone, locked: a lock on the joined read would also lock its source and
 * investigation, and so queue every change to any claim of the investigation behind it.
 */
const lockClaimRow = preparedOnce((database) =>
  forUpdate(
    database
      .select({ id: claims.id })
      .from(claims)
      .where(eq(claims.id, sql.placeholder("claimId"))),
  ).prepare("claim_context_lock_claim"),
);

/**
 * A claim with what every check on it needs: its source and its investigation's settings.
 * NOT_FOUND when the claim does not exist. Inside a write transaction it reads the
 * transaction's view and locks the claim's row until the transaction ends (`forUpdate`:
 * FOR UPDATE on PostgreSQL), so the status and version a caller decides from (approval lock,
 * version check) still hold when it writes.
 */
export async function getClaimContext(claimId: string) {
  if (db() !== engine().database) await lockClaimRow().execute({ claimId });
  const [row] = await selectClaimContext().execute({ claimId });
  if (!row) throw new AppError("NOT_FOUND", { key: "Errors.notFound.claim" });
  const scale: readonly Rating[] = row.ratingScale ?? defaultRatingScale;
  return {
    claim: row.claim,
    sourceTitle: row.sourceTitle,
    investigationId: row.investigationId,
    scale,
    hidesOthersAssessments: row.hidesOthersAssessments,
    fourEyes: row.fourEyes,
  };
}

/** CONFLICT carrying the other person's saved values, so the form can show them beside the draft. */
const staleKeys = { claim: "staleClaim", source: "staleSource", "evidence item": "staleEvidence", comment: "staleComment" } as const;

export function staleVersionError(what: keyof typeof staleKeys, current: Record<string, string>) {
  return new AppError("CONFLICT", { key: `Errors.conflict.${staleKeys[what]}` }, { fields: current });
}
