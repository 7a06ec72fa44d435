import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import type { Actor } from "@/lib/permissions";
import { db, writeTransaction } from "../connection";
import { idempotentRequests } from "../schema";

/**
 * The bookkeeping behind `Idempotency-Key` (see app/api/v1/_lib/idempotency.ts): a key is
 * reserved before the request runs, completed with its answer when it succeeds, and released
 * when it fails, so a corrected retry may use the same key.
 */
export type IdempotencyReservation = { kind: "new" } | { kind: "replay"; status: number; body: string } | { kind: "in-progress" } | { kind: "reused" };

export async function reserveIdempotencyKey({ actor, key, requestHash }: { actor: Actor; key: string; requestHash: string }): Promise<IdempotencyReservation> {
  const inserted = await writeTransaction((tx) =>
    tx.insert(idempotentRequests).values({ userId: actor.id, key, requestHash }).onConflictDoNothing().returning({ key: idempotentRequests.key }),
  );
  if (inserted.length === 1) return { kind: "new" };
  const [existing] = await db()
    .select()
    .from(idempotentRequests)
    .where(and(eq(idempotentRequests.userId, actor.id), eq(idempotentRequests.key, key)));
  if (!existing) return reserveIdempotencyKey({ actor, key, requestHash }); // released meanwhile
  if (existing.requestHash !== requestHash) return { kind: "reused" };
  if (existing.status === null || existing.body === null) return { kind: "in-progress" };
  return { kind: "replay", status: existing.status, body: existing.body };
}

export async function completeIdempotencyKey({ actor, key, status, body }: { actor: Actor; key: string; status: number; body: string }): Promise<void> {
  await writeTransaction((tx) =>
    tx
      .update(idempotentRequests)
      .set({ status, body })
      .where(and(eq(idempotentRequests.userId, actor.id), eq(idempotentRequests.key, key), isNull(idempotentRequests.status))),
  );
}

export async function releaseIdempotencyKey({ actor, key }: { actor: Actor; key: string }): Promise<void> {
  await writeTransaction((tx) =>
    tx.delete(idempotentRequests).where(and(eq(idempotentRequests.userId, actor.id), eq(idempotentRequests.key, key), isNull(idempotentRequests.status))),
  );
}
