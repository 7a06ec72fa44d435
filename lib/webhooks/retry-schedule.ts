/**
 * When a failed webhook delivery is tried again: exponential back-off with jitter, up to a
 * fixed number of attempts, then the delivery is `failed` and left alone.
 *
 * After attempt n fails (n = 1, 2, …) the next waits `firstRetryMs × 4^(n-1)`, at most
 * `maxDelayMs`, then scaled by a random factor in [0.5, 1) ("equal jitter"), so that many
 * deliveries failing together (a receiver down for a while) do not all come back at the same
 * instant. With the defaults (30 s, 6 h, 8 attempts) the waits are about 30 s, 2 min, 8 min,
 * 32 min, 2 h 8 min, 6 h and 6 h: the last attempt comes some 9–15 hours after the first.
 */
export type RetryPolicy = { firstRetryMs: number; maxDelayMs: number; maxAttempts: number };

export const DEFAULT_RETRY_POLICY: RetryPolicy = { firstRetryMs: 30_000, maxDelayMs: 6 * 60 * 60 * 1000, maxAttempts: 8 };

/**
 * The wait before the next attempt after `attemptsMade` attempts have failed, or null when
 * none is left (the delivery has failed). `random` returns a number in [0, 1) (Math.random).
 */
export function nextRetryDelayMs(attemptsMade: number, policy: RetryPolicy = DEFAULT_RETRY_POLICY, random: () => number = Math.random): number | null {
  if (!Number.isInteger(attemptsMade) || attemptsMade < 1) throw new RangeError(`attemptsMade must be a whole number ≥ 1 (got ${attemptsMade})`);
  if (attemptsMade >= policy.maxAttempts) return null;
  const ceiling = Math.min(policy.firstRetryMs * 4 ** (attemptsMade - 1), policy.maxDelayMs);
  return Math.round(ceiling * (0.5 + 0.5 * random()));
}
