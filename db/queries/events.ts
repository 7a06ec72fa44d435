import "server-only";
import { and, asc, desc, eq, gt, max, sql } from "drizzle-orm";
import { securityLog } from "@/lib/security-log";
import { liveChannel } from "../live-channel";
import { afterCommit, db } from "../connection";
import { now, preparedOnce } from "../prepared";
import { events } from "../schema";
import { fanOutEvent } from "./event-fanout";

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
    .prepare("insert_event"),
);

/**
 * Appends one event inside the caller's transaction, so the change and its record land
 * together, with what it causes (`fanOutEvent`: notifications), and notifies live subscribers
 * of the investigation once it has committed — a rolled-back event is neither announced nor found.
 */
export async function recordEvent(event: EventInput): Promise<void> {
  await insertEvent().execute({ ...event, investigationId: event.investigationId ?? null, data: event.data ?? null, createdAt: now() });
  await fanOutEvent(event);
  const { investigationId } = event;
  if (investigationId) afterCommit(() => liveChannel().notify(investigationId));
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
export async function listEventsByInvestigation({ investigationId, afterId, limit = 200 }: { investigationId: string; afterId: number; limit?: number }) {
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
    .limit(limit);
}

/** The id of the latest event of an investigation, or 0. */
export async function getLatestEventId({ investigationId }: { investigationId: string }): Promise<number> {
  const [latest] = await db()
    .select({ id: max(events.id) })
    .from(events)
    .where(eq(events.investigationId, investigationId));
  return latest?.id ?? 0;
}

/**
 * The id of the newest event of the whole workspace, or 0. A page reads it before its data
 * and gives it to its live stream, which then sends every change made after it: nothing that
 * happens between the page's render and the stream's start is missed.
 */
export async function getLatestEventIdOfWorkspace(): Promise<number> {
  const [latest] = await db()
    .select({ id: max(events.id) })
    .from(events);
  return latest?.id ?? 0;
}

/** Events about one object, newest first. */
export async function listEventsBySubject({ subjectType, subjectId }: { subjectType: string; subjectId: string }) {
  return db()
    .select()
    .from(events)
    .where(and(eq(events.subjectType, subjectType), eq(events.subjectId, subjectId)))
    .orderBy(desc(events.id));
}
