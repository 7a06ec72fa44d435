import { describe, expect, it } from "vitest";
import { decodeListCursor, encodeListCursor } from "./list-cursor";

describe("list cursors", () => {
  it("decode what they encode, as URL-safe text", () => {
    const cursor = { at: "2026-12-07T10:00:00.000Z", id: "0b6f4c1e-9a0a-4c7e-8f55-3b2d1c0a9e8f" };
    const text = encodeListCursor(cursor);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeListCursor(text)).toEqual(cursor);
  });

  it("are null for anything else", () => {
    for (const text of ["", "%%%", "abc", encodeListCursor({ at: "", id: "x" }), btoa("[1,2]"), btoa('["a"]').replace(/=+$/, "")])
      expect(decodeListCursor(text)).toBeNull();
  });
});
