import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { canEditComment } from "@/lib/checking/permissions";
import { AppError } from "@/lib/errors";
import { canCreateClaim, type Actor } from "@/lib/permissions";
import { db, writeTransaction } from "../connection";
import { preparedOnce } from "../prepared";
import { comments, users, type CommentRow } from "../schema";
import { assertAllowed } from "./actor";
import { getClaimContext, staleVersionError } from "./claim-context";
import { recordEvent } from "./events";
import { followClaimInTransaction } from "./follows";
import { indexComments } from "./search-index";

/** Adds a comment to a claim (comments stay open on approved claims), and its author follows the claim; NOT_FOUND when the claim is gone. */
export async function addComment({ actor, claimId, body }: { actor: Actor; claimId: string; body: string }) {
  assertAllowed(canCreateClaim(actor), "You cannot comment.");
  return writeTransaction(async (tx) => {
    const { investigationId } = await getClaimContext(claimId);
    const [row] = await tx.insert(comments).values({ claimId, body, createdBy: actor.id }).returning();
    await followClaimInTransaction(actor.id, claimId);
    await recordEvent({
      actorId: actor.id,
      action: "comment.added",
      subjectType: "claim",
      subjectId: claimId,
      investigationId,
      data: { commentId: row!.id, body },
    });
    await indexComments([row!.id]);
    return row!;
  });
}

const notFound = () => new AppError("NOT_FOUND", { key: "Errors.notFound.comment" });
const staleComment = (row: CommentRow) => staleVersionError("comment", { version: String(row.version), body: row.body });

/** The comment `id` if `actor` may change it and it is still at `version`; NOT_FOUND, FORBIDDEN or CONFLICT (with the current text) otherwise. */
async function getCommentForChange(actor: Actor, id: string, version: number) {
  const [row] = await db().select().from(comments).where(eq(comments.id, id));
  if (!row) throw notFound();
  assertAllowed(canEditComment(actor, row), "Only editors can change or delete other people's comments.");
  if (row.version !== version) throw staleComment(row);
  return { row, investigationId: (await getClaimContext(row.claimId)).investigationId };
}

/**
 * For a write that named `version` (in its WHERE) and changed nothing: someone changed or
 * deleted the comment after it was read (PostgreSQL, READ COMMITTED). CONFLICT with their
 * text, or NOT_FOUND.
 */
async function lostRaceError(id: string) {
  const [current] = await db().select().from(comments).where(eq(comments.id, id));
  return current ? staleComment(current) : notFound();
}

/** Replaces a comment's text (its author or an editor) if it is still at `version`; the history keeps old → new. */
export async function updateComment({ actor, id, version, body }: { actor: Actor; id: string; version: number; body: string }) {
  return writeTransaction(async (tx) => {
    const { row, investigationId } = await getCommentForChange(actor, id, version);
    const [updated] = await tx
      .update(comments)
      .set({ body, version: row.version + 1, updatedAt: new Date().toISOString() })
      .where(and(eq(comments.id, id), eq(comments.version, version)))
      .returning();
    if (!updated) throw await lostRaceError(id);
    await indexComments([id]);
    if (body !== row.body)
      await recordEvent({
        actorId: actor.id,
        action: "comment.updated",
        subjectType: "claim",
        subjectId: row.claimId,
        investigationId,
        data: { commentId: id, body: [row.body, body] },
      });
    return updated;
  });
}

/** Deletes a comment (its author or an editor) if it is still at `version`. */
export async function removeComment({ actor, id, version }: { actor: Actor; id: string; version: number }) {
  return writeTransaction(async (tx) => {
    const { row, investigationId } = await getCommentForChange(actor, id, version);
    const deleted = await tx
      .delete(comments)
      .where(and(eq(comments.id, id), eq(comments.version, version)))
      .returning({ id: comments.id });
    if (deleted.length === 0) throw await lostRaceError(id);
    await recordEvent({
      actorId: actor.id,
      action: "comment.deleted",
      subjectType: "claim",
      subjectId: row.claimId,
      investigationId,
      data: { commentId: id, body: row.body },
    });
    return { claimId: row.claimId };
  });
}

/** A comment by id (every signed-in role may read comments); NOT_FOUND when there is none. */
export async function getCommentById({ actor, id }: { actor: Actor; id: string }) {
  void actor; // every signed-in role may read comments
  const [row] = await db().select().from(comments).where(eq(comments.id, id));
  if (!row) throw notFound();
  return row;
}

const selectCommentsOfClaim = preparedOnce((database) =>
  database
    .select({ comment: comments, createdByName: users.name })
    .from(comments)
    .innerJoin(users, eq(users.id, comments.createdBy))
    .where(eq(comments.claimId, sql.placeholder("claimId")))
    .orderBy(asc(comments.createdAt), asc(comments.id))
    .prepare("select_comments_of_claim"),
);

/** A claim's comments, oldest first (ties by id), each with its author's name. */
export async function listCommentsByClaim({ claimId }: { claimId: string }) {
  const rows = await selectCommentsOfClaim().execute({ claimId });
  return rows.map(({ comment, createdByName }) => ({ ...comment, createdByName }));
}
