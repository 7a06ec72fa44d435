import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeNotificationCursor, encodeNotificationCursor } from "./notification-cursor";

describe("the notifications list's cursor", () => {
  it("gives back the time and id it was made from (property)", () => {
    fc.assert(
      fc.property(fc.date({ noInvalidDate: true }), fc.uuid(), (date, id) => {
        const cursor = encodeNotificationCursor({ at: date.toISOString(), id });
        expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
        expect(decodeNotificationCursor(cursor)).toEqual({ at: date.toISOString(), id });
      }),
    );
  });

  it("is null for anything it did not make", () => {
    for (const text of ["", "not a cursor!", "W10", Buffer.from('["x"]').toString("base64url"), Buffer.from('[1,"y"]').toString("base64url"), "A".repeat(401)])
      expect(decodeNotificationCursor(text)).toBeNull();
  });
});
