import "server-only";
import { and, asc, count, eq, sql } from "drizzle-orm";
import { AppError } from "@/lib/errors";
import { generatePassword, getDecoyPasswordHash, hashPassword, verifyPassword } from "@/lib/passwords";
import { canChangeAccount, canManagePeople, type Actor } from "@/lib/permissions";
import { SignInThrottle } from "@/lib/sign-in-throttle";
import type { Role } from "@/lib/roles";
import type { CreateUserInput } from "@/lib/validation/user";
import { db, forUpdate, writeTransaction } from "../connection";
import { users } from "../schema";
import { actorIdOf, assertAllowed, type Operator } from "./actor";
import { revokeTokensOfUser, type RevocationReason } from "./api-tokens";
import { recordEvent } from "./events";
import { databaseRecentTimes } from "./recent-times";

/** What the UI and the CLI see of an account: never the password hash. */
export type UserSummary = {
  id: string;
  email: string;
  name: string;
  role: Role;
  isDisabled: boolean;
  createdAt: string;
};

const summaryColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  disabledAt: users.disabledAt,
  createdAt: users.createdAt,
};

function toSummary(row: { id: string; email: string; name: string; role: Role; disabledAt: string | null; createdAt: string }): UserSummary {
  const { disabledAt, ...rest } = row;
  return { ...rest, isDisabled: disabledAt !== null };
}

function assertMayManage(operator: Operator, targetUserId?: string) {
  if (operator === "command-line") return;
  const allowed = targetUserId ? canChangeAccount(operator, targetUserId) : canManagePeople(operator);
  assertAllowed(allowed, targetUserId === operator.id ? "You cannot change your own account here." : "Only admins manage accounts.");
}

/**
 * Checks an email and password. Returns the user and their session version, or null for
 * an unknown email, a wrong password or a disabled account — indistinguishably, and in
 * about the same time (an unknown email is verified against a decoy hash).
 */
export async function verifyCredentials({ email, password }: { email: string; password: string }) {
  const [user] = await db().select().from(users).where(eq(users.email, email.trim().toLowerCase()));
  const isValid = await verifyPassword(user?.passwordHash ?? (await getDecoyPasswordHash()), password);
  if (!user || !isValid || user.disabledAt) return null;
  return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
}

export type SignInOutcome =
  | { status: "signed-in"; user: NonNullable<Awaited<ReturnType<typeof verifyCredentials>>> }
  | { status: "refused" }
  | { status: "throttled"; retryAfterSeconds: number };

/** The throttle every server shares: its counts are in the database. */
const sharedThrottle = new SignInThrottle(databaseRecentTimes);

/**
 * One sign-in attempt from `address`, throttled per account and per address (see
 * lib/sign-in-throttle.ts). A throttled attempt is refused before the password is checked.
 * Otherwise the attempt counts as a failure until the password proves right, so parallel
 * guesses are counted as they start: the check and the count are one transaction, exact
 * across servers.
 */
export async function attemptSignIn(
  { email, password, address }: { email: string; password: string; address: string },
  { throttle = sharedThrottle, now = Date.now }: { throttle?: SignInThrottle; now?: () => number } = {},
): Promise<SignInOutcome> {
  const startedAt = now();
  const decision = await throttle.attempt(email, address, startedAt);
  if (!decision.allowed) return { status: "throttled", retryAfterSeconds: decision.retryAfterSeconds };
  const user = await verifyCredentials({ email, password });
  if (!user) return { status: "refused" };
  await throttle.recordSuccess(email, address, startedAt);
  return { status: "signed-in", user };
}

/**
 * The acting user for a session, or null when the account is gone, disabled, or its
 * session version moved on (role change, disable, password reset) since sign-in.
 */
export async function getActorBySession({ userId, sessionVersion }: { userId: string; sessionVersion: number }): Promise<Actor | null> {
  const [user] = await db().select().from(users).where(eq(users.id, userId));
  if (!user || user.disabledAt || user.sessionVersion !== sessionVersion) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, locale: user.locale };
}

/**
 * Signing out ends the session for good: the account's session version moves on, so the
 * signed-out JWT (which the browser forgets, but a copy may not) is refused from the next
 * request on. A JWT cannot be revoked on its own, so this signs the account out everywhere.
 * Only a session that is still current may do this, so an old, already-revoked copy of a
 * cookie cannot be used to sign its owner out of their other sessions.
 */
export async function endSession({ userId, sessionVersion }: { userId: string; sessionVersion: number }): Promise<boolean> {
  return writeTransaction(async (tx) => {
    const ended = await tx
      .update(users)
      .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(and(eq(users.id, userId), eq(users.sessionVersion, sessionVersion)))
      .returning({ id: users.id });
    if (ended.length === 0) return false;
    await recordEvent({ actorId: userId, action: "user.signed-out", subjectType: "user", subjectId: userId, data: {} });
    return true;
  });
}

export async function listUsers({ operator }: { operator: Operator }): Promise<UserSummary[]> {
  assertMayManage(operator);
  return (await db().select(summaryColumns).from(users).orderBy(asc(users.email))).map(toSummary);
}

export async function countUsers(): Promise<number> {
  const [row] = await db().select({ n: count() }).from(users);
  return row?.n ?? 0;
}

async function getUserByEmailOrThrow(email: string) {
  const [user] = await db().select(summaryColumns).from(users).where(eq(users.email, email.trim().toLowerCase()));
  if (!user) throw new AppError("NOT_FOUND", { key: "Errors.notFound.accountByEmail", values: { email } });
  return user;
}

export async function getUserByEmail({ operator, email }: { operator: Operator; email: string }): Promise<UserSummary> {
  assertMayManage(operator);
  return toSummary(await getUserByEmailOrThrow(email));
}

/**
 * Creates an account. When no password is given one is generated and returned once:
 * it is stored only as an argon2id hash.
 */
export async function createUser({ operator, input }: { operator: Operator; input: CreateUserInput }) {
  assertMayManage(operator);
  const generatedPassword = input.password ? undefined : generatePassword();
  const passwordHash = await hashPassword(input.password ?? generatedPassword!);
  const name = input.name ?? input.email.split("@")[0]!;
  const user = await writeTransaction(async (tx) => {
    const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.email, input.email));
    if (existing) throw new AppError("INVALID", { key: "Errors.invalid.accountExists" }, { fields: { email: "Errors.invalid.accountExists" } });
    const [row] = await tx.insert(users).values({ email: input.email, name, role: input.role, passwordHash }).returning(summaryColumns);
    await recordEvent({
      actorId: actorIdOf(operator),
      action: "user.created",
      subjectType: "user",
      subjectId: row!.id,
      data: { email: row!.email, role: row!.role },
    });
    return row!;
  });
  return { user: toSummary(user), generatedPassword };
}

type AccountChange = { role?: Role; disabled?: boolean; passwordHash?: string; revokeTokens?: RevocationReason };

/**
 * Applies a change to an account and bumps its session version, which signs it out everywhere;
 * with `revokeTokens`, also revokes its API tokens in the same transaction. Returns the account
 * and how many tokens were revoked.
 */
async function changeAccount(operator: Operator, userId: string, change: AccountChange, action: string): Promise<UserSummary & { revokedTokenCount: number }> {
  assertMayManage(operator, userId);
  return writeTransaction(async (tx) => {
    const [before] = await forUpdate(tx.select(summaryColumns).from(users).where(eq(users.id, userId)));
    if (!before) throw new AppError("NOT_FOUND", { key: "Errors.notFound.account" });
    const values: Partial<typeof users.$inferInsert> = { updatedAt: new Date().toISOString() };
    if (change.role) values.role = change.role;
    if (change.disabled !== undefined) values.disabledAt = change.disabled ? new Date().toISOString() : null;
    if (change.passwordHash) values.passwordHash = change.passwordHash;
    const [after] = await tx
      .update(users)
      .set({ ...values, sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, userId))
      .returning(summaryColumns);
    if (!after) throw new AppError("NOT_FOUND", { key: "Errors.notFound.account" });
    const data: Record<string, unknown> = {};
    if (change.role) data.role = [before.role, after.role];
    if (change.disabled !== undefined) data.disabled = [before.disabledAt !== null, change.disabled];
    await recordEvent({ actorId: actorIdOf(operator), action, subjectType: "user", subjectId: userId, data });
    const revokedTokenCount = change.revokeTokens ? await revokeTokensOfUser({ userId, actorId: actorIdOf(operator), reason: change.revokeTokens }) : 0;
    return { ...toSummary(after), revokedTokenCount };
  });
}

export async function setUserRole({ operator, userId, role }: { operator: Operator; userId: string; role: Role }) {
  return changeAccount(operator, userId, { role }, "user.role-changed");
}

/** Disabling also revokes the account's API tokens for good: enabling it again does not bring them back. */
export async function setUserDisabled({ operator, userId, disabled }: { operator: Operator; userId: string; disabled: boolean }) {
  return changeAccount(operator, userId, disabled ? { disabled, revokeTokens: "account disabled" } : { disabled }, disabled ? "user.disabled" : "user.enabled");
}

/**
 * Sets a new password (generated when none is given), signs the account out everywhere and
 * revokes its API tokens: a reset is what follows a suspected compromise.
 */
export async function resetUserPassword({ operator, userId, password }: { operator: Operator; userId: string; password?: string }) {
  assertMayManage(operator, userId); // before the costly hash, so a refused call costs nothing
  const newPassword = password ?? generatePassword();
  const user = await changeAccount(operator, userId, { passwordHash: await hashPassword(newPassword), revokeTokens: "password reset" }, "user.password-reset");
  return { user, password: newPassword, revokedTokenCount: user.revokedTokenCount };
}

/** For the CLI, which names accounts by email. */
export async function getUserIdByEmail(email: string): Promise<string> {
  return (await getUserByEmailOrThrow(email)).id;
}
