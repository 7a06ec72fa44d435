import { and, asc, desc, eq, gt, max, sql } from "drizzle-orm";
import { securityLog } from "@/lib/security-log";
import { liveChannel } from "../live-channel";
import { afterCommit, type Transaction } from "../client";
import { db } from "../connection";
import { now, preparedOnce } from "../prepared";
import { events } from "../schema";

export type EventInput = {
  actorId: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  investigationId?: string | null;
  data?: Record<string, unknown>;
};

const insertEvent = preparedOnce((database) =>
  database
    .insert(events)
    .values({
      actorId: sql.placeholder("actorId"),
      action: sql.placeholder("action"),
      subjectType: sql.placeholder("subjectType"),
      subjectId: sql.placeholder("subjectId"),
      investigationId: sql.placeholder("investigationId"),
      data: sql.placeholder("data"),
      createdAt: sql.placeholder("createdAt"),
    })
    .prepare(),
);

/**
 * Appends one event inside the caller's transaction, so the change and its record land
 * together, and notifies live subscribers of the investigation once the (synchronous)
 * transaction has finished — a rolled-back event is simply not found by them.
 */
export function recordEvent(tx: Transaction, event: EventInput): void {
  void tx; // the prepared insert runs on the same connection, inside the caller's transaction
  insertEvent().run({ ...event, investigationId: event.investigationId ?? null, data: event.data ?? null, createdAt: now() });
  const { investigationId } = event;
  if (investigationId) queueMicrotask(() => liveChannel().notify(investigationId));
  const securityEvent = securityEventOf(event.action);
  const reason = event.data?.reason;
  const detail = typeof reason === "string" ? `${event.action}: ${reason}` : event.action;
  if (securityEvent)
    afterCommit(() => securityLog().record({ event: securityEvent, outcome: "success", userId: event.actorId, target: event.subjectId, detail }));
}

/** Changes to accounts and API tokens also go to the security log (sign-out is logged where it happens). */
function securityEventOf(action: string): "account-changed" | "api-token-changed" | null {
  if (action.startsWith("api-token.")) return "api-token-changed";
  if (action.startsWith("user.") && action !== "user.signed-out") return "account-changed";
  return null;
}

/** Events of an investigation after `afterId`, oldest first (for the live stream). */
export function listEventsByInvestigation({ investigationId, afterId, limit = 200 }: { investigationId: string; afterId: number; limit?: number }) {
  return db()
    .select({
      id: events.id,
      action: events.action,
      subjectType: events.subjectType,
      subjectId: events.subjectId,
      actorId: events.actorId,
      data: events.data,
      createdAt: events.createdAt,
    })
    .from(events)
    .where(and(eq(events.investigationId, investigationId), gt(events.id, afterId)))
    .orderBy(asc(events.id))
    .limit(limit)
    .all();
}

/** The id of the latest event of an investigation, or 0. */
export function getLatestEventId({ investigationId }: { investigationId: string }): number {
  return (
    db()
      .select({ id: max(events.id) })
      .from(events)
      .where(eq(events.investigationId, investigationId))
      .get()?.id ?? 0
  );
}

/** Events about one object, newest first. */
export function listEventsBySubject({ subjectType, subjectId }: { subjectType: string; subjectId: string }) {
  return db()
    .select()
    .from(events)
    .where(and(eq(events.subjectType, subjectType), eq(events.subjectId, subjectId)))
    .orderBy(desc(events.id))
    .all();
}
