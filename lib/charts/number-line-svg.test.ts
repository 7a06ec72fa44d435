import { describe, expect, it } from "vitest";
import { toMarkup } from "./chart-node";
import { chartTextOf } from "./chart-text-of";
import { layoutNumberLine } from "./number-line";
import { numberLineSvg } from "./number-line-svg";
import { claimWith } from "./test-claims";

const english = chartTextOf("en");
const draw = (claims: ReturnType<typeof claimWith>[], conflicts: Array<{ a: string; b: string }> = [], words = english) =>
  toMarkup(numberLineSvg(layoutNumberLine(claims, conflicts), words, "f"));

describe("the number line as SVG", () => {
  it("draws open ends hollow, closed ends filled, unbounded ends as arrows and exact figures as points", () => {
    const svg = draw([claimWith("over 200 people"), claimWith("nearly 300 people"), claimWith("261 people")]);
    expect(svg.match(/class="chart-end-open"/g)).toHaveLength(2); // (200 … and … 300)
    expect(svg.match(/class="chart-end-closed"/g)).toHaveLength(1); // [270 …
    expect(svg.match(/class="chart-end-beyond"/g)).toHaveLength(1); // … ∞)
    expect(svg.match(/class="chart-point"/g)).toHaveLength(1); // 261
  });

  it("marks a conflicting pair with a hatched band and the partner's number in words, not colour alone", () => {
    const claims = [claimWith("261 people"), claimWith("nearly 300 people")];
    const svg = draw(claims, [{ a: claims[0]!.id, b: claims[1]!.id }]);
    expect(svg.match(/fill="url\(#f-conflict\)"/g)).toHaveLength(2);
    expect(svg).toContain("Conflicts with 2");
    expect(svg).toContain("Conflicts with 1");
  });

  it("names at most five partners and counts the rest", () => {
    const claims = [claimWith("over 500 people"), ...Array.from({ length: 7 }, (_, index) => claimWith(`${100 + index} people`))];
    const svg = draw(
      claims,
      claims.slice(1).map((claim) => ({ a: claims[0]!.id, b: claim.id })),
    );
    expect(svg).toContain("Conflicts with 2, 3, 4, 5, 6 and 2 more");
  });

  it("makes each row a link to its claim with the reading as its title, or a plain group without an address", () => {
    const svg = draw([claimWith("over 200 people", { who: "Wire", href: "/sources/s1?claim=c1" }), claimWith("238 people", { who: "Ledger" })]);
    expect(svg).toMatch(
      /<a class="chart-row" data-claim-id="[^"]+" href="\/sources\/s1\?claim=c1"><title>1\. Wire: “over 200 people” more than 200 · no verdict yet<\/title>/,
    );
    expect(svg).toMatch(/<g class="chart-row" data-claim-id="[^"]+"><title>2\. Ledger: “238 people” exactly 238 · no verdict yet<\/title>/);
  });

  it("shades the interval every claim shares and says what the shading means", () => {
    const svg = draw([claimWith("over 200 people"), claimWith("nearly 300 people")]);
    expect(svg.match(/class="chart-shared"/g)).toHaveLength(1);
    expect(svg).toContain("Shaded: the interval all these claims share");
  });

  it("draws differing units on separate lines with a note, and says when a line is logarithmic", () => {
    const svg = draw([claimWith("12 people"), claimWith("40,000 people"), claimWith("30%")]);
    expect(svg.match(/class="chart-unit-line"/g)).toHaveLength(2);
    expect(svg).toContain("Counting people · logarithmic scale");
    expect(svg).toContain("Counting %");
    expect(svg).toContain("The figures count different things");
  });

  it("lists the claims without a figure under the chart", () => {
    expect(draw([claimWith("238 people"), claimWith("no figure here", { who: "Gazette" })])).toContain("No figure read: Gazette “no figure here”");
  });

  it("escapes what people wrote and carries no script or style attribute", () => {
    const svg = draw([claimWith(`238 people <script>alert(1)</script>`, { who: `"><img src=x onerror=alert(1)>` })]);
    expect(svg).not.toContain("<script");
    expect(svg).not.toContain("<img");
    expect(svg).toContain("&lt;script&gt;");
    expect(svg).not.toMatch(/<[a-z][^>]*\s(?:style|on\w+)=/);
  });

  it("speaks Spanish with Spanish number formats", () => {
    const svg = draw([claimWith("more than 40,000 people"), claimWith("45,000 people")], [], chartTextOf("es"));
    expect(svg).toContain("más de 40.000");
    expect(svg).toContain("exactamente 45.000");
    expect(svg).toContain('aria-label="Las cifras en una recta numérica"');
  });

  it("draws the same data the same way every time", () => {
    const claims = [claimWith("over 200 people"), claimWith("nearly 300 people")];
    expect(draw(claims)).toBe(draw(claims));
  });
});
