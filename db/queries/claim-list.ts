import "server-only";
import { and, asc, desc, eq, gt, inArray, isNull, lt, ne, not, or, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { ClaimListQuery } from "@/lib/checking/claim-filter";
import { isOverdue } from "@/lib/checking/due-date";
import { defaultRatingScale, findRating } from "@/lib/checking/rating-scale";
import { AppError } from "@/lib/errors";
import { encodeListCursor } from "@/lib/list-cursor";
import type { Actor } from "@/lib/permissions";
import { db } from "../connection";
import { claims, facts, investigations, sources, users } from "../schema";
import { listConflictingClaimIds } from "./facts";

const assignees = alias(users, "assignees");

/** One row of a claim list (the investigation's filtered list, My work): what a person needs to pick it up. */
export type ClaimListRow = {
  id: string;
  exact: string;
  status: "open" | "in-review" | "approved";
  verdict: { key: string; label: string } | null;
  assignee: { id: string; name: string } | null;
  dueAt: string | null;
  isOverdue: boolean;
  fact: { id: string; title: string } | null;
  source: { id: string; title: string };
  investigation: { id: string; title: string };
  createdAt: string;
};

/** The columns every claim list selects, joined to its source, investigation, assignee and fact. */
export const claimListColumns = {
  id: claims.id,
  exact: claims.exact,
  status: claims.status,
  verdictKey: claims.verdictKey,
  dueAt: claims.dueAt,
  createdAt: claims.createdAt,
  assigneeId: claims.assigneeId,
  assigneeName: assignees.name,
  factId: claims.factId,
  factTitle: facts.title,
  sourceId: sources.id,
  sourceTitle: sources.title,
  investigationId: investigations.id,
  investigationTitle: investigations.title,
  ratingScale: investigations.ratingScale,
};

/** `select(claimListColumns)` from claims with its joins; the caller adds where, order and limit. */
export function selectClaimList() {
  return db()
    .select(claimListColumns)
    .from(claims)
    .innerJoin(sources, eq(sources.id, claims.sourceId))
    .innerJoin(investigations, eq(investigations.id, sources.investigationId))
    .leftJoin(assignees, eq(assignees.id, claims.assigneeId))
    .leftJoin(facts, eq(facts.id, claims.factId));
}

type ListedRow = Awaited<ReturnType<typeof selectClaimList>>[number];

/** A selected row as a ClaimListRow; `today` (YYYY-MM-DD, UTC) decides overdue. */
export function toClaimListRow(row: ListedRow, today: string): ClaimListRow {
  const rating = findRating(row.ratingScale ?? defaultRatingScale, row.verdictKey);
  return {
    id: row.id,
    exact: row.exact,
    status: row.status,
    verdict: row.verdictKey ? { key: row.verdictKey, label: rating?.label ?? row.verdictKey } : null,
    assignee: row.assigneeId ? { id: row.assigneeId, name: row.assigneeName ?? "" } : null,
    dueAt: row.dueAt,
    isOverdue: isOverdue(row, today),
    fact: row.factId ? { id: row.factId, title: row.factTitle ?? "" } : null,
    source: { id: row.sourceId, title: row.sourceTitle },
    investigation: { id: row.investigationId, title: row.investigationTitle },
    createdAt: row.createdAt,
  };
}

/** Past its due day and not approved, as SQL (the same rule as lib/checking/due-date.ts `isOverdue`). */
export const overdueCondition = (today: string) => and(lt(claims.dueAt, today), ne(claims.status, "approved"))!;
/** Not overdue; a claim with no due day is never overdue (SQL's NOT of a comparison with NULL would drop it). */
const notOverdueCondition = (today: string) => or(isNull(claims.dueAt), not(overdueCondition(today)))!;

/**
 * One page of an investigation's claims matching `query.filter`, oldest first (created at,
 * then id: a stable order, so the cursor of the last row continues exactly after it).
 * `nextCursor` is null on the last page. `assignee: "me"` is the actor; `none` is "not set"
 * for verdict, assignee and fact. `conflict` reads the facts' comparisons (only when asked).
 * NOT_FOUND when the investigation does not exist; every signed-in role reads every claim.
 */
export async function listClaimsByInvestigation({
  actor,
  investigationId,
  query,
  today,
}: {
  actor: Actor;
  investigationId: string;
  query: ClaimListQuery;
  today: string;
}): Promise<{ claims: ClaimListRow[]; nextCursor: string | null }> {
  const [investigation] = await db().select({ id: investigations.id }).from(investigations).where(eq(investigations.id, investigationId));
  if (!investigation) throw new AppError("NOT_FOUND", { key: "Errors.notFound.investigation" });
  const { filter, cursor, limit } = query;
  const conditions: SQL[] = [eq(sources.investigationId, investigationId)];
  if (filter.status) conditions.push(eq(claims.status, filter.status));
  if (filter.verdict) conditions.push(filter.verdict === "none" ? isNull(claims.verdictKey) : eq(claims.verdictKey, filter.verdict));
  if (filter.assignee)
    conditions.push(filter.assignee === "none" ? isNull(claims.assigneeId) : eq(claims.assigneeId, filter.assignee === "me" ? actor.id : filter.assignee));
  if (filter.source) conditions.push(eq(claims.sourceId, filter.source));
  if (filter.fact) conditions.push(filter.fact === "none" ? isNull(claims.factId) : eq(claims.factId, filter.fact));
  if (filter.overdue !== undefined) conditions.push(filter.overdue ? overdueCondition(today) : notOverdueCondition(today));
  if (filter.conflict !== undefined) {
    const ids = [...(await listConflictingClaimIds({ investigationId }))];
    // A conflict needs two claims of one fact; the list of ids is small next to the investigation's claims.
    if (filter.conflict) conditions.push(ids.length ? inArray(claims.id, ids) : eq(claims.id, ""));
    else if (ids.length) conditions.push(not(inArray(claims.id, ids)));
  }
  if (cursor) conditions.push(or(gt(claims.createdAt, cursor.at), and(eq(claims.createdAt, cursor.at), gt(claims.id, cursor.id)))!);
  const rows = await selectClaimList()
    .where(and(...conditions))
    .orderBy(asc(claims.createdAt), asc(claims.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit).map((row) => toClaimListRow(row, today));
  const last = page.at(-1);
  return { claims: page, nextCursor: rows.length > limit && last ? encodeListCursor({ at: last.createdAt, id: last.id }) : null };
}

/** The claims among `ids` that still exist, as list rows (My work's drafts, whose ids the browser kept), at most 50, newest first. */
export async function listClaimsByIds({ actor, ids, today }: { actor: Actor; ids: readonly string[]; today: string }): Promise<ClaimListRow[]> {
  void actor; // every signed-in role may read every claim
  if (ids.length === 0) return [];
  const rows = await selectClaimList()
    .where(inArray(claims.id, ids.slice(0, 50)))
    .orderBy(desc(claims.createdAt), desc(claims.id));
  return rows.map((row) => toClaimListRow(row, today));
}
