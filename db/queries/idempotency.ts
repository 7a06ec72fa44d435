import { and, eq, isNull } from "drizzle-orm";
import type { Actor } from "@/lib/permissions";
import { db } from "../connection";
import { idempotentRequests } from "../schema";

/**
 * The bookkeeping behind `Idempotency-Key` (see app/api/v1/_lib/idempotency.ts): a key is
 * reserved before the request runs, completed with its answer when it succeeds, and released
 * when it fails, so a corrected retry may use the same key.
 */
export type IdempotencyReservation = { kind: "new" } | { kind: "replay"; status: number; body: string } | { kind: "in-progress" } | { kind: "reused" };

export function reserveIdempotencyKey({ actor, key, requestHash }: { actor: Actor; key: string; requestHash: string }): IdempotencyReservation {
  const inserted = db().insert(idempotentRequests).values({ userId: actor.id, key, requestHash }).onConflictDoNothing().run();
  if (inserted.changes === 1) return { kind: "new" };
  const existing = db()
    .select()
    .from(idempotentRequests)
    .where(and(eq(idempotentRequests.userId, actor.id), eq(idempotentRequests.key, key)))
    .get();
  if (!existing) return reserveIdempotencyKey({ actor, key, requestHash }); // released meanwhile
  if (existing.requestHash !== requestHash) return { kind: "reused" };
  if (existing.status === null || existing.body === null) return { kind: "in-progress" };
  return { kind: "replay", status: existing.status, body: existing.body };
}

export function completeIdempotencyKey({ actor, key, status, body }: { actor: Actor; key: string; status: number; body: string }): void {
  db()
    .update(idempotentRequests)
    .set({ status, body })
    .where(and(eq(idempotentRequests.userId, actor.id), eq(idempotentRequests.key, key), isNull(idempotentRequests.status)))
    .run();
}

export function releaseIdempotencyKey({ actor, key }: { actor: Actor; key: string }): void {
  db()
    .delete(idempotentRequests)
    .where(and(eq(idempotentRequests.userId, actor.id), eq(idempotentRequests.key, key), isNull(idempotentRequests.status)))
    .run();
}
