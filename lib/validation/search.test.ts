import { describe, expect, it } from "vitest";
import { isAppError } from "../errors";
import { decodeSearchCursor, encodeSearchCursor, parseSearchRequest } from "./search";

const fieldsOf = (params: Record<string, string | string[]>) => {
  try {
    parseSearchRequest(params);
    return null;
  } catch (error) {
    if (!isAppError(error)) throw error;
    return error.fields ?? {};
  }
};

describe("the search request", () => {
  it("reads every parameter, empty ones as not given", () => {
    expect(
      parseSearchRequest({
        q: " cárcel ",
        kind: "claim",
        investigation: "i-1",
        verdict: "mostly-false",
        status: "approved",
        language: "ES",
        outlet: "Diario",
        from: "2025-03-01",
        to: "2025-03-31",
        limit: "50",
        counts: "0",
        cursor: encodeSearchCursor({ offset: 40 }),
      }),
    ).toEqual({
      q: "cárcel",
      kind: "claim",
      investigationId: "i-1",
      verdict: "mostly-false",
      status: "approved",
      language: "es",
      outlet: "Diario",
      from: "2025-03-01",
      to: "2025-03-31",
      limit: 50,
      counts: false,
      cursor: { offset: 40 },
    });
    expect(parseSearchRequest({ q: "", kind: "" })).toEqual({ q: "", counts: true, limit: 20, cursor: null });
  });

  it("refuses each bad parameter at its name", () => {
    expect(
      Object.keys(
        fieldsOf({
          q: "x".repeat(1001),
          kind: "tweet",
          investigation: "a b",
          verdict: "Mostly False",
          status: "done",
          language: "xx",
          from: "2025-02-30",
          to: "yesterday",
          limit: "51",
          counts: "yes",
          cursor: "nope",
        })!,
      ).sort(),
    ).toEqual(["counts", "cursor", "from", "investigation", "kind", "language", "limit", "q", "status", "to", "verdict"]);
    expect(fieldsOf({ q: "x", from: "2025-04-01", to: "2025-03-01" })).toEqual({ to: "The end date comes before the start date." });
    // The page and the API read verdicts by one rule: a rating key.
    expect(fieldsOf({ q: "x", verdict: "mostly-false" })).toBeNull();
    expect(Object.keys(fieldsOf({ q: "x", verdict: "Mostly False" })!)).toEqual(["verdict"]);
    expect(fieldsOf({ q: ["a", "b"] })).toEqual({ q: "Give q once." });
  });

  it("gives back only cursors it made", () => {
    expect(decodeSearchCursor(encodeSearchCursor({ offset: 20 }))).toEqual({ offset: 20 });
    const made = (at: unknown, id: unknown) => btoa(JSON.stringify([at, id]));
    for (const text of ["", "nope", made("offset", "0"), made("offset", "10001"), made("offset", "-1"), made("offset", "1e3"), made("3.5", "7"), made(1, 2)])
      expect(decodeSearchCursor(text.replace(/=+$/, ""))).toBeNull();
  });
});
