import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { recentWithin, withoutTime, withTime } from "./recent-times";

describe("recent times", () => {
  it("keeps only the times inside the window, oldest first", () => {
    const times = [0, 500, 900];
    expect(recentWithin(times, 999, 1_000)).toEqual([0, 500, 900]);
    expect(recentWithin(times, 1_000, 1_000)).toEqual([500, 900]);
    expect(recentWithin(times, 1_900, 1_000)).toEqual([]);
  });

  it("adds a time, dropping those out of the window and keeping the latest `keep`", () => {
    expect(withTime([0, 500], 1_200, 1_000)).toEqual([500, 1_200]);
    let times: number[] = [];
    for (const at of [1, 2, 3, 4]) times = withTime(times, at, 1_000, 2);
    expect(times).toEqual([3, 4]);
  });

  it("takes back one time (the latest equal to it), and nothing when it is absent", () => {
    expect(withoutTime([1, 2, 2, 3], 2)).toEqual([1, 2, 3]);
    expect(withoutTime([1, 3], 7)).toEqual([1, 3]);
  });

  it("never holds more than `keep` times, all inside the window and in order, whatever is recorded", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2_000 }), { maxLength: 200 }), fc.integer({ min: 1, max: 20 }), (steps, keep) => {
        let times: number[] = [];
        let now = 0;
        for (const step of steps) {
          times = withTime(times, (now += step), 1_000, keep);
          expect(times.length).toBeLessThanOrEqual(keep);
          expect(times.every((time, index) => now - time < 1_000 && (index === 0 || times[index - 1]! <= time))).toBe(true);
          expect(times.at(-1)).toBe(now);
        }
      }),
    );
  });
});
