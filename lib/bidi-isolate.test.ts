import { describe, expect, it } from "vitest";
import { isolateBidi } from "./bidi-isolate";

describe("isolateBidi", () => {
  it("wraps the text in a first-strong isolate, closed by its pop", () => {
    expect(isolateBidi("Flights \u202Eelbairav")).toBe("\u2068Flights \u202Eelbairav\u2069");
    expect(`${isolateBidi("a\u202E")} · Corroborate`).toBe("\u2068a\u202E\u2069 · Corroborate");
  });
});
