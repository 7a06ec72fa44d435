import { and, asc, eq, sql } from "drizzle-orm";
import { canEditComment } from "@/lib/checking/permissions";
import { AppError } from "@/lib/errors";
import { canCreateClaim, type Actor } from "@/lib/permissions";
import { writeTransaction } from "../client";
import { db } from "../connection";
import { preparedOnce } from "../prepared";
import { comments, users } from "../schema";
import { assertAllowed } from "./actor";
import { getClaimContext } from "./claim-context";
import { recordEvent } from "./events";

export function addComment({ actor, claimId, body }: { actor: Actor; claimId: string; body: string }) {
  assertAllowed(canCreateClaim(actor), "You cannot comment.");
  return writeTransaction(db(), (tx) => {
    const { investigationId } = getClaimContext(claimId);
    const row = tx.insert(comments).values({ claimId, body, createdBy: actor.id }).returning().get();
    recordEvent(tx, { actorId: actor.id, action: "comment.added", subjectType: "claim", subjectId: claimId, investigationId, data: { commentId: row.id, body } });
    return row;
  });
}

/** Deletes a comment (its author or an editor) if it is still at `version`. */
export function deleteComment({ actor, id, version }: { actor: Actor; id: string; version: number }) {
  return writeTransaction(db(), (tx) => {
    const row = tx.select().from(comments).where(eq(comments.id, id)).get();
    if (!row) throw new AppError("NOT_FOUND", "This comment does not exist or was deleted.");
    assertAllowed(canEditComment(actor, row), "Only editors can delete other people's comments.");
    if (row.version !== version) throw new AppError("CONFLICT", "This comment was edited after you opened it. Reload to see it.");
    const { investigationId } = getClaimContext(row.claimId);
    tx.delete(comments).where(and(eq(comments.id, id), eq(comments.version, version))).run();
    recordEvent(tx, { actorId: actor.id, action: "comment.deleted", subjectType: "claim", subjectId: row.claimId, investigationId, data: { commentId: id, body: row.body } });
    return { claimId: row.claimId };
  });
}

const selectCommentsOfClaim = preparedOnce((database) =>
  database.select({ comment: comments, createdByName: users.name }).from(comments).innerJoin(users, eq(users.id, comments.createdBy)).where(eq(comments.claimId, sql.placeholder("claimId"))).orderBy(asc(comments.createdAt)).prepare(),
);

export function listCommentsByClaim({ claimId }: { claimId: string }) {
  return selectCommentsOfClaim()
    .all({ claimId })
    .map(({ comment, createdByName }) => ({ ...comment, createdByName }));
}
