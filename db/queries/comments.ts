import { and, asc, eq, sql } from "drizzle-orm";
import { canEditComment } from "@/lib/checking/permissions";
import { AppError } from "@/lib/errors";
import { canCreateClaim, type Actor } from "@/lib/permissions";
import { writeTransaction, type Transaction } from "../client";
import { db } from "../connection";
import { preparedOnce } from "../prepared";
import { comments, users } from "../schema";
import { assertAllowed } from "./actor";
import { getClaimContext, staleVersionError } from "./claim-context";
import { recordEvent } from "./events";

export function addComment({ actor, claimId, body }: { actor: Actor; claimId: string; body: string }) {
  assertAllowed(canCreateClaim(actor), "You cannot comment.");
  return writeTransaction(db(), (tx) => {
    const { investigationId } = getClaimContext(claimId);
    const row = tx.insert(comments).values({ claimId, body, createdBy: actor.id }).returning().get();
    recordEvent(tx, {
      actorId: actor.id,
      action: "comment.added",
      subjectType: "claim",
      subjectId: claimId,
      investigationId,
      data: { commentId: row.id, body },
    });
    return row;
  });
}

/** The comment `id` if `actor` may change it and it is still at `version`; NOT_FOUND, FORBIDDEN or CONFLICT (with the current text) otherwise. */
function getCommentForChange(tx: Transaction, actor: Actor, id: string, version: number) {
  const row = tx.select().from(comments).where(eq(comments.id, id)).get();
  if (!row) throw new AppError("NOT_FOUND", "This comment does not exist or was deleted.");
  assertAllowed(canEditComment(actor, row), "Only editors can change or delete other people's comments.");
  if (row.version !== version) throw staleVersionError("comment", { version: String(row.version), body: row.body });
  return { row, investigationId: getClaimContext(row.claimId).investigationId };
}

/** Replaces a comment's text (its author or an editor) if it is still at `version`; the history keeps old → new. */
export function updateComment({ actor, id, version, body }: { actor: Actor; id: string; version: number; body: string }) {
  return writeTransaction(db(), (tx) => {
    const { row, investigationId } = getCommentForChange(tx, actor, id, version);
    const updated = tx
      .update(comments)
      .set({ body, version: row.version + 1, updatedAt: new Date().toISOString() })
      .where(and(eq(comments.id, id), eq(comments.version, version)))
      .returning()
      .get()!;
    if (body !== row.body)
      recordEvent(tx, {
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
export function removeComment({ actor, id, version }: { actor: Actor; id: string; version: number }) {
  return writeTransaction(db(), (tx) => {
    const { row, investigationId } = getCommentForChange(tx, actor, id, version);
    tx.delete(comments)
      .where(and(eq(comments.id, id), eq(comments.version, version)))
      .run();
    recordEvent(tx, {
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
export function getCommentById({ actor, id }: { actor: Actor; id: string }) {
  void actor; // every signed-in role may read comments
  const row = db().select().from(comments).where(eq(comments.id, id)).get();
  if (!row) throw new AppError("NOT_FOUND", "This comment does not exist or was deleted.");
  return row;
}

const selectCommentsOfClaim = preparedOnce((database) =>
  database
    .select({ comment: comments, createdByName: users.name })
    .from(comments)
    .innerJoin(users, eq(users.id, comments.createdBy))
    .where(eq(comments.claimId, sql.placeholder("claimId")))
    .orderBy(asc(comments.createdAt))
    .prepare(),
);

export function listCommentsByClaim({ claimId }: { claimId: string }) {
  return selectCommentsOfClaim()
    .all({ claimId })
    .map(({ comment, createdByName }) => ({ ...comment, createdByName }));
}
