import { desc, eq, and } from "drizzle-orm";
import type { Transaction } from "../client";
import { db } from "../connection";
import { events } from "../schema";

export type EventInput = {
  actorId: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  investigationId?: string | null;
  data?: Record<string, unknown>;
};

/** Appends one event inside the caller's transaction, so the change and its record land together. */
export function recordEvent(tx: Transaction, event: EventInput): void {
  tx.insert(events).values({ ...event, investigationId: event.investigationId ?? null }).run();
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
