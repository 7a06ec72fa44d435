import { describe, expect, it } from "vitest";
import { readQuantity, type Quantity } from "../quantities";
import { figureScaleOf, pixelScale, placeInterval } from "./figure-scale";

const q = (words: string): Quantity => readQuantity(words)!;

describe("the axis of a fact's figures", () => {
  it("is linear and covers every finite end when the figures are close", () => {
    const scale = figureScaleOf([q("238 people"), q("261 people"), q("nearly 300 people")]);
    expect(scale.kind).toBe("linear");
    expect(scale.domain[0]).toBeLessThanOrEqual(238);
    expect(scale.domain[1]).toBeGreaterThanOrEqual(300);
    expect(scale.ticks.length).toBeGreaterThanOrEqual(2);
  });

  it("turns logarithmic when the figures span more than two orders of magnitude", () => {
    const scale = figureScaleOf([q("12 people"), q("40,000 people")]);
    expect(scale.kind).toBe("log");
    expect(scale.domain).toEqual([10, 100000]);
    expect(scale.ticks).toEqual([10, 100, 1000, 10000, 100000]);
  });

  it("stays linear at exactly two orders of magnitude", () => {
    expect(figureScaleOf([q("3 people"), q("300 people")]).kind).toBe("linear");
  });

  it("gives a single figure a band around it", () => {
    const scale = figureScaleOf([q("238 people")]);
    expect(scale.domain[0]).toBeLessThan(238);
    expect(scale.domain[1]).toBeGreaterThan(238);
  });

  it("leaves room past the largest figure for an open-ended one", () => {
    const scale = figureScaleOf([q("over 200 people"), q("238 people")]);
    expect(scale.domain[1]).toBeGreaterThan(238);
  });

  it("draws an empty list on a 0–1 axis", () => {
    expect(figureScaleOf([])).toEqual({ kind: "linear", domain: [0, 1], ticks: [0, 1] });
  });
});

describe("an interval placed on the axis", () => {
  const scale = figureScaleOf([q("nearly 300"), q("over 200"), q("238")]);

  it("marks open and closed bounds: 'nearly 300' is [270, 300)", () => {
    expect(placeInterval(q("nearly 300"), scale)).toEqual({ from: 270, to: 300, fromEnd: "closed", toEnd: "open", isPoint: false });
  });

  it("runs an unbounded interval past the axis's end: 'over 200' is (200, ∞)", () => {
    expect(placeInterval(q("over 200"), scale)).toEqual({ from: 200, to: scale.domain[1], fromEnd: "open", toEnd: "beyond", isPoint: false });
  });

  it("draws an exact figure as a point", () => {
    expect(placeInterval(q("238"), scale)).toEqual({ from: 238, to: 238, fromEnd: "closed", toEnd: "closed", isPoint: true });
  });

  it("on a log scale, runs an interval down to 0 past the axis's low end", () => {
    const log = figureScaleOf([q("up to 40,000"), q("12")]);
    expect(log.kind).toBe("log");
    expect(placeInterval(q("up to 40,000"), log)).toMatchObject({ from: log.domain[0], fromEnd: "beyond", to: 40000, toEnd: "closed" });
  });

  it("maps figures to pixels on the chosen scale, clamped to the range", () => {
    const log = figureScaleOf([q("10"), q("10,000")]);
    const x = pixelScale(log, [0, 300]);
    expect(x(100)).toBeCloseTo(100);
    expect(x(1_000_000)).toBe(300);
  });
});
