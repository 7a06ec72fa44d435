import { describe, expect, it } from "vitest";
import { findFigures } from "./find-figures";
import { parseSource } from "./parse";
import { expected, texts } from "./test-helpers";

const figures = (text: string) => findFigures(parseSource(text)).sort((a, b) => a.start - b.start);

describe("findFigures", () => {
  it("keeps the hedge and the counted noun", () => {
    const text = "Officials said over 200 deportees arrived on the first plane.";
    expect(figures(text)).toEqual([expected(text, "figure", "over 200 deportees")]);
  });

  it("takes a sentence-initial hedge", () => {
    const text = "Roughly 250 Venezuelans were on board when the doors closed.";
    expect(figures(text)).toEqual([expected(text, "figure", "Roughly 250 Venezuelans")]);
  });

  it("finds several figures in one sentence", () => {
    const text = "A second list named 238 Venezuelans and 23 Salvadorans, or 261 people in all.";
    expect(figures(text)).toEqual([
      expected(text, "figure", "238 Venezuelans"),
      expected(text, "figure", "23 Salvadorans"),
      expected(text, "figure", "261 people"),
    ]);
  });

  it("keeps a hedged bare number", () => {
    const text = "At least 137 were expelled under the Alien Enemies Act, the filing said.";
    expect(figures(text)).toEqual([expected(text, "figure", "At least 137")]);
  });

  it("handles thousands separators, durations and short noun phrases", () => {
    const text =
      "The prison can hold 40,000 inmates. New arrivals spend 14 days in isolation. " + "Officials named more than 250 alleged gang members in the filing.";
    expect(figures(text)).toEqual([
      expected(text, "figure", "40,000 inmates"),
      expected(text, "figure", "14 days"),
      expected(text, "figure", "more than 250 alleged gang members"),
    ]);
  });

  it("handles multipliers, spelled-out numbers, dozens and money", () => {
    const text =
      "The program covers 1.5 million people. Two hundred people waited at the gate. " + "The airline ran a dozen flights. The deal is worth $6 million.";
    expect(figures(text)).toEqual([
      expected(text, "figure", "1.5 million people"),
      expected(text, "figure", "Two hundred people"),
      expected(text, "figure", "a dozen flights"),
      expected(text, "figure", "$6 million"),
    ]);
  });

  it("splits numbers that compromise joins across a comma", () => {
    const text = "The contract paid $6 million, 23 Salvadorans were returned.";
    expect(figures(text)).toEqual([expected(text, "figure", "$6 million"), expected(text, "figure", "23 Salvadorans")]);
  });

  it("keeps compound numbers whole and separates adjacent ones", () => {
    const text = "Twenty-five buses carried 200-300 people. Two hundred and fifty guards waited. In 2025 238 Venezuelans left.";
    expect(figures(text)).toEqual([
      expected(text, "figure", "Twenty-five buses"),
      expected(text, "figure", "200-300 people"),
      expected(text, "figure", "Two hundred and fifty guards"),
      expected(text, "figure", "238 Venezuelans"),
    ]);
  });

  it.each([
    ["about 40 guards"],
    ["around 30 buses"],
    ["approximately 90 minutes"],
    ["some 300 relatives"],
    ["nearly 500 families"],
    ["almost 60 lawyers"],
    ["up to 100 detainees"],
    ["as many as 300 men"],
    ["fewer than 10 hearings"],
    ["under 50 cases"],
    ["less than 5 percent"],
    ["just over 200 deportees"],
  ])("recognises the hedge in %s", (figure) => {
    const text = `The report counted ${figure} in the first week.`;
    expect(figures(text)).toEqual([expected(text, "figure", figure)]);
  });

  it("finds unnumbered multitudes", () => {
    const text = "Hundreds of relatives gathered while tens of thousands of inmates waited.";
    expect(figures(text)).toEqual([expected(text, "figure", "Hundreds of relatives"), expected(text, "figure", "tens of thousands of inmates")]);
  });

  it("reads numeric compounds", () => {
    const text = "They were held in a 40,000-inmate prison for a 14-day quarantine.";
    expect(figures(text)).toEqual([expected(text, "figure", "40,000-inmate prison"), expected(text, "figure", "14-day quarantine")]);
  });

  it("does not report years, day numbers, times, ordinals or identifiers", () => {
    const text =
      "The flights of 16 March 2025 left at 3 p.m. on March 15. In 2025 the third flight, " +
      "Flight 123, was cited under Section 212. One of the lawyers spoke.";
    expect(texts(figures(text))).toEqual([]);
  });

  it("keeps a year-like number that counts a plural noun", () => {
    const text = "The camp held 2000 people, according to the report.";
    expect(figures(text)).toEqual([expected(text, "figure", "2000 people")]);
  });
});

describe("names with numbers", () => {
  it("does not read a hyphenated name such as MS-13 as a figure", async () => {
    const { suggestClaims } = await import("./index");
    const text = "Officials said 23 Salvadorans belonged to the MS-13 gang.";
    expect(
      suggestClaims(text)
        .filter((s) => s.kind === "figure")
        .map((s) => s.text),
    ).toEqual(["23 Salvadorans"]);
  });

  it("does not suggest a day range by a month name as a figure (15–16 March, March 15–16, 15 and 16 March)", () => {
    for (const text of [
      "The flights left on 15–16 March 2025 from Texas.",
      "The flights left on 15-16 March.",
      "The hearings ran March 15–16, 2025, in Washington.",
      "It happened on 3–4 Apr. and nobody saw it.",
    ]) {
      expect(texts(figures(text))).toEqual([]);
    }
    const text = "Between 15 and 16 March, 238 Venezuelans were flown.";
    expect(figures(text)).toEqual([expected(text, "figure", "238 Venezuelans")]);
  });

  it("still suggests a number range that counts something", () => {
    const text = "Between 200–300 people were flown on 15–16 March.";
    expect(texts(figures(text))).toEqual(["200–300 people"]);
  });
});
