import "server-only";
import { and, desc, eq, lt, or, sql, type SQL } from "drizzle-orm";
import { encodeListCursor, type ListCursor } from "@/lib/list-cursor";
import type { Actor } from "@/lib/permissions";
import { db } from "../connection";
import { claims, investigations, sources } from "../schema";

export type InvestigationListRow = {
  id: string;
  title: string;
  createdAt: string;
  updatedAt: string;
  version: number;
  claimCounts: { open: number; "in-review": number; approved: number };
};

const countOfStatus = (status: string) => sql<number>`count(case when ${claims.status} = ${status} then 1 end)`.mapWith(Number);

/**
 * One page of the investigations the actor may read (every signed-in role reads every
 * investigation), newest first (created at, then id, both descending: a stable order for
 * the cursor), each with its claims counted by status. `nextCursor` is null on the last page.
 */
export async function listInvestigationsPage({
  actor,
  cursor,
  limit,
}: {
  actor: Actor;
  cursor: ListCursor | null;
  limit: number;
}): Promise<{ investigations: InvestigationListRow[]; nextCursor: string | null }> {
  void actor; // every signed-in role may read every investigation
  const after: SQL | undefined = cursor
    ? or(lt(investigations.createdAt, cursor.at), and(eq(investigations.createdAt, cursor.at), lt(investigations.id, cursor.id)))
    : undefined;
  const rows = await db()
    .select({
      id: investigations.id,
      title: investigations.title,
      createdAt: investigations.createdAt,
      updatedAt: investigations.updatedAt,
      version: investigations.version,
      open: countOfStatus("open"),
      inReview: countOfStatus("in-review"),
      approved: countOfStatus("approved"),
    })
    .from(investigations)
    .leftJoin(sources, eq(sources.investigationId, investigations.id))
    .leftJoin(claims, eq(claims.sourceId, sources.id))
    .where(after)
    .groupBy(investigations.id)
    .orderBy(desc(investigations.createdAt), desc(investigations.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit).map(({ open, inReview, approved, ...row }) => ({ ...row, claimCounts: { open, "in-review": inReview, approved } }));
  const last = page.at(-1);
  return { investigations: page, nextCursor: rows.length > limit && last ? encodeListCursor({ at: last.createdAt, id: last.id }) : null };
}
