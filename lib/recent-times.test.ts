import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RecentTimes } from "./recent-times";

describe("RecentTimes", () => {
  it("keeps only the times inside the window, oldest first", () => {
    const times = new RecentTimes(1_000, 10);
    times.record("a", 0);
    times.record("a", 500);
    times.record("a", 900);
    expect(times.recent("a", 999)).toEqual([0, 500, 900]);
    expect(times.recent("a", 1_000)).toEqual([500, 900]);
    expect(times.recent("a", 1_900)).toEqual([]);
    expect(times.size).toBe(0);
  });

  it("keeps a key's latest `keep` times", () => {
    const times = new RecentTimes(1_000, 10);
    for (const at of [1, 2, 3, 4]) times.record("a", at, 2);
    expect(times.recent("a", 5)).toEqual([3, 4]);
  });

  it("forgets the least recently recorded key first when over the bound", () => {
    const times = new RecentTimes(60_000, 2);
    times.record("a", 1);
    times.record("b", 2);
    times.record("a", 3);
    times.record("c", 4);
    expect(times.recent("b", 5)).toEqual([]);
    expect(times.recent("a", 5)).toEqual([1, 3]);
    expect(times.recent("c", 5)).toEqual([4]);
  });

  it("takes back one time, and forgets a key", () => {
    const times = new RecentTimes(1_000, 10);
    times.record("a", 1);
    times.record("a", 2);
    times.takeBack("a", 2);
    times.takeBack("a", 7);
    times.takeBack("unknown", 1);
    expect(times.recent("a", 3)).toEqual([1]);
    times.forget("a");
    expect(times.size).toBe(0);
  });

  it("never remembers more than `maxKeys` keys, whatever is recorded", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 10_000 })), { maxLength: 300 }),
        fc.integer({ min: 1, max: 20 }),
        (events, maxKeys) => {
          const times = new RecentTimes(1_000, maxKeys);
          let now = 0;
          for (const [key, step] of events) times.record(String(key), (now += step));
          expect(times.size).toBeLessThanOrEqual(maxKeys);
        },
      ),
    );
  });
});
