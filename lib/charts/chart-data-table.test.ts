import { describe, expect, it } from "vitest";
import { chartDataTable } from "./chart-data-table";
import { toMarkup } from "./chart-node";
import { chartTextOf } from "./chart-text-of";
import { layoutNumberLine } from "./number-line";
import { sparklineSvg } from "./sparkline-svg";
import { claimWith } from "./test-claims";

describe("the charts' data table", () => {
  it("gives each row its ends (included or excluded), unit, date, verdict and conflicting rows", () => {
    const claims = [
      claimWith("nearly 300 people", { publishedAt: "2025-03-17", verdict: "False" }),
      claimWith("over 250 people"),
      claimWith("238 people", { publishedAt: "2025-03-18" }),
      claimWith("no figure"),
    ];
    const html = toMarkup(chartDataTable(layoutNumberLine(claims, [{ a: claims[1]!.id, b: claims[2]!.id }]), chartTextOf("en")));
    expect(html).toContain("<summary>The figures as a table</summary>");
    const rows = html.split("<tr>").slice(2);
    expect(rows[0]).toContain("<td>270 (included)</td><td>300 (excluded)</td><td>people</td><td>Mar 17, 2025</td><td>False</td><td>none</td>");
    expect(rows[1]).toContain("<td>250 (excluded)</td><td>no upper end</td><td>people</td><td>unknown</td><td>no verdict yet</td><td>3</td>");
    expect(rows[2]).toContain("<td>238 (included)</td><td>238 (included)</td>");
    expect(rows[3]).toContain("no figure");
  });
});

describe("the sparkline", () => {
  it("draws a mark per claim and names the counts", () => {
    const claims = [claimWith("261 people"), claimWith("nearly 300 people"), claimWith("over 200 people")];
    const svg = toMarkup(sparklineSvg(layoutNumberLine(claims, [{ a: claims[0]!.id, b: claims[1]!.id }]), 1, chartTextOf("en")));
    expect(svg).toContain('aria-label="3 claims on a number line, 1 conflicting pair"');
    expect(svg.match(/<circle/g)).toHaveLength(1);
    expect(svg.match(/<line x1/g)!.length).toBe(3); // the axis and two bars
    expect(svg.match(/fill="#991b1b"/g)).toHaveLength(2); // both rows of the pair notched
  });
});
