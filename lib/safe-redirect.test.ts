import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "./safe-redirect";

describe("safeRedirectPath", () => {
  it("keeps paths on this site", () => {
    expect(safeRedirectPath("/investigations/abc?tab=sources")).toBe("/investigations/abc?tab=sources");
  });

  it.each(["https://evil.example/", "//evil.example/", "/\\evil.example", "javascript:alert(1)", "", undefined, 42, "/\nx"])("refuses %j", (target) => {
    expect(safeRedirectPath(target)).toBe("/");
  });
});
