import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/permissions";
import { db, writeTransaction } from "../connection";
import { now, preparedOnce } from "../prepared";
import { claimFollows, claims, factFollows, facts } from "../schema";

/**
 * Who follows which claims and facts. Following is personal: anyone signed in follows or
 * unfollows for themselves, on any claim or fact of the workspace, and nobody else's. A
 * person follows a claim by themselves when they create it, are assigned it or comment on
 * it (`followClaimInTransaction`, called inside those writes). The notifications helper
 * reads `followersOfClaim` and `followersOfFact`.
 */

/** One statement, nothing read first: following twice is a no-op (the primary key). Call inside a write transaction. */
const insertClaimFollow = preparedOnce((database) =>
  database
    .insert(claimFollows)
    .values({ userId: sql.placeholder("userId"), claimId: sql.placeholder("claimId"), createdAt: sql.placeholder("createdAt") })
    .onConflictDoNothing()
    .prepare("follows_insert_claim"),
);

/** Makes `userId` follow `claimId` within the caller's open transaction (auto-follow: create, assignment, comment). */
export async function followClaimInTransaction(userId: string, claimId: string): Promise<void> {
  await insertClaimFollow().execute({ userId, claimId, createdAt: now() });
}

/** Follows (true) or unfollows (false) a claim for the actor; NOT_FOUND when the claim is gone. Returns whether they now follow it. */
export async function setClaimFollowed({ actor, claimId, followed }: { actor: Actor; claimId: string; followed: boolean }): Promise<boolean> {
  return writeTransaction(async (tx) => {
    const [claim] = await tx.select({ id: claims.id }).from(claims).where(eq(claims.id, claimId));
    if (!claim) throw new AppError("NOT_FOUND", { key: "Errors.notFound.claim" });
    if (followed) await followClaimInTransaction(actor.id, claimId);
    else await tx.delete(claimFollows).where(and(eq(claimFollows.userId, actor.id), eq(claimFollows.claimId, claimId)));
    return followed;
  });
}

/** Follows (true) or unfollows (false) a fact for the actor; NOT_FOUND when the fact is gone. Returns whether they now follow it. */
export async function setFactFollowed({ actor, factId, followed }: { actor: Actor; factId: string; followed: boolean }): Promise<boolean> {
  return writeTransaction(async (tx) => {
    const [fact] = await tx.select({ id: facts.id }).from(facts).where(eq(facts.id, factId));
    if (!fact) throw new AppError("NOT_FOUND", { key: "Errors.notFound.fact" });
    if (followed) await tx.insert(factFollows).values({ userId: actor.id, factId, createdAt: now() }).onConflictDoNothing();
    else await tx.delete(factFollows).where(and(eq(factFollows.userId, actor.id), eq(factFollows.factId, factId)));
    return followed;
  });
}

/** Whether the actor follows the claim. */
export async function isFollowingClaim({ actor, claimId }: { actor: Actor; claimId: string }): Promise<boolean> {
  const [row] = await db()
    .select({ claimId: claimFollows.claimId })
    .from(claimFollows)
    .where(and(eq(claimFollows.userId, actor.id), eq(claimFollows.claimId, claimId)));
  return row !== undefined;
}

/** Whether the actor follows the fact. */
export async function isFollowingFact({ actor, factId }: { actor: Actor; factId: string }): Promise<boolean> {
  const [row] = await db()
    .select({ factId: factFollows.factId })
    .from(factFollows)
    .where(and(eq(factFollows.userId, actor.id), eq(factFollows.factId, factId)));
  return row !== undefined;
}

/** The ids of everyone who follows the claim, in no particular order (for notifications). */
export async function followersOfClaim(claimId: string): Promise<string[]> {
  const rows = await db().select({ userId: claimFollows.userId }).from(claimFollows).where(eq(claimFollows.claimId, claimId));
  return rows.map((row) => row.userId);
}

/** The ids of everyone who follows the fact, in no particular order (for notifications). */
export async function followersOfFact(factId: string): Promise<string[]> {
  const rows = await db().select({ userId: factFollows.userId }).from(factFollows).where(eq(factFollows.factId, factId));
  return rows.map((row) => row.userId);
}
