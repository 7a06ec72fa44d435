import { describe, expect, it } from "vitest";
import { layoutTimeline, timeOfDate } from "./timeline";
import { claimWith } from "./test-claims";

const day = 86_400_000;

describe("the timeline of a fact", () => {
  it("places each dated claim at its source's date, oldest first", () => {
    const claims = [claimWith("261 people", { publishedAt: "2025-03-18" }), claimWith("over 200 people", { publishedAt: "2025-03-16" })];
    const layout = layoutTimeline(claims);
    expect(layout.lines[0]!.points.map((point) => point.date)).toEqual(["2025-03-16", "2025-03-18"]);
    expect(layout.dates).toEqual([timeOfDate("2025-03-16"), timeOfDate("2025-03-18")]);
    expect(layout.dateTicks.length).toBeGreaterThanOrEqual(2);
    expect(layout.dateTicks.every((tick) => tick % day === 0)).toBe(true);
  });

  it("lists sources without a date beside the chart instead of guessing one", () => {
    const undated = claimWith("238 people");
    const malformed = claimWith("250 people", { publishedAt: "2025-02-30" });
    const layout = layoutTimeline([undated, claimWith("261 people", { publishedAt: "2025-03-18" }), malformed]);
    expect(layout.undated).toEqual([undated, malformed]);
    expect(layout.lines[0]!.points).toHaveLength(1);
  });

  it("gives a single date a day either side", () => {
    const layout = layoutTimeline([claimWith("261 people", { publishedAt: "2025-03-18" })]);
    expect(layout.dates).toEqual([timeOfDate("2025-03-17"), timeOfDate("2025-03-19")]);
  });

  it("sets claims of the same day side by side", () => {
    const layout = layoutTimeline([claimWith("261 people", { publishedAt: "2025-03-18" }), claimWith("238 people", { publishedAt: "2025-03-18" })]);
    expect(layout.lines[0]!.points.map((point) => point.sameDayIndex)).toEqual([0, 1]);
  });

  it("has no axis when no claim is dated, and keeps claims without a figure apart", () => {
    const layout = layoutTimeline([claimWith("238 people"), claimWith("no figure")]);
    expect(layout.lines).toEqual([]);
    expect(layout.dates).toBeNull();
    expect(layout.undated).toHaveLength(1);
    expect(layout.withoutFigure).toHaveLength(1);
  });

  it("draws figures of different units on separate lines", () => {
    const layout = layoutTimeline([claimWith("261 people", { publishedAt: "2025-03-18" }), claimWith("12%", { publishedAt: "2025-03-19" })]);
    expect(layout.lines.map((line) => line.unit)).toEqual(["people", "%"]);
  });
});
