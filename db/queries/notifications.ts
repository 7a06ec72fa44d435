import "server-only";
import { and, desc, eq, inArray, isNull, lt, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { AppError } from "@/lib/errors";
import { decodeNotificationCursor, encodeNotificationCursor } from "@/lib/notifications/notification-cursor";
import { notificationId } from "@/lib/notifications/notification-id";
import type { Actor } from "@/lib/permissions";
import { afterCommit, db, writeTransaction } from "../connection";
import { liveChannel, userLiveKey } from "../live-channel";
import { now } from "../prepared";
import { claims, facts, investigations, notifications, users, type NotificationRow } from "../schema";

/**
 * A person's notifications: written by the fan-out of events (event-fanout.ts) inside the
 * transaction of the change that causes them, read and marked read only by that person.
 * Each write tells the recipients' open bells after it commits (`userLiveKey`).
 */

export type NotificationKind = NotificationRow["kind"];
/** What a notification is about; the recipients are given beside it. */
export type NotificationSubject = {
  kind: NotificationKind;
  investigationId: string;
  claimId?: string | null;
  factId?: string | null;
  actorId: string | null;
  excerpt?: string | null;
};

/** Longest excerpt kept (a comment's first words, a conflict's reason). */
const excerptMaxLength = 280;
const excerptOf = (text: string | null | undefined) => {
  if (!text) return null;
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > excerptMaxLength ? `${flat.slice(0, excerptMaxLength - 1)}…` : flat;
};

const tellBells = (userIds: Iterable<string>) => {
  const distinct = [...new Set(userIds)];
  if (distinct.length > 0) afterCommit(() => distinct.forEach((userId) => liveChannel().notify(userLiveKey(userId))));
};

/** Inside a write transaction: one notification of `subject` to each of `userIds` (known recipients). */
export async function insertNotifications(subject: NotificationSubject, userIds: readonly string[]): Promise<void> {
  if (userIds.length === 0) return;
  const createdAt = now();
  // At most 500 rows an insert (the statement's parameters stay within both engines' limits).
  for (let from = 0; from < userIds.length; from += 500)
    await db()
      .insert(notifications)
      .values(
        userIds.slice(from, from + 500).map((userId) => ({
          id: notificationId(),
          userId,
          kind: subject.kind,
          investigationId: subject.investigationId,
          claimId: subject.claimId ?? null,
          factId: subject.factId ?? null,
          actorId: subject.actorId,
          excerpt: excerptOf(subject.excerpt),
          createdAt,
        })),
      );
  tellBells(userIds);
}

const text = (value: string | null) => sql<string>`cast(${value} as text)`;

/**
 * Inside a write transaction: one notification of `subject` to every active member that
 * `recipients` selects (a condition on `users`), except the actor, in ONE statement
 * (INSERT … SELECT: nobody is read first). Returns who was notified. The ids are a fresh
 * `notificationId()` joined to the recipient's id: unique, since each recipient gets one row here.
 */
export async function insertNotificationsForMembers(subject: NotificationSubject, recipients: SQL): Promise<string[]> {
  const batch = notificationId();
  const notActor = subject.actorId ? sql`${users.id} <> ${subject.actorId}` : sql`1 = 1`;
  const rows = db()
    .select({
      id: sql<string>`${text(batch)} || ${text(".")} || ${users.id}`.as("id"),
      userId: users.id,
      kind: sql<NotificationKind>`${text(subject.kind)}`.as("kind"),
      investigationId: sql<string>`${text(subject.investigationId)}`.as("investigation_id"),
      claimId: sql<string | null>`${text(subject.claimId ?? null)}`.as("claim_id"),
      factId: sql<string | null>`${text(subject.factId ?? null)}`.as("fact_id"),
      actorId: sql<string | null>`${text(subject.actorId)}`.as("actor_id"),
      excerpt: sql<string | null>`${text(excerptOf(subject.excerpt))}`.as("excerpt"),
      createdAt: sql<string>`${text(now())}`.as("created_at"),
      readAt: sql<string | null>`${text(null)}`.as("read_at"),
    })
    .from(users)
    .where(and(isNull(users.disabledAt), notActor, recipients));
  const inserted = await db().insert(notifications).select(rows).returning({ userId: notifications.userId });
  const userIds = inserted.map((row) => row.userId);
  tellBells(userIds);
  return userIds;
}

const actors = alias(users, "actors");

/** At most this many notifications a page. */
export const notificationPageMax = 100;

/**
 * The actor's notifications, newest first (ties by id), `limit` a page (1–100) after
 * `cursor`; only unread ones with `unreadOnly`. Each with who caused it and what it is about
 * (investigation; claim with its source and words; fact). INVALID at `cursor` for a cursor
 * that is not one of ours. `nextCursor` is null on the last page.
 */
export async function listNotificationsByUser({
  actor,
  unreadOnly = false,
  cursor,
  limit = 20,
}: {
  actor: Actor;
  unreadOnly?: boolean;
  cursor?: string | null;
  limit?: number;
}) {
  const after = cursor ? decodeNotificationCursor(cursor) : null;
  if (cursor && !after)
    throw new AppError("INVALID", "This cursor is not one this list gave.", { fields: { cursor: "Use the nextCursor of the previous page." } });
  const pageSize = Math.min(Math.max(Math.trunc(limit), 1), notificationPageMax);
  const rows = await db()
    .select({
      notification: notifications,
      actorName: actors.name,
      investigationTitle: investigations.title,
      claimExact: claims.exact,
      sourceId: claims.sourceId,
      factTitle: facts.title,
    })
    .from(notifications)
    .innerJoin(investigations, eq(investigations.id, notifications.investigationId))
    .leftJoin(claims, eq(claims.id, notifications.claimId))
    .leftJoin(facts, eq(facts.id, notifications.factId))
    .leftJoin(actors, eq(actors.id, notifications.actorId))
    .where(
      and(
        eq(notifications.userId, actor.id),
        unreadOnly ? isNull(notifications.readAt) : undefined,
        after ? or(lt(notifications.createdAt, after.at), and(eq(notifications.createdAt, after.at), lt(notifications.id, after.id))) : undefined,
      ),
    )
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(pageSize + 1);
  const page = rows.slice(0, pageSize).map(({ notification: row, ...about }) => ({
    id: row.id,
    kind: row.kind,
    createdAt: row.createdAt,
    readAt: row.readAt,
    actor: row.actorId ? { id: row.actorId, name: about.actorName ?? "" } : null,
    investigation: { id: row.investigationId, title: about.investigationTitle },
    claim: row.claimId && about.sourceId ? { id: row.claimId, sourceId: about.sourceId, exact: about.claimExact ?? "" } : null,
    fact: row.factId ? { id: row.factId, title: about.factTitle ?? "" } : null,
    excerpt: row.excerpt,
  }));
  const last = page.at(-1);
  return { items: page, nextCursor: rows.length > pageSize && last ? encodeNotificationCursor({ at: last.createdAt, id: last.id }) : null };
}

export type NotificationItem = Awaited<ReturnType<typeof listNotificationsByUser>>["items"][number];

/** How many of the actor's notifications are unread. */
export async function countUnreadNotifications({ actor }: { actor: Actor }): Promise<number> {
  const [row] = await db()
    .select({ n: sql<number>`count(*)` })
    .from(notifications)
    .where(and(eq(notifications.userId, actor.id), isNull(notifications.readAt)));
  return Number(row?.n ?? 0);
}

/**
 * Marks the actor's own notifications read: those of `ids`, or all with `all`. NOT_FOUND when
 * an id is not one of the actor's notifications (unknown or someone else's: the same answer,
 * so nobody learns whether another person's exists), and then nothing is marked. Returns the
 * ids it marked (already-read ones keep their first time and are not listed). Tells the
 * actor's open bells.
 */
export async function markNotificationsRead({ actor, ...which }: { actor: Actor } & ({ ids: readonly string[] } | { all: true })): Promise<string[]> {
  const ids = "ids" in which ? [...new Set(which.ids)] : null;
  if (ids?.length === 0) return [];
  return writeTransaction(async (tx) => {
    if (ids) {
      const own = await tx
        .select({ id: notifications.id })
        .from(notifications)
        .where(and(eq(notifications.userId, actor.id), inArray(notifications.id, ids)));
      if (own.length !== ids.length)
        throw new AppError("NOT_FOUND", "Some of these notifications do not exist, or are not yours.", {
          fields: { ids: "Give ids of your own notifications." },
        });
    }
    const marked = await tx
      .update(notifications)
      .set({ readAt: now() })
      .where(and(eq(notifications.userId, actor.id), isNull(notifications.readAt), ids ? inArray(notifications.id, ids) : undefined))
      .returning({ id: notifications.id });
    if (marked.length > 0) tellBells([actor.id]);
    return marked.map((row) => row.id);
  });
}
