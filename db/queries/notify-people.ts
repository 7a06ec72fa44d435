import "server-only";
import { and, eq, inArray, ne, or, sql } from "drizzle-orm";
import { mentionedNames, newlyMentionedNames } from "@/lib/notifications/mentions";
import { findNewConflicts } from "@/lib/notifications/new-conflicts";
import { mayNotify } from "@/lib/notifications/notifying-actions";
import { quantityOfClaim, type QuantityItem } from "@/lib/quantities";
import { db } from "../connection";
import { claimFollows, claims, factFollows, facts, investigations, users } from "../schema";
import type { EventInput } from "./events";
import { insertNotifications, insertNotificationsForMembers, type NotificationSubject } from "./notifications";

/**
 * Notifications (who is told of what):
 * - `assigned`: the new assignee of a claim, unless they assigned themselves;
 * - `mentioned`: each active member named by a mention (`@[Name]`, lib/notifications/mentions.ts)
 *   in a new comment, or newly in an edited one;
 * - `approved` / `reopened`: the claim's creator, assignee and followers;
 * - `conflict`: the followers of a fact when a change makes a conflict between two of its
 *   claims that was not there before (a claim linked, a figure corrected, words re-selected,
 *   the investigation's tolerance changed).
 * The actor is never told of their own change, nor is a disabled account. Events that can
 * notify nobody (`mayNotify`) cost nothing here; the others cost one statement each, except
 * a conflict, which reads the fact's claims (only when the fact has followers).
 * Followers are read from claim_follows / fact_follows directly, inside the same statements.
 */
export async function notifyPeople(event: EventInput): Promise<void> {
  if (!mayNotify(event.action) || !event.investigationId) return;
  const { investigationId, actorId } = event;
  const data = event.data ?? {};
  const about = { investigationId, actorId };
  switch (event.action) {
    case "claim.assigned": {
      const assignee = pairOf(data.assigneeId)[1];
      if (typeof assignee === "string" && assignee !== actorId) await insertNotifications({ ...about, kind: "assigned", claimId: event.subjectId }, [assignee]);
      return;
    }
    case "comment.added":
      return notifyMentioned(
        { ...about, kind: "mentioned", claimId: event.subjectId, excerpt: String(data.body ?? "") },
        mentionedNames(String(data.body ?? "")),
      );
    case "comment.updated": {
      const [before, after] = pairOf(data.body);
      return notifyMentioned(
        { ...about, kind: "mentioned", claimId: event.subjectId, excerpt: String(after ?? "") },
        newlyMentionedNames(String(before ?? ""), String(after ?? "")),
      );
    }
    case "claim.status-changed":
      if (pairOf(data.status)[1] === "approved") await notifyClaimPeople({ ...about, kind: "approved", claimId: event.subjectId });
      return;
    case "claim.reopened":
      return notifyClaimPeople({ ...about, kind: "reopened", claimId: event.subjectId });
    case "claim.linked-to-fact":
      if (typeof data.factId === "string") await notifyNewConflicts(event, data.factId, (claim) => (claim.id === event.subjectId ? null : claim));
      return;
    case "claim.quantity-corrected": {
      const [before] = pairOf(data.quantity);
      return notifyNewConflictsOfClaim(event, (claim) => (claim.id === event.subjectId ? { ...claim, quantityOverride: before ?? null } : claim));
    }
    case "claim.span-changed": {
      const [before] = pairOf(data.exact);
      if (typeof before !== "string") return;
      return notifyNewConflictsOfClaim(event, (claim) => (claim.id === event.subjectId ? { ...claim, exact: before, quantityReading: null } : claim));
    }
    case "investigation.settings-changed": {
      const [before, after] = pairOf(data.approximateTolerancePercent);
      if (typeof before === "number" && before !== after) await notifyNewConflictsOfInvestigation(event, before);
      return;
    }
  }
}

/** `[old, new]` of a changed field in an event's data; `[undefined, undefined]` when it is not one. */
const pairOf = (value: unknown): [unknown, unknown] => (Array.isArray(value) && value.length === 2 ? [value[0], value[1]] : [undefined, undefined]);

async function notifyMentioned(subject: NotificationSubject, names: string[]) {
  if (names.length === 0) return;
  await insertNotificationsForMembers(subject, inArray(users.name, names));
}

/** The claim's creator, assignee and followers (one statement; each person once). */
async function notifyClaimPeople(subject: NotificationSubject & { claimId: string }) {
  const claimId = subject.claimId;
  await insertNotificationsForMembers(
    subject,
    or(
      inArray(users.id, db().select({ id: claims.createdBy }).from(claims).where(eq(claims.id, claimId))),
      inArray(users.id, db().select({ id: claims.assigneeId }).from(claims).where(eq(claims.id, claimId))),
      inArray(users.id, db().select({ id: claimFollows.userId }).from(claimFollows).where(eq(claimFollows.claimId, claimId))),
    )!,
  );
}

type ComparedClaim = { id: string; exact: string; quantityOverride: unknown; quantityReading: unknown };
/** How a claim stood before the change (null: it was not linked to the fact then). */
type Before = (claim: ComparedClaim) => ComparedClaim | null;

/** Active followers of the fact other than the actor; read first, since without them nothing else need be read. */
async function followersOfFact(factId: string, actorId: string | null) {
  const rows = await db()
    .select({ userId: factFollows.userId })
    .from(factFollows)
    .innerJoin(users, eq(users.id, factFollows.userId))
    .where(and(eq(factFollows.factId, factId), sql`${users.disabledAt} is null`, actorId ? ne(factFollows.userId, actorId) : undefined));
  return rows.map((row) => row.userId);
}

async function toleranceOf(investigationId: string) {
  const [row] = await db().select({ percent: investigations.approximateTolerancePercent }).from(investigations).where(eq(investigations.id, investigationId));
  return (row?.percent ?? 10) / 100;
}

const claimFields = { id: claims.id, exact: claims.exact, quantityOverride: claims.quantityOverride, quantityReading: claims.quantityReading };

function itemsOf(claimsOfFact: ComparedClaim[], tolerance: number): QuantityItem[] {
  return claimsOfFact.flatMap((claim) => {
    const quantity = quantityOfClaim(claim, tolerance);
    return quantity ? [{ id: claim.id, quantity }] : [];
  });
}

/**
 * Tells the fact's followers of the conflicts the change made: its claims now (read with the
 * tolerance `after`) against how they stood before it (`before`, read with `tolerances.before`;
 * both the investigation's current tolerance unless it is what changed).
 */
async function notifyNewConflicts(event: EventInput, factId: string, before: Before, tolerances?: { before: number; after: number }) {
  const followers = await followersOfFact(factId, event.actorId);
  if (followers.length === 0) return;
  const now = await db().select(claimFields).from(claims).where(eq(claims.factId, factId));
  const current = tolerances ? null : await toleranceOf(event.investigationId!);
  const toleranceBefore = tolerances?.before ?? current!;
  const toleranceAfter = tolerances?.after ?? current!;
  const earlier = now.flatMap((claim) => before(claim) ?? []);
  const fresh = findNewConflicts(itemsOf(earlier, toleranceBefore), itemsOf(now, toleranceAfter));
  if (fresh.length === 0) return;
  const excerpt = fresh.length === 1 ? fresh[0]!.reason : `${fresh[0]!.reason} (and ${fresh.length - 1} more)`;
  await insertNotifications(
    {
      kind: "conflict",
      investigationId: event.investigationId!,
      factId,
      claimId: event.subjectType === "claim" ? event.subjectId : null,
      actorId: event.actorId,
      excerpt,
    },
    followers,
  );
}

/** For a change to one claim: the fact it speaks to, if any. */
async function notifyNewConflictsOfClaim(event: EventInput, before: Before) {
  const [claim] = await db().select({ factId: claims.factId }).from(claims).where(eq(claims.id, event.subjectId));
  if (claim?.factId) await notifyNewConflicts(event, claim.factId, before);
}

/** A new tolerance re-reads every "about N" of the investigation: each followed fact is compared at the old and the new one. */
async function notifyNewConflictsOfInvestigation(event: EventInput, beforePercent: number) {
  const followed = await db()
    .selectDistinct({ factId: factFollows.factId })
    .from(factFollows)
    .innerJoin(facts, eq(facts.id, factFollows.factId))
    .where(and(eq(facts.investigationId, event.investigationId!), event.actorId ? ne(factFollows.userId, event.actorId) : undefined));
  if (followed.length === 0) return;
  const after = await toleranceOf(event.investigationId!);
  for (const { factId } of followed) await notifyNewConflicts(event, factId, (claim) => claim, { before: beforePercent / 100, after });
}
