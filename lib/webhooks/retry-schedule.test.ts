import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_RETRY_POLICY, nextRetryDelayMs } from "./retry-schedule";

const minute = 60_000;

describe("the retry schedule of webhook deliveries", () => {
  it("waits 30 s, 2, 8 and 32 min, then 2 h 8 min, then 6 h (at most), before jitter; none after the 8th attempt", () => {
    const ceilings = [1, 2, 3, 4, 5, 6, 7, 8].map((attempts) => nextRetryDelayMs(attempts, DEFAULT_RETRY_POLICY, () => 0.999_999_999));
    expect(ceilings).toEqual([30_000, 2 * minute, 8 * minute, 32 * minute, 128 * minute, 360 * minute, 360 * minute, null]);
  });

  it("halves at most: with jitter each wait lies in [half, full) of its ceiling", () => {
    expect([1, 2, 3].map((attempts) => nextRetryDelayMs(attempts, DEFAULT_RETRY_POLICY, () => 0))).toEqual([15_000, minute, 4 * minute]);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 7 }), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (attempts, random) => {
        const ceiling = Math.min(30_000 * 4 ** (attempts - 1), 6 * 60 * minute);
        const delay = nextRetryDelayMs(attempts, DEFAULT_RETRY_POLICY, () => random)!;
        return delay >= ceiling / 2 && delay <= ceiling;
      }),
    );
  });

  it("follows a shorter first retry and fewer attempts when the policy says so", () => {
    const policy = { firstRetryMs: 1_000, maxDelayMs: 10_000, maxAttempts: 3 };
    expect([1, 2, 3].map((attempts) => nextRetryDelayMs(attempts, policy, () => 0.999_999_999))).toEqual([1_000, 4_000, null]);
  });

  it("refuses a count of attempts that is not a whole number ≥ 1", () => {
    expect(() => nextRetryDelayMs(0)).toThrow(RangeError);
    expect(() => nextRetryDelayMs(1.5)).toThrow(RangeError);
  });
});
