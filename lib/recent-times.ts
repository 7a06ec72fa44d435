/**
 * Moments something happened, per key, within a sliding window (sign-in failures per account
 * and per address, export starts per account): the rules in pure functions over a key's list
 * of times (ms since the epoch, oldest first), and the store that keeps the lists.
 */

/** The times less than `windowMs` before `now`, oldest first. */
export function recentWithin(times: readonly number[], now: number, windowMs: number): number[] {
  return times.filter((time) => now - time < windowMs);
}

/** The recent times with `now` added, keeping only the latest `keep`. */
export function withTime(times: readonly number[], now: number, windowMs: number, keep = Infinity): number[] {
  return [...recentWithin(times, now, windowMs), now].slice(-keep);
}

/** The times without one occurrence of `time` (the latest equal to it), if present. */
export function withoutTime(times: readonly number[], time: number): number[] {
  const index = times.lastIndexOf(time);
  return index < 0 ? [...times] : [...times.slice(0, index), ...times.slice(index + 1)];
}

/**
 * Where the lists are kept: in the database, shared by every server and worker process
 * (db/queries/recent-times.ts). `change` runs with the current lists of `keys` and returns
 * their new lists and a result; for the same keys, calls run one after another on every
 * server, so a decision and the time it records cannot be split by another request. Keys are
 * locked in the order given: callers that take several must always name them in one order.
 * A list whose latest time is `windowMs` before `now` may be forgotten.
 */
export interface RecentTimesStore {
  change<Result>(
    keys: readonly string[],
    clock: { now: number; windowMs: number },
    change: (lists: number[][]) => { lists: number[][]; result: Result },
  ): Promise<Result>;
}
