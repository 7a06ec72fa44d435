import { describe, expect, it } from "vitest";
import { findDates } from "./find-dates";
import { parseSource } from "./parse";
import { expected, texts } from "./test-helpers";

const dates = (text: string) => findDates(parseSource(text)).sort((a, b) => a.start - b.start);

describe("findDates", () => {
  it("finds a full calendar date with its weekday", () => {
    const text = "The planes landed on Sunday, 16 March 2025, before dawn.";
    expect(dates(text)).toEqual([expected(text, "date", "Sunday, 16 March 2025")]);
  });

  it("finds month-day dates and weekdays", () => {
    const text = "The men were moved by March 15. A judge ruled on Saturday.";
    expect(dates(text)).toEqual([expected(text, "date", "March 15"), expected(text, "date", "Saturday")]);
  });

  it("adds a year compromise leaves untagged", () => {
    const text = "The next hearing is set for Tuesday, April 1, 2025.";
    expect(dates(text)).toEqual([expected(text, "date", "Tuesday, April 1, 2025")]);
  });

  it("finds specific relative dates", () => {
    const text =
      "Families learned of the transfers last week. Another plane left last Saturday, " + "and a third earlier this month. The embassy replied yesterday.";
    expect(dates(text)).toEqual([
      expected(text, "date", "last week"),
      expected(text, "date", "last Saturday"),
      expected(text, "date", "earlier this month"),
      expected(text, "date", "yesterday"),
    ]);
  });

  it("splits a list of weekdays", () => {
    const text = "Flights left on Monday, Tuesday and Thursday.";
    expect(dates(text)).toEqual([expected(text, "date", "Monday"), expected(text, "date", "Tuesday"), expected(text, "date", "Thursday")]);
  });

  it("skips durations, times, bare years and vague words", () => {
    const text = "Detainees spend 14 days in isolation. In 2025 the plane left at 3 p.m. today. They may appeal.";
    expect(texts(dates(text))).toEqual([]);
  });
});

describe("dates followed by a comma", () => {
  it("stops a weekday at a comma that does not continue the date", async () => {
    const { suggestClaims } = await import("./index");
    const text = "Officials confirmed it on Sunday, hours after the judge ruled.";
    expect(
      suggestClaims(text)
        .filter((s) => s.kind === "date")
        .map((s) => s.text),
    ).toEqual(["Sunday"]);
  });

  it("suggests a day range by a month name as one date, with its year", () => {
    const cases: Array<[string, string]> = [
      ["The flights left on 15–16 March 2025 from Texas.", "15–16 March 2025"],
      ["The flights left on 15-16 March.", "15-16 March"],
      ["The hearings ran March 15–16, 2025, in Washington.", "March 15–16, 2025"],
      ["Between 15 and 16 March, 238 Venezuelans were flown.", "15 and 16 March"],
    ];
    for (const [text, date] of cases) expect(dates(text)).toEqual([expected(text, "date", date)]);
  });

  it("does not take a range without a month, or 'may' the verb, for a date", () => {
    expect(texts(dates("Between 15–16 people may leave."))).toEqual([]);
  });
});
