import { describe, expect, it } from "vitest";
import { describeInterval } from "./describe-interval";
import { formatNumber } from "./format-amount";
import { readQuantity } from "./read-quantity";

describe("describeInterval", () => {
  it.each([
    ["over 200", "more than 200"],
    ["roughly 250", "225–275"],
    ["238", "exactly 238"],
    ["at least 137", "at least 137"],
    ["up to 40,000", "at most 40,000"],
    ["fewer than 100", "fewer than 100"],
    ["nearly 300", "270 to under 300"],
    ["just over 200", "more than 200, at most 220"],
    ["between 200 and 250", "200–250"],
    ["hundreds of", "200–999"],
    ["roughly 238", "214.2–261.8"],
    ["1.5 million", "exactly 1.5 million"],
    ["more than 40%", "more than 40%"],
    ["about $6 million", "$5.4 million–$6.6 million"],
    ["€2m", "exactly €2 million"],
    ["5 CHF", "exactly 5 CHF"],
    ["a handful", "3–6"],
  ])("%s → %s", (text, expected) => {
    expect(describeInterval(readQuantity(text)!)).toBe(expected);
  });

  it("describes a fully open finite interval", () => {
    expect(describeInterval({ low: 1, high: 2, lowInclusive: false, highInclusive: false, hedge: "range", value: 1, unit: null, text: "1-2" })).toBe(
      "more than 1, fewer than 2",
    );
  });
});

describe("formatNumber", () => {
  it.each([
    [0, "0"],
    [238, "238"],
    [40000, "40,000"],
    [1500.5, "1,500.5"],
    [214.20000000000002, "214.2"],
    [1 / 3, "0.33"],
    [1e6, "1 million"],
    [2300000, "2.3 million"],
    [1234567, "1,234,567"],
    [3e9, "3 billion"],
    [Infinity, "∞"],
  ])("%d → %s", (x, expected) => {
    expect(formatNumber(x)).toBe(expected);
  });
});
