import ipaddr from "ipaddr.js";
import { RecentTimes } from "./recent-times";

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
 * State is in memory, in this process: a failed guess writes nothing to the database (a
 * burst of guesses is no write load on SQLite's single writer, and needs no migration), and
 * the app runs as one `next start` process. A restart forgets the counts, which only an
 * operator can cause. Behind several app processes this would move to a shared table.
 * Memory is bounded: at most `maxKeys` accounts and addresses each, oldest forgotten first.
 */
export const signInLimits = {
  windowMs: 15 * 60_000,
  addressFailures: 10,
  accountFreeFailures: 5,
  accountBaseDelayMs: 2_000,
  accountMaxDelayMs: 30_000,
  maxKeys: 10_000,
};

export type SignInLimits = typeof signInLimits;

export type ThrottleDecision = { allowed: true } | { allowed: false; scope: "account" | "address"; retryAfterSeconds: number };

export class SignInThrottle {
  private readonly accounts: RecentTimes;
  private readonly addresses: RecentTimes;

  constructor(private readonly limits: SignInLimits = signInLimits) {
    this.accounts = new RecentTimes(limits.windowMs, limits.maxKeys);
    this.addresses = new RecentTimes(limits.windowMs, limits.maxKeys);
  }

  /** Whether an attempt for `account` from `address` may be evaluated now. */
  check(account: string, address: string, now: number): ThrottleDecision {
    const fromAddress = this.addresses.recent(addressKeyOf(address), now);
    if (fromAddress.length >= this.limits.addressFailures) {
      const freedAt = fromAddress[fromAddress.length - this.limits.addressFailures]! + this.limits.windowMs;
      return { allowed: false, scope: "address", retryAfterSeconds: secondsUntil(freedAt, now) };
    }
    const forAccount = this.accounts.recent(accountKeyOf(account), now);
    const delay = this.accountDelayMs(forAccount.length);
    if (delay > 0) {
      const nextAttemptAt = forAccount[forAccount.length - 1]! + delay;
      if (now < nextAttemptAt) return { allowed: false, scope: "account", retryAfterSeconds: secondsUntil(nextAttemptAt, now) };
    }
    return { allowed: true };
  }

  /**
   * Counts a failure. Sign-in counts each attempt as a failure before checking the password
   * (so that parallel guesses cannot all pass `check` while the hashes are computed) and
   * takes it back with `recordSuccess` when the password was right.
   */
  recordFailure(account: string, address: string, now: number): void {
    this.addresses.record(addressKeyOf(address), now, this.limits.addressFailures);
    this.accounts.record(accountKeyOf(account), now, this.limits.accountFreeFailures + 16);
  }

  /**
   * A correct password clears the account's failures. The address keeps its others (or one
   * valid account would reset it between guesses); only this attempt's, counted at
   * `attemptedAt`, is taken back.
   */
  recordSuccess(account: string, address: string, attemptedAt: number): void {
    this.accounts.forget(accountKeyOf(account));
    this.addresses.takeBack(addressKeyOf(address), attemptedAt);
  }

  /** How long after the last failure the next attempt on an account must wait, given `failures` in the window. */
  accountDelayMs(failures: number): number {
    const beyond = failures - this.limits.accountFreeFailures;
    if (beyond < 0) return 0;
    return Math.min(this.limits.accountBaseDelayMs * 2 ** beyond, this.limits.accountMaxDelayMs);
  }

  /** How many accounts and addresses are remembered (for the memory bound's test). */
  get size(): { accounts: number; addresses: number } {
    return { accounts: this.accounts.size, addresses: this.addresses.size };
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

/** "30 seconds", "1 minute", "14 minutes": how long to wait, for the sign-in message. */
export function describeWait(seconds: number): string {
  if (seconds < 90) return seconds === 1 ? "1 second" : `${seconds} seconds`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minutes`;
}

const globalForThrottle = globalThis as unknown as { corroborateSignInThrottle?: SignInThrottle };

/** The process's throttle, shared by every bundle that signs in (the form's action and Auth.js's route). */
export function signInThrottle(): SignInThrottle {
  globalForThrottle.corroborateSignInThrottle ??= new SignInThrottle();
  return globalForThrottle.corroborateSignInThrottle;
}
