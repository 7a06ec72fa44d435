import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, desc, eq, isNull, lt, or, sql } from "drizzle-orm";
import { AppError } from "@/lib/errors";
import { canChangeAccount, type Actor } from "@/lib/permissions";
import { db, forUpdate, writeTransaction } from "../connection";
import { preparedOnce } from "../prepared";
import { apiTokens, users } from "../schema";
import { actorIdOf, assertAllowed, type Operator } from "./actor";
import { recordEvent } from "./events";

/**
 * Personal API tokens: `cor_` + 43 random base64url characters (256 bits). Only their
 * SHA-256 is stored (a fast hash is right here: the token is random, not a password), so a
 * leaked database does not leak usable tokens. The token is returned once, at creation.
 */
const tokenPrefix = "cor_";

function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export type ApiTokenSummary = { id: string; name: string; displayPrefix: string; createdAt: string; lastUsedAt: string | null; isRevoked: boolean };

export async function createApiToken({ actor, name }: { actor: Actor; name: string }): Promise<{ token: string; summary: ApiTokenSummary }> {
  const token = tokenPrefix + randomBytes(32).toString("base64url");
  return writeTransaction(async (tx) => {
    const [row] = await tx
      .insert(apiTokens)
      .values({ userId: actor.id, name, tokenHash: hashToken(token), displayPrefix: token.slice(0, 10) })
      .returning();
    if (!row) throw new Error("The token was not stored.");
    await recordEvent({ actorId: actor.id, action: "api-token.created", subjectType: "api-token", subjectId: row.id, data: { name } });
    return { token, summary: { id: row.id, name: row.name, displayPrefix: row.displayPrefix, createdAt: row.createdAt, lastUsedAt: null, isRevoked: false } };
  });
}

const toSummary = (row: typeof apiTokens.$inferSelect): ApiTokenSummary => ({
  id: row.id,
  name: row.name,
  displayPrefix: row.displayPrefix,
  createdAt: row.createdAt,
  lastUsedAt: row.lastUsedAt,
  isRevoked: row.revokedAt !== null,
});

/** The acting user's own tokens, newest first. */
export async function listApiTokensByUser({ actor }: { actor: Actor }): Promise<ApiTokenSummary[]> {
  return (await db().select().from(apiTokens).where(eq(apiTokens.userId, actor.id)).orderBy(desc(apiTokens.createdAt))).map(toSummary);
}

/** Only an admin manages another person's tokens (their own are on Settings → API tokens). */
function assertMayManageTokensOf(operator: Operator, userId: string) {
  if (operator !== "command-line") assertAllowed(canChangeAccount(operator, userId), "Only admins manage other people's API tokens.");
}

/** What an admin sees of someone else's token: no part of the token (not even its prefix) and no hash. */
export type PersonApiTokenSummary = Omit<ApiTokenSummary, "displayPrefix">;

/**
 * Every account's tokens, newest first, keyed by account id, for Settings → People: names,
 * dates and status only. FORBIDDEN unless an admin.
 */
export async function listApiTokensOfPeople({ operator }: { operator: Operator }): Promise<Map<string, PersonApiTokenSummary[]>> {
  if (operator !== "command-line") assertAllowed(operator.role === "admin", "Only admins manage other people's API tokens.");
  const byUser = new Map<string, PersonApiTokenSummary[]>();
  for (const row of await db().select().from(apiTokens).orderBy(desc(apiTokens.createdAt))) {
    const { displayPrefix: _prefix, ...summary } = toSummary(row);
    void _prefix;
    byUser.set(row.userId, [...(byUser.get(row.userId) ?? []), summary]);
  }
  return byUser;
}

/** Why a token was revoked by someone other than its owner, as recorded in its event. */
export type RevocationReason = "revoked by an admin" | "password reset" | "account disabled";

/**
 * Inside the caller's transaction: revokes the user's live tokens (all, or the one named),
 * recording an `api-token.revoked` event with the reason for each. Returns how many it revoked.
 */
export async function revokeTokensOfUser({
  userId,
  tokenId,
  actorId,
  reason,
}: {
  userId: string;
  tokenId?: string;
  actorId: string | null;
  reason: RevocationReason;
}): Promise<number> {
  const revokedAt = new Date().toISOString();
  const revoked = await db()
    .update(apiTokens)
    .set({ revokedAt })
    .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt), tokenId ? eq(apiTokens.id, tokenId) : undefined))
    .returning({ id: apiTokens.id, name: apiTokens.name });
  for (const token of revoked) {
    await recordEvent({
      actorId,
      action: "api-token.revoked",
      subjectType: "api-token",
      subjectId: token.id,
      data: { name: token.name, ownerId: userId, reason },
    });
  }
  return revoked.length;
}

/**
 * An admin revokes one of another person's tokens (`tokenId`) or all of them. NOT_FOUND for a
 * token that is not that person's; a token already revoked is left as it is. Returns how many
 * were revoked now.
 */
export async function revokeApiTokensOfPerson({ operator, userId, tokenId }: { operator: Operator; userId: string; tokenId?: string }): Promise<number> {
  assertMayManageTokensOf(operator, userId);
  return writeTransaction(async (tx) => {
    if (tokenId) {
      const [token] = await tx
        .select({ id: apiTokens.id })
        .from(apiTokens)
        .where(and(eq(apiTokens.id, tokenId), eq(apiTokens.userId, userId)));
      if (!token) throw new AppError("NOT_FOUND", { key: "Errors.notFound.token" });
    }
    return revokeTokensOfUser({ userId, tokenId, actorId: actorIdOf(operator), reason: "revoked by an admin" });
  });
}

/** Revokes one of the acting user's tokens; NOT_FOUND for anyone else's. */
export async function revokeApiToken({ actor, id }: { actor: Actor; id: string }): Promise<void> {
  await writeTransaction(async (tx) => {
    const [row] = await forUpdate(
      tx
        .select()
        .from(apiTokens)
        .where(and(eq(apiTokens.id, id), eq(apiTokens.userId, actor.id))),
    );
    if (!row) throw new AppError("NOT_FOUND", { key: "Errors.notFound.token" });
    if (row.revokedAt) return;
    await tx.update(apiTokens).set({ revokedAt: new Date().toISOString() }).where(eq(apiTokens.id, id));
    await recordEvent({ actorId: actor.id, action: "api-token.revoked", subjectType: "api-token", subjectId: id, data: { name: row.name } });
  });
}

const selectTokenByHash = preparedOnce((database) =>
  database
    .select({ tokenId: apiTokens.id, revokedAt: apiTokens.revokedAt, lastUsedAt: apiTokens.lastUsedAt, user: users })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(eq(apiTokens.tokenHash, sql.placeholder("tokenHash")))
    .prepare("select_token_by_hash"),
);
const updateTokenLastUse = preparedOnce((database) =>
  database
    .update(apiTokens)
    .set({ lastUsedAt: sql`${sql.placeholder("now")}` })
    .where(and(eq(apiTokens.id, sql.placeholder("tokenId")), or(isNull(apiTokens.lastUsedAt), lt(apiTokens.lastUsedAt, sql.placeholder("aMinuteAgo")))))
    .prepare("update_token_last_use"),
);

/**
 * The user a bearer token acts for, or null when the token is unknown, revoked, or its
 * account is disabled. Records the last use at most once a minute: a request whose token
 * was used within the minute writes nothing (and so never waits for the write lock).
 */
export async function getActorByApiToken(token: string): Promise<Actor | null> {
  if (!token.startsWith(tokenPrefix)) return null;
  const [row] = await selectTokenByHash().execute({ tokenHash: hashToken(token) });
  if (!row || row.revokedAt || row.user.disabledAt) return null;
  const now = new Date();
  const aMinuteAgo = new Date(now.getTime() - 60_000).toISOString();
  if (row.lastUsedAt === null || row.lastUsedAt < aMinuteAgo)
    await writeTransaction(() => updateTokenLastUse().execute({ tokenId: row.tokenId, now: now.toISOString(), aMinuteAgo }));
  return { id: row.user.id, email: row.user.email, name: row.user.name, role: row.user.role };
}
