import { describe, expect, it } from "vitest";
import { matchTextOf } from "./match-text";

describe("matchTextOf", () => {
  it("reads the highlighted words with their sentence's context, cut at sentence ends", () => {
    expect(matchTextOf({ prefix: "was 12. Government figures put ", exact: "238 Venezuelans", suffix: " on the planes in March. Then" })).toBe(
      "Government figures put 238 Venezuelans on the planes in March.",
    );
  });

  it("prefers the written statement", () => {
    expect(matchTextOf({ prefix: "x ", exact: "238", suffix: " y", statement: " 238 Venezuelans were flown to CECOT. " })).toBe(
      "238 Venezuelans were flown to CECOT.",
    );
  });
});
