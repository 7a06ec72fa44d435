import { describe, expect, it } from "vitest";
import { parseIfMatch } from "./if-match";

describe("parseIfMatch", () => {
  it("reads one strong ETag of ours as the version the client saw", () => {
    expect(parseIfMatch('"v1"')).toEqual({ kind: "version", version: 1 });
    expect(parseIfMatch('  "v42" ')).toEqual({ kind: "version", version: 42 });
  });

  it("never lets a weak ETag match (RFC 9110 §13.1.1: If-Match uses the strong comparison)", () => {
    expect(parseIfMatch('W/"v1"')).toEqual({ kind: "weak", tag: 'W/"v1"' });
    expect(parseIfMatch('W/"anything"')).toMatchObject({ kind: "weak" });
  });

  it("tells a missing header from one that names no version of ours", () => {
    expect(parseIfMatch(null)).toEqual({ kind: "missing" });
    expect(parseIfMatch("  ")).toEqual({ kind: "missing" });
    for (const header of ["*", '"v1", "v2"', "v1", '"1"', '"v-1"', '"v1.5"', 'w/"v1"', '"v9999999999999999999"'])
      expect(parseIfMatch(header), header).toEqual({ kind: "unusable" });
  });
});
