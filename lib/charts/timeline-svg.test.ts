import { describe, expect, it } from "vitest";
import { toMarkup } from "./chart-node";
import { chartTextOf } from "./chart-text-of";
import { layoutTimeline } from "./timeline";
import { timelineSvg } from "./timeline-svg";
import { claimWith } from "./test-claims";

const draw = (claims: ReturnType<typeof claimWith>[], locale: "en" | "es" = "en") =>
  toMarkup(timelineSvg(layoutTimeline(claims), chartTextOf(locale), (id) => claims.findIndex((claim) => claim.id === id) + 1));

describe("the timeline as SVG", () => {
  it("puts each dated claim at its date with its number, and a line through the figures in date order", () => {
    const svg = draw([
      claimWith("over 200 people", { publishedAt: "2025-03-16", href: "/a" }),
      claimWith("261 people", { publishedAt: "2025-03-18", href: "/b" }),
    ]);
    expect(svg).toContain("<title>Mar 16, 2025: 1. Outlet");
    expect(svg).toContain("more than 200</title>");
    expect(svg).toContain("Mar 18, 2025");
    expect(svg.match(/<a class="chart-point-link"/g)).toHaveLength(2);
    expect(svg.match(/class="chart-trend"/g)).toHaveLength(1);
  });

  it("lists undated sources beside the chart instead of guessing a date", () => {
    const svg = draw([claimWith("261 people", { publishedAt: "2025-03-18" }), claimWith("238 people", { who: "Undated Gazette" })]);
    expect(svg).toContain("Not on the timeline (publication date unknown):");
    expect(svg).toContain("2. Undated Gazette: exactly 238");
  });

  it("says so when no source is dated", () => {
    expect(draw([claimWith("238 people")])).toContain("No source of these claims has a publication date.");
  });

  it("writes dates the Spanish way in Spanish", () => {
    expect(draw([claimWith("261 personas", { publishedAt: "2025-03-18" })], "es")).toContain("18 mar 2025");
  });
});
