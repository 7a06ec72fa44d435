import { describe, expect, it } from "vitest";
import { isPublicReportPath, publicReportPath } from "./public-report-path";

const token = "A".repeat(21) + "_-" + "z9".repeat(10);

describe("isPublicReportPath", () => {
  it("accepts a public link's path", () => {
    expect(token).toHaveLength(43);
    expect(isPublicReportPath(publicReportPath(token))).toBe(true);
  });

  it("refuses every other path, so nothing else of the workspace is reachable signed out", () => {
    for (const path of [
      "/p",
      "/p/",
      `/p/${token}/`,
      `/p/${token}/x`,
      `/p/${token.slice(1)}`,
      `/p/${token}a`,
      `/p/${token.slice(0, 42)}.`,
      `/p/${token.slice(0, 42)}%2F`,
      `/x/p/${token}`,
      `/investigations/${token}`,
      `//p/${token}`,
      `/P/${token}`,
    ])
      expect(isPublicReportPath(path), path).toBe(false);
  });
});
