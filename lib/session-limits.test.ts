import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isWithinAbsoluteLimit, sessionLimits } from "./session-limits";

const now = 1_800_000_000;

describe("the idle session limit", () => {
  it("is 2 hours, now that drafts are kept in the browser", () => {
    expect(sessionLimits.idleSeconds).toBe(2 * 60 * 60);
  });
});

describe("the absolute session limit", () => {
  it("lets a session go on until twelve hours after signing in, and no longer", () => {
    expect(isWithinAbsoluteLimit(now, now)).toBe(true);
    expect(isWithinAbsoluteLimit(now - sessionLimits.absoluteSeconds + 1, now)).toBe(true);
    expect(isWithinAbsoluteLimit(now - sessionLimits.absoluteSeconds, now)).toBe(false);
    expect(isWithinAbsoluteLimit(now - 30 * 24 * 60 * 60, now)).toBe(false);
  });

  it("refuses a token that cannot prove when it signed in, or claims to have signed in later than now", () => {
    for (const signedInAt of [undefined, null, "1800000000", Number.NaN, Infinity, {}]) expect(isWithinAbsoluteLimit(signedInAt, now)).toBe(false);
    expect(isWithinAbsoluteLimit(now + 30, now)).toBe(true); // clock skew
    expect(isWithinAbsoluteLimit(now + 3_600, now)).toBe(false);
  });

  it("is longer than the idle limit, so a busy session ends by the clock and an idle one sooner", () => {
    expect(sessionLimits.absoluteSeconds).toBeGreaterThan(sessionLimits.idleSeconds);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: sessionLimits.absoluteSeconds * 3 }), (age) => {
        expect(isWithinAbsoluteLimit(now - age, now)).toBe(age < sessionLimits.absoluteSeconds);
      }),
    );
  });
});
