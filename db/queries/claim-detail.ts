import { and, desc, eq, isNull, ne, or, sql } from "drizzle-orm";
import type { Actor } from "@/lib/permissions";
import { db } from "../connection";
import { preparedOnce } from "../prepared";
import { events, facts, users } from "../schema";
import { listAssessmentsForViewer } from "./assessments";
import { getClaimContext } from "./claim-context";
import { listCommentsByClaim } from "./comments";
import { listEvidenceByClaim } from "./evidence";

const selectUserName = preparedOnce((database) =>
  database
    .select({ name: users.name })
    .from(users)
    .where(eq(users.id, sql.placeholder("userId")))
    .prepare(),
);
const selectFactTitle = preparedOnce((database) =>
  database
    .select({ id: facts.id, title: facts.title })
    .from(facts)
    .where(eq(facts.id, sql.placeholder("factId")))
    .prepare(),
);

/**
 * Everything the checking panel and `GET /api/v1/claims/{id}` show of one claim: its
 * review fields, the investigation's scale, evidence, comments, the independent verdicts the
 * actor may see, and the people who can be assigned. NOT_FOUND when it does not exist.
 */
export function getClaimDetail({ actor, id }: { actor: Actor; id: string }) {
  const { claim, sourceTitle, investigationId, scale, hidesOthersAssessments } = getClaimContext(id);
  const nameOf = (userId: string | null) => (userId ? (selectUserName().get({ userId })?.name ?? null) : null);
  return {
    id: claim.id,
    sourceId: claim.sourceId,
    sourceTitle,
    investigationId,
    exact: claim.exact,
    prefix: claim.prefix,
    suffix: claim.suffix,
    status: claim.status,
    verdictKey: claim.verdictKey,
    rationale: claim.rationale,
    assignee: claim.assigneeId ? { id: claim.assigneeId, name: nameOf(claim.assigneeId) } : null,
    createdBy: { id: claim.createdBy, name: nameOf(claim.createdBy) },
    approvedBy: claim.approvedBy ? { id: claim.approvedBy, name: nameOf(claim.approvedBy), at: claim.approvedAt } : null,
    fact: claim.factId ? (selectFactTitle().get({ factId: claim.factId }) ?? null) : null,
    version: claim.version,
    updatedAt: claim.updatedAt,
    scale,
    hidesOthersAssessments,
    evidence: listEvidenceByClaim({ claimId: id }),
    comments: listCommentsByClaim({ claimId: id }),
    assessments: listAssessmentsForViewer({ actor, claimId: id, hidesOthersAssessments }),
  };
}

export type ClaimDetail = ReturnType<typeof getClaimDetail>;

/** People a claim can be assigned to: every active account. */
export function listAssignableUsers() {
  return db().select({ id: users.id, name: users.name, role: users.role }).from(users).where(isNull(users.disabledAt)).orderBy(users.name).all();
}

/**
 * Every recorded change to a claim, newest first, with who made it (UTC timestamps). Other
 * people's independent verdicts are left out while the actor may not see them yet (as in
 * `listAssessmentsForViewer`): the history must not say what the panel hides.
 */
export function listClaimHistory({ actor, claimId }: { actor: Actor; claimId: string }) {
  const { hidesOthersAssessments } = getClaimContext(claimId);
  const { hiddenCount } = hidesOthersAssessments ? listAssessmentsForViewer({ actor, claimId, hidesOthersAssessments }) : { hiddenCount: 0 };
  const conditions = [eq(events.subjectType, "claim"), eq(events.subjectId, claimId), ne(events.action, "claim.viewed")];
  if (hiddenCount > 0) conditions.push(or(ne(events.action, "assessment.recorded"), eq(events.actorId, actor.id))!);
  return db()
    .select({ id: events.id, action: events.action, data: events.data, createdAt: events.createdAt, actorName: users.name })
    .from(events)
    .leftJoin(users, eq(users.id, events.actorId))
    .where(and(...conditions))
    .orderBy(desc(events.id))
    .all();
}
