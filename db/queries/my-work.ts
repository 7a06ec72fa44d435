import "server-only";
import { and, asc, count, eq, exists, isNull, ne, not, or, sql, type SQL } from "drizzle-orm";
import { hasRole } from "@/lib/roles";
import type { Actor } from "@/lib/permissions";
import { db } from "../connection";
import { claimFollows, claims, investigations, sources } from "../schema";
import { overdueCondition, selectClaimList, toClaimListRow, type ClaimListRow } from "./claim-list";

/** How many rows each section of My work lists; its count is always the full number. */
export const myWorkSectionSize = 100;

export type MyWorkSection = { count: number; claims: ClaimListRow[] };
export type MyWork = { assigned: MyWorkSection; toApprove: MyWorkSection; following: MyWorkSection; overdue: MyWorkSection };

/**
 * A person's queue (My work), each section with its full count and its first
 * `myWorkSectionSize` claims, most urgent first (earliest due day, then the oldest claim):
 * - `assigned`: claims assigned to them that are not approved yet;
 * - `toApprove` (editors and admins; empty for reviewers): claims in review that they may
 *   approve — under the investigation's four eyes, not those whose verdict they set;
 * - `following`: claims they follow that are not approved yet;
 * - `overdue`: claims past their due day and not approved, among those assigned to them — and
 *   for editors and admins, who set due dates, every overdue claim of the workspace.
 * `today` is the UTC day (YYYY-MM-DD) that decides what is overdue.
 */
export async function getMyWork({ actor, today }: { actor: Actor; today: string }): Promise<MyWork> {
  const notApproved = ne(claims.status, "approved");
  const assignedToMe = eq(claims.assigneeId, actor.id);
  const followed = exists(
    db()
      .select({ one: claimFollows.claimId })
      .from(claimFollows)
      .where(and(eq(claimFollows.claimId, claims.id), eq(claimFollows.userId, actor.id))),
  );
  // Four eyes: the verdict's author may not approve it where the investigation asks for a second person.
  const mayApprove = or(not(investigations.fourEyes), ne(claims.verdictSetBy, actor.id), isNull(claims.verdictSetBy))!;
  const isEditor = hasRole(actor.role, "editor");
  const section = async (condition: SQL | null): Promise<MyWorkSection> => {
    if (!condition) return { count: 0, claims: [] };
    const [counted] = await db()
      .select({ n: count() })
      .from(claims)
      .innerJoin(sources, eq(sources.id, claims.sourceId))
      .innerJoin(investigations, eq(investigations.id, sources.investigationId))
      .where(condition);
    const rows = await selectClaimList()
      .where(condition)
      // Claims with a due day first (booleans order false before true on both engines), earliest first.
      .orderBy(sql`${claims.dueAt} is null`, asc(claims.dueAt), asc(claims.createdAt), asc(claims.id))
      .limit(myWorkSectionSize);
    return { count: counted?.n ?? 0, claims: rows.map((row) => toClaimListRow(row, today)) };
  };
  return {
    assigned: await section(and(assignedToMe, notApproved)!),
    toApprove: await section(isEditor ? and(eq(claims.status, "in-review"), mayApprove)! : null),
    following: await section(and(followed, notApproved)!),
    overdue: await section(isEditor ? overdueCondition(today) : and(assignedToMe, overdueCondition(today))!),
  };
}
