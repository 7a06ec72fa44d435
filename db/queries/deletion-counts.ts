import { count, eq, type SQL } from "drizzle-orm";
import type { DependentCounts } from "@/lib/checking/deletion-summary";
import type { Actor } from "@/lib/permissions";
import { db } from "../connection";
import { assessments, claims, evidence, sources } from "../schema";

/** Claims, their verdicts, independent verdicts and evidence items of the sources matching `where`. */
function countUnder(where: SQL): DependentCounts {
  const claimRow = db()
    .select({ claims: count(claims.id), verdicts: count(claims.verdictKey) })
    .from(claims)
    .innerJoin(sources, eq(sources.id, claims.sourceId))
    .where(where)
    .get();
  const evidenceItems =
    db()
      .select({ n: count() })
      .from(evidence)
      .innerJoin(claims, eq(claims.id, evidence.claimId))
      .innerJoin(sources, eq(sources.id, claims.sourceId))
      .where(where)
      .get()?.n ?? 0;
  const independentVerdicts =
    db()
      .select({ n: count() })
      .from(assessments)
      .innerJoin(claims, eq(claims.id, assessments.claimId))
      .innerJoin(sources, eq(sources.id, claims.sourceId))
      .where(where)
      .get()?.n ?? 0;
  return { claims: claimRow?.claims ?? 0, verdicts: claimRow?.verdicts ?? 0, independentVerdicts, evidenceItems };
}

/** What deleting a source takes with it (for the delete dialog). Every signed-in role may read it. */
export function countDependentsOfSource({ actor, sourceId }: { actor: Actor; sourceId: string }): DependentCounts {
  void actor;
  return countUnder(eq(sources.id, sourceId));
}

/** What deleting an investigation takes with it: its sources and everything under them. */
export function countDependentsOfInvestigation({ actor, investigationId }: { actor: Actor; investigationId: string }): DependentCounts {
  void actor;
  const sourceCount = db().select({ n: count() }).from(sources).where(eq(sources.investigationId, investigationId)).get()?.n ?? 0;
  return { sources: sourceCount, ...countUnder(eq(sources.investigationId, investigationId)) };
}
