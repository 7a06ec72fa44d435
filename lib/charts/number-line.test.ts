import { describe, expect, it } from "vitest";
import { layoutNumberLine, sharedInterval } from "./number-line";
import { readQuantity } from "../quantities";
import { claimWith } from "./test-claims";

describe("the number line of a fact", () => {
  it("has one row per claim with a figure, numbered in order, and lists the others apart", () => {
    const claims = [claimWith("over 200 people"), claimWith("no figure here"), claimWith("238 people")];
    const layout = layoutNumberLine(claims, []);
    expect(layout.lines).toHaveLength(1);
    expect(layout.lines[0]!.rows.map((row) => [row.number, row.claim.id])).toEqual([
      [1, claims[0]!.id],
      [2, claims[2]!.id],
    ]);
    expect(layout.withoutFigure).toEqual([claims[1]]);
    expect(layout.rowCount).toBe(2);
  });

  it("marks both claims of a conflicting pair with the other's row number", () => {
    const claims = [claimWith("over 250 people"), claimWith("238 people"), claimWith("nearly 300 people")];
    const layout = layoutNumberLine(claims, [{ a: claims[1]!.id, b: claims[0]!.id }]);
    expect(layout.lines[0]!.rows.map((row) => row.conflictsWith)).toEqual([[2], [1], []]);
  });

  it("shades the interval all claims share, ends respected exactly", () => {
    const layout = layoutNumberLine([claimWith("over 200 people"), claimWith("nearly 300 people")], []);
    expect(layout.lines[0]!.overlap).toEqual({ from: 270, to: 300, fromEnd: "closed", toEnd: "open", isPoint: false });
  });

  it("shades nothing when the claims share no number", () => {
    const layout = layoutNumberLine([claimWith("over 250 people"), claimWith("238 people")], []);
    expect(layout.lines[0]!.overlap).toBeNull();
  });

  it("draws equal intervals as equal rows sharing all of their interval", () => {
    const layout = layoutNumberLine([claimWith("between 200 and 250 people"), claimWith("between 200 and 250 people")], []);
    const [first, second] = layout.lines[0]!.rows;
    expect(first!.placed).toEqual(second!.placed);
    expect(layout.lines[0]!.overlap).toEqual({ from: 200, to: 250, fromEnd: "closed", toEnd: "closed", isPoint: false });
  });

  it("shares a single point when the intervals only touch at a closed end", () => {
    const shared = sharedInterval([readQuantity("at least 250")!, readQuantity("up to 250")!]);
    expect(shared).toEqual({ low: 250, high: 250, lowInclusive: true, highInclusive: true });
  });

  it("does not share a point where one end is open: (200, ∞) and [0, 200]", () => {
    expect(sharedInterval([readQuantity("over 200")!, readQuantity("up to 200")!])).toBeNull();
  });

  it("draws a single claim as a single row with nothing shaded", () => {
    const layout = layoutNumberLine([claimWith("238 people")], []);
    expect(layout.lines[0]!.rows).toHaveLength(1);
    expect(layout.lines[0]!.rows[0]!.placed.isPoint).toBe(true);
    expect(layout.lines[0]!.overlap).toBeNull();
  });

  it("puts figures of different units on separate lines, each with its own scale", () => {
    const layout = layoutNumberLine([claimWith("238 Venezuelans"), claimWith("12%"), claimWith("261 Venezuelans"), claimWith("over 200")], []);
    expect(layout.lines.map((line) => [line.unit, line.rows.map((row) => row.number)])).toEqual([
      ["Venezuelans", [1, 3, 4]],
      ["%", [2]],
    ]);
  });

  it("chooses a log scale per line when that line's figures span more than two orders of magnitude", () => {
    const layout = layoutNumberLine([claimWith("12 people"), claimWith("40,000 people"), claimWith("30%"), claimWith("35%")], []);
    expect(layout.lines.map((line) => line.scale.kind)).toEqual(["log", "linear"]);
  });
});
