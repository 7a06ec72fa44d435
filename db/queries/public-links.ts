import "server-only";
import { randomBytes } from "node:crypto";
import { and, desc, eq, gt, isNull } from "drizzle-orm";
import { AppError } from "@/lib/errors";
import type { ExportDocument } from "@/lib/export/model";
import { canManageInvestigations, type Actor } from "@/lib/permissions";
import { isPublicLinkToken } from "@/lib/validation/public-link";
import { db, forUpdate, writeTransaction } from "../connection";
import { investigations, publicLinks, users } from "../schema";
import { assertAllowed } from "./actor";
import { recordEvent } from "./events";
import { getExportDocument } from "./export";

/**
 * Public links: an unguessable, revocable address (`/p/<token>`) that shows an
 * investigation's public report to anyone who holds it, without signing in, until it expires
 * or is revoked. One link per investigation is active at a time: making a new one revokes
 * the one before. Editors and admins make and revoke them; the token is shown only to them.
 */

const dayMs = 24 * 60 * 60 * 1000;

/** A new random token: 32 bytes from the OS's CSPRNG, base64url (43 characters). */
function newToken(): string {
  return randomBytes(32).toString("base64url");
}

/**
 * Makes the investigation's public link, valid for `expiresInDays` days from now, revoking
 * the one it had. FORBIDDEN for reviewers, NOT_FOUND when the investigation is gone. The
 * history event records when it expires, never the token.
 */
export async function createPublicLink({
  actor,
  investigationId,
  expiresInDays,
  indexable = false,
}: {
  actor: Actor;
  investigationId: string;
  expiresInDays: number;
  /** Whether search engines may index the page; otherwise it is served `noindex`. */
  indexable?: boolean;
}) {
  assertAllowed(canManageInvestigations(actor), "Only editors can publish an investigation's public report.");
  return writeTransaction(async (tx) => {
    const [investigation] = await forUpdate(tx.select({ id: investigations.id }).from(investigations).where(eq(investigations.id, investigationId)));
    if (!investigation) throw new AppError("NOT_FOUND", { key: "Errors.notFound.investigation" });
    const now = new Date();
    await tx
      .update(publicLinks)
      .set({ revokedAt: now.toISOString() })
      .where(and(eq(publicLinks.investigationId, investigationId), isNull(publicLinks.revokedAt)));
    const token = newToken();
    const expiresAt = new Date(now.getTime() + expiresInDays * dayMs).toISOString();
    await tx.insert(publicLinks).values({ investigationId, token, createdBy: actor.id, createdAt: now.toISOString(), expiresAt, indexable });
    await recordEvent({
      actorId: actor.id,
      action: "investigation.public-link-created",
      subjectType: "investigation",
      subjectId: investigationId,
      investigationId,
      data: { expiresAt, indexable },
    });
    return { token, expiresAt, indexable };
  });
}

/** Revokes the investigation's public link (its address answers 404 from now on). True when there was one. */
export async function revokePublicLink({ actor, investigationId }: { actor: Actor; investigationId: string }): Promise<boolean> {
  assertAllowed(canManageInvestigations(actor), "Only editors can revoke an investigation's public link.");
  return writeTransaction(async (tx) => {
    const [investigation] = await forUpdate(tx.select({ id: investigations.id }).from(investigations).where(eq(investigations.id, investigationId)));
    if (!investigation) throw new AppError("NOT_FOUND", { key: "Errors.notFound.investigation" });
    const revoked = await tx
      .update(publicLinks)
      .set({ revokedAt: new Date().toISOString() })
      .where(and(eq(publicLinks.investigationId, investigationId), isNull(publicLinks.revokedAt)))
      .returning({ id: publicLinks.id });
    if (revoked.length > 0)
      await recordEvent({
        actorId: actor.id,
        action: "investigation.public-link-revoked",
        subjectType: "investigation",
        subjectId: investigationId,
        investigationId,
        data: {},
      });
    return revoked.length > 0;
  });
}

export type ActivePublicLink = { token: string; createdAt: string; expiresAt: string; indexable: boolean; createdByName: string };

/** The investigation's link that still works (not revoked, not expired), for editors; null when none. */
export async function getActivePublicLink({ actor, investigationId }: { actor: Actor; investigationId: string }): Promise<ActivePublicLink | null> {
  assertAllowed(canManageInvestigations(actor), "Only editors can see an investigation's public link.");
  const [link] = await db()
    .select({
      token: publicLinks.token,
      createdAt: publicLinks.createdAt,
      expiresAt: publicLinks.expiresAt,
      indexable: publicLinks.indexable,
      createdByName: users.name,
    })
    .from(publicLinks)
    .innerJoin(users, eq(users.id, publicLinks.createdBy))
    .where(and(eq(publicLinks.investigationId, investigationId), isNull(publicLinks.revokedAt), gt(publicLinks.expiresAt, new Date().toISOString())))
    .orderBy(desc(publicLinks.createdAt))
    .limit(1);
  return link ?? null;
}

/**
 * The public report a link shows: the investigation's public export document (approved
 * claims only; see ExportAudience), read with no signed-in user. NOT_FOUND — the same answer
 * for a token that never existed, one revoked and one expired — otherwise. `indexable`: whether
 * the editor let search engines index it.
 */
export async function getPublicReportByToken({ token }: { token: string }): Promise<{ doc: ExportDocument; indexable: boolean }> {
  const gone = () => new AppError("NOT_FOUND", { key: "Errors.notFound.publicReport" });
  if (!isPublicLinkToken(token)) throw gone();
  const [link] = await db()
    .select({ investigationId: publicLinks.investigationId, indexable: publicLinks.indexable })
    .from(publicLinks)
    .where(and(eq(publicLinks.token, token), isNull(publicLinks.revokedAt), gt(publicLinks.expiresAt, new Date().toISOString())))
    .limit(1);
  if (!link) throw gone();
  // A public document names no workspace address, so none is given.
  const doc = await getExportDocument({ actor: null, audience: "public", scope: { investigationId: link.investigationId }, workspaceUrl: "" });
  return { doc, indexable: link.indexable };
}
