import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { notificationId } from "./notification-id";

describe("notification ids", () => {
  it("are UUIDs of version 7 that sort in the order they were made, within a millisecond and when the clock steps back (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1_700_000_000_000, max: 1_900_000_000_000 }), { minLength: 2, maxLength: 50 }), (clock) => {
        const ids = clock.map((ms) => notificationId(ms));
        for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
        expect([...ids].sort()).toEqual(ids);
        expect(new Set(ids).size).toBe(ids.length);
      }),
    );
  });

  it("carry the time they were made", () => {
    const ms = 4_102_444_800_000; // 2100-01-01, after any earlier call's clock
    expect(notificationId(ms).replace(/-/g, "").slice(0, 12)).toBe(ms.toString(16).padStart(12, "0"));
  });
});
