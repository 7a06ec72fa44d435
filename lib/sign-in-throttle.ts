import type { Locale } from "./i18n/locales";
import { translator } from "./i18n/translator";
import ipaddr from "ipaddr.js";
import { recentWithin, withoutTime, withTime, type RecentTimesStore } from "./recent-times";

/**
 * Slows down password guessing without letting anyone lock a person out of their account
 * (OWASP Authentication Cheat Sheet; NIST SP 800-63B §5.2.2: delays rather than lockouts).
 *
 * - Per client address: 10 failed sign-ins in 15 minutes, then that address is refused
 *   until its oldest failure in the window is 15 minutes old. It stops one machine spraying
 *   guesses across many accounts, and only ever blocks the address that failed.
 * - Per account: 5 failed sign-ins in 15 minutes, then each further attempt must wait a
 *   growing delay after the last failure (2 s, 4 s, 8 s, 16 s, then 30 s at most). The
 *   account limit only slows: whoever knows the password is let in at most 30 s after the
 *   last failed guess, from any address that is not itself throttled. A success clears the
 *   account's failures (never the address's, or one valid account would reset it).
 *
 * Refused attempts are not evaluated (no password check) and not counted. Unknown emails
 * are counted exactly like real ones, so the throttle says nothing about which exist.
 *
 * The rules are the pure functions below, deciding from the recent failure times of one
 * account and one address. The times live in a `RecentTimesStore`: the database, so every
 * app server and worker process counts the same failures, and a restart forgets nothing.
 * The cost: every evaluated attempt is one write transaction that locks the address's and
 * the account's rows (a success is a second one), so a burst of guesses is write load, on
 * SQLite's single writer too; refused attempts only read and lock, and write nothing.
 */
export const signInLimits = {
  windowMs: 15 * 60_000,
  addressFailures: 10,
  accountFreeFailures: 5,
  accountBaseDelayMs: 2_000,
  accountMaxDelayMs: 30_000,
};

export type SignInLimits = typeof signInLimits;

export type ThrottleDecision = { allowed: true } | { allowed: false; scope: "account" | "address"; retryAfterSeconds: number };

/** The failure times (ms since the epoch, oldest first) of the attempt's address and account. */
export type SignInFailures = { address: readonly number[]; account: readonly number[] };

/** Whether an attempt with these recent failures may be evaluated at `now`. */
export function checkSignIn(failures: SignInFailures, now: number, limits: SignInLimits = signInLimits): ThrottleDecision {
  const fromAddress = recentWithin(failures.address, now, limits.windowMs);
  if (fromAddress.length >= limits.addressFailures) {
    const freedAt = fromAddress[fromAddress.length - limits.addressFailures]! + limits.windowMs;
    return { allowed: false, scope: "address", retryAfterSeconds: secondsUntil(freedAt, now) };
  }
  const forAccount = recentWithin(failures.account, now, limits.windowMs);
  const delay = accountDelayMs(forAccount.length, limits);
  if (delay > 0) {
    const nextAttemptAt = forAccount[forAccount.length - 1]! + delay;
    if (now < nextAttemptAt) return { allowed: false, scope: "account", retryAfterSeconds: secondsUntil(nextAttemptAt, now) };
  }
  return { allowed: true };
}

/**
 * The failures after one more at `now`. Sign-in counts each attempt as a failure before
 * checking the password (so that parallel guesses cannot all pass `checkSignIn` while the
 * hashes are computed) and takes it back with `withSuccess` when the password was right.
 * Each list keeps only as many times as the rules can look at.
 */
export function withFailure(failures: SignInFailures, now: number, limits: SignInLimits = signInLimits): { address: number[]; account: number[] } {
  return {
    address: withTime(failures.address, now, limits.windowMs, limits.addressFailures),
    account: withTime(failures.account, now, limits.windowMs, limits.accountFreeFailures + 16),
  };
}

/**
 * A correct password clears the account's failures. The address keeps its others (or one
 * valid account would reset it between guesses); only this attempt's, counted at
 * `attemptedAt`, is taken back.
 */
export function withSuccess(failures: SignInFailures, attemptedAt: number): { address: number[]; account: number[] } {
  return { address: withoutTime(failures.address, attemptedAt), account: [] };
}

/** How long after the last failure the next attempt on an account must wait, given `failures` in the window. */
export function accountDelayMs(failures: number, limits: SignInLimits = signInLimits): number {
  const beyond = failures - limits.accountFreeFailures;
  if (beyond < 0) return 0;
  return Math.min(limits.accountBaseDelayMs * 2 ** beyond, limits.accountMaxDelayMs);
}

/**
 * The rules applied to the failures kept in `store`, per address key and account key. The
 * check and the count of one attempt are one `store.change`, so parallel guesses, on one
 * server or several, are decided one after another and cannot all pass.
 */
export class SignInThrottle {
  constructor(
    private readonly store: RecentTimesStore,
    private readonly limits: SignInLimits = signInLimits,
  ) {}

  /** Decides whether an attempt for `account` from `address` may be evaluated now, and if so counts it as a failure. */
  attempt(account: string, address: string, now: number): Promise<ThrottleDecision> {
    return this.store.change(this.keysOf(account, address), { now, windowMs: this.limits.windowMs }, ([addressTimes = [], accountTimes = []]) => {
      const failures = { address: addressTimes, account: accountTimes };
      const decision = checkSignIn(failures, now, this.limits);
      const after = decision.allowed ? withFailure(failures, now, this.limits) : failures;
      return { lists: [after.address, after.account], result: decision };
    });
  }

  /** The attempt counted at `attemptedAt` had the right password: see `withSuccess`. */
  recordSuccess(account: string, address: string, attemptedAt: number): Promise<void> {
    return this.store.change(this.keysOf(account, address), { now: attemptedAt, windowMs: this.limits.windowMs }, ([addressTimes = [], accountTimes = []]) => {
      const after = withSuccess({ address: addressTimes, account: accountTimes }, attemptedAt);
      return { lists: [after.address, after.account], result: undefined };
    });
  }

  /** Always the address first, then the account (the store locks keys in this order). */
  private keysOf(account: string, address: string): string[] {
    return [`sign-in-address:${addressKeyOf(address)}`, `sign-in-account:${accountKeyOf(account)}`];
  }
}

function secondsUntil(time: number, now: number): number {
  return Math.max(1, Math.ceil((time - now) / 1000));
}

/** Accounts by the email as sign-in looks it up (trimmed, lower case). */
export function accountKeyOf(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Addresses as one key per client: IPv4-mapped IPv6 as the IPv4 address, other IPv6
 * addresses by their /64 (one host usually holds a whole /64), anything unparsable as is.
 */
export function addressKeyOf(address: string): string {
  const trimmed = address.trim();
  if (!ipaddr.isValid(trimmed)) return trimmed || "unknown";
  const parsed = ipaddr.parse(trimmed);
  if (parsed.kind() === "ipv6") {
    const v6 = parsed as ipaddr.IPv6;
    if (v6.isIPv4MappedAddress()) return v6.toIPv4Address().toString();
    return `${v6.parts
      .slice(0, 4)
      .map((part) => part.toString(16))
      .join(":")}::/64`;
  }
  return parsed.toString();
}

/** "30 seconds", "1 second", "14 minutes" ("14 minutos"): how long to wait, for the sign-in message. */
export function describeWait(seconds: number, locale: Locale = "en"): string {
  const t = translator(locale, "Common");
  return seconds < 90 ? t("waitSeconds", { seconds }) : t("waitMinutes", { minutes: Math.ceil(seconds / 60) });
}
