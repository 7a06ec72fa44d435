import "server-only";
import { count, eq, type SQL } from "drizzle-orm";
import type { DependentCounts } from "@/lib/checking/deletion-summary";
import type { Actor } from "@/lib/permissions";
import { db } from "../connection";
import { assessments, claims, evidence, sources } from "../schema";

/** Claims, their verdicts, independent verdicts and evidence items of the sources matching `where`. */
async function countUnder(where: SQL): Promise<DependentCounts> {
  const [claimRow] = await db()
    .select({ claims: count(claims.id), verdicts: count(claims.verdictKey) })
    .from(claims)
    .innerJoin(sources, eq(sources.id, claims.sourceId))
    .where(where);
  const [evidenceRow] = await db()
    .select({ n: count() })
    .from(evidence)
    .innerJoin(claims, eq(claims.id, evidence.claimId))
    .innerJoin(sources, eq(sources.id, claims.sourceId))
    .where(where);
  const [assessmentRow] = await db()
    .select({ n: count() })
    .from(assessments)
    .innerJoin(claims, eq(claims.id, assessments.claimId))
    .innerJoin(sources, eq(sources.id, claims.sourceId))
    .where(where);
  return { claims: claimRow?.claims ?? 0, verdicts: claimRow?.verdicts ?? 0, independentVerdicts: assessmentRow?.n ?? 0, evidenceItems: evidenceRow?.n ?? 0 };
}

/** What deleting a source takes with it (for the delete dialog). Every signed-in role may read it. */
export async function countDependentsOfSource({ actor, sourceId }: { actor: Actor; sourceId: string }): Promise<DependentCounts> {
  void actor;
  return countUnder(eq(sources.id, sourceId));
}

/** What deleting an investigation takes with it: its sources and everything under them. */
export async function countDependentsOfInvestigation({ actor, investigationId }: { actor: Actor; investigationId: string }): Promise<DependentCounts> {
  void actor;
  const [sourceRow] = await db().select({ n: count() }).from(sources).where(eq(sources.investigationId, investigationId));
  return { sources: sourceRow?.n ?? 0, ...(await countUnder(eq(sources.investigationId, investigationId))) };
}
