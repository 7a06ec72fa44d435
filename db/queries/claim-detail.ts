import "server-only";
import { and, asc, desc, eq, isNull, ne, or, sql } from "drizzle-orm";
import type { Actor } from "@/lib/permissions";
import { db } from "../connection";
import { preparedOnce } from "../prepared";
import { events, facts, users } from "../schema";
import { listAssessmentsForViewer } from "./assessments";
import { getClaimContext } from "./claim-context";
import { listCommentsByClaim } from "./comments";
import { listEvidenceByClaim } from "./evidence";
import { isFollowingClaim } from "./follows";
import { getFactById, listFactTitlesByInvestigation, listLinkSuggestions } from "./facts";

const selectUserName = preparedOnce((database) =>
  database
    .select({ name: users.name })
    .from(users)
    .where(eq(users.id, sql.placeholder("userId")))
    .prepare("claim_detail_user_name"),
);
const selectFactTitle = preparedOnce((database) =>
  database
    .select({ id: facts.id, title: facts.title })
    .from(facts)
    .where(eq(facts.id, sql.placeholder("factId")))
    .prepare("claim_detail_fact_title"),
);

async function nameOf(userId: string | null): Promise<string | null> {
  if (!userId) return null;
  const [row] = await selectUserName().execute({ userId });
  return row?.name ?? null;
}

/**
 * Everything the checking panel and `GET /api/v1/claims/{id}` show of one claim: its
 * review fields, the investigation's scale, evidence, comments, the independent verdicts the
 * actor may see, and the people who can be assigned. NOT_FOUND when it does not exist.
 */
export async function getClaimDetail({ actor, id }: { actor: Actor; id: string }) {
  const { claim, sourceTitle, investigationId, scale, hidesOthersAssessments, fourEyes } = await getClaimContext(id);
  const [fact] = claim.factId ? await selectFactTitle().execute({ factId: claim.factId }) : [];
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
    // What the public report says of it (null: the sentence around its words / not said / the investigation's address).
    statement: claim.statement,
    claimant: claim.claimant,
    publishedUrl: claim.publishedUrl,
    assignee: claim.assigneeId ? { id: claim.assigneeId, name: await nameOf(claim.assigneeId) } : null,
    createdBy: { id: claim.createdBy, name: await nameOf(claim.createdBy) },
    approvedBy: claim.approvedBy ? { id: claim.approvedBy, name: await nameOf(claim.approvedBy), at: claim.approvedAt } : null,
    verdictSetBy: claim.verdictSetBy ? { id: claim.verdictSetBy, name: await nameOf(claim.verdictSetBy) } : null,
    dueAt: claim.dueAt,
    fourEyes,
    fact: fact ?? null,
    version: claim.version,
    updatedAt: claim.updatedAt,
    scale,
    hidesOthersAssessments,
    evidence: await listEvidenceByClaim({ claimId: id }),
    comments: await listCommentsByClaim({ claimId: id }),
    assessments: await listAssessmentsForViewer({ actor, claimId: id, hidesOthersAssessments }),
  };
}

export type ClaimDetail = Awaited<ReturnType<typeof getClaimDetail>>;

/** People a claim can be assigned to: every active account, by name (ties by id). */
export async function listAssignableUsers() {
  return db().select({ id: users.id, name: users.name, role: users.role }).from(users).where(isNull(users.disabledAt)).orderBy(asc(users.name), asc(users.id));
}

/**
 * Every recorded change to a claim, newest first, with who made it (UTC timestamps). Other
 * people's independent verdicts are left out while the actor may not see them yet (as in
 * `listAssessmentsForViewer`): the history must not say what the panel hides. NOT_FOUND
 * when the claim does not exist.
 */
export async function listClaimHistory({ actor, claimId }: { actor: Actor; claimId: string }) {
  const { hidesOthersAssessments } = await getClaimContext(claimId);
  const { hiddenCount } = hidesOthersAssessments ? await listAssessmentsForViewer({ actor, claimId, hidesOthersAssessments }) : { hiddenCount: 0 };
  return historyOfClaim(actor, claimId, hiddenCount > 0);
}

/** A claim's history; `hidesOthersVerdicts`: leave out others' independent verdicts (the actor may not see them yet). */
async function historyOfClaim(actor: Actor, claimId: string, hidesOthersVerdicts: boolean) {
  const conditions = [eq(events.subjectType, "claim"), eq(events.subjectId, claimId), ne(events.action, "claim.viewed")];
  if (hidesOthersVerdicts) conditions.push(or(ne(events.action, "assessment.recorded"), eq(events.actorId, actor.id))!);
  return db()
    .select({ id: events.id, action: events.action, data: events.data, createdAt: events.createdAt, actorName: users.name })
    .from(events)
    .leftJoin(users, eq(users.id, events.actorId))
    .where(and(...conditions))
    .orderBy(desc(events.id));
}

/**
 * Everything the checking panel shows of one claim, in one call: the claim's detail
 * (`getClaimDetail`), its history as the actor may see it, the active accounts it could be
 * assigned to, and its fact — the fact's comparison when the claim speaks to one, else the
 * investigation's facts and suggested claims to link it with. NOT_FOUND when the claim
 * does not exist.
 */
export async function getCheckingPanel({ actor, claimId }: { actor: Actor; claimId: string }) {
  const detail = await getClaimDetail({ actor, id: claimId });
  const history = await historyOfClaim(actor, claimId, detail.assessments.hiddenCount > 0);
  const assignableUsers = await listAssignableUsers();
  const isFollowing = await isFollowingClaim({ actor, claimId });
  const fact = detail.fact ? await getFactById({ actor, id: detail.fact.id }) : null;
  const linking = detail.fact
    ? null
    : {
        facts: await listFactTitlesByInvestigation({ actor, investigationId: detail.investigationId }),
        suggestions: await listLinkSuggestions({ actor, claimId }),
      };
  return { detail, history, assignableUsers, isFollowing, fact, linking };
}

export type CheckingPanelData = Awaited<ReturnType<typeof getCheckingPanel>>;
