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
        cursor: encodeSearchCursor({ relevance: 1.25e-6, row: 42 }),
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
      cursor: { relevance: 1.25e-6, row: 42 },
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
    expect(fieldsOf({ q: "x", from: "2025-04-01", to: "2025-03-01" })).toEqual({ to: "to is on or after from." });
    expect(fieldsOf({ q: ["a", "b"] })).toEqual({ q: "Give q once." });
  });

  it("gives back only cursors it made", () => {
    expect(decodeSearchCursor(encodeSearchCursor({ relevance: 3.5, row: 7 }))).toEqual({ relevance: 3.5, row: 7 });
    for (const text of ["", "nope", btoa(JSON.stringify(["NaN", "1"])), btoa(JSON.stringify(["1", "x"])), btoa(JSON.stringify([1, 2]))])
      expect(decodeSearchCursor(text.replace(/=+$/, ""))).toBeNull();
  });
});
