import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { encodeListCursor } from "../list-cursor";
import { claimFilterParams, parseClaimListQuery, parsePageQuery, paramsRecord } from "./claim-filter";

const invalidFields = (params: Record<string, string | string[] | undefined>) => {
  try {
    parseClaimListQuery(params);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("INVALID");
    return (error as AppError).fields;
  }
  throw new Error("expected INVALID");
};

describe("parseClaimListQuery", () => {
  it("reads every filter, the cursor and the limit", () => {
    const cursor = encodeListCursor({ at: "2026-12-07T10:00:00.000Z", id: "c-1" });
    expect(
      parseClaimListQuery({
        status: "in-review",
        verdict: "mostly-false",
        assignee: "me",
        source: "s-1",
        fact: "none",
        conflict: "1",
        overdue: "false",
        cursor,
        limit: "20",
      }),
    ).toEqual({
      filter: { status: "in-review", verdict: "mostly-false", assignee: "me", source: "s-1", fact: "none", conflict: true, overdue: false },
      cursor: { at: "2026-12-07T10:00:00.000Z", id: "c-1" },
      limit: 20,
    });
  });

  it("treats missing and empty parameters as no filter, with the default page size", () => {
    expect(parseClaimListQuery({ status: "", verdict: "  ", assignee: undefined })).toEqual({ filter: {}, cursor: null, limit: 50 });
  });

  it("answers INVALID at each bad field, all at once", () => {
    expect(invalidFields({ status: "done", conflict: "maybe", limit: "500", cursor: "not a cursor!" })).toEqual({
      status: "status is one of open, in-review, approved.",
      conflict: "conflict is 1 (yes) or 0 (no).",
      limit: "limit is a whole number from 1 to 200.",
      cursor: "This cursor is not one the list gave; start again without it.",
    });
    expect(invalidFields({ limit: "0" })).toHaveProperty("limit");
    expect(invalidFields({ limit: "1.5" })).toHaveProperty("limit");
    expect(invalidFields({ assignee: "x'; drop" })).toEqual({ assignee: "assignee is an id, or none or me." });
    expect(invalidFields({ source: "none" })).toEqual({ source: "source is an id." });
    expect(invalidFields({ verdict: "Mostly False" })).toHaveProperty("verdict");
    expect(invalidFields({ status: ["open", "approved"] })).toEqual({ status: "Give status once." });
  });

  it("refuses a well-formed base64 cursor that is not a pair of strings", () => {
    expect(invalidFields({ cursor: btoa(JSON.stringify({ at: 1 })).replace(/=+$/, "") })).toHaveProperty("cursor");
  });
});

describe("claimFilterParams", () => {
  it("writes back what parseClaimListQuery reads (round trip)", () => {
    const filter = { status: "open", assignee: "none", overdue: true, conflict: false } as const;
    const params = claimFilterParams(filter);
    expect(params.toString()).toBe("status=open&assignee=none&conflict=0&overdue=1");
    expect(parseClaimListQuery(paramsRecord(params)).filter).toEqual(filter);
  });

  it("keeps repeated parameters as arrays, so the parser can refuse them", () => {
    expect(paramsRecord(new URLSearchParams("status=open&status=approved&fact=f"))).toEqual({ status: ["open", "approved"], fact: "f" });
  });
});

describe("parsePageQuery", () => {
  it("reads a cursor and a limit, and refuses bad ones at their field", () => {
    const cursor = encodeListCursor({ at: "2026-12-07T10:00:00.000Z", id: "i-1" });
    expect(parsePageQuery({ cursor, limit: "5" })).toEqual({ cursor: { at: "2026-12-07T10:00:00.000Z", id: "i-1" }, limit: 5 });
    expect(parsePageQuery({})).toEqual({ cursor: null, limit: 50 });
    expect(() => parsePageQuery({ limit: "-1" })).toThrowError(
      expect.objectContaining({ code: "INVALID", fields: { limit: "limit is a whole number from 1 to 200." } }),
    );
  });
});
