/**
 * The reading table: hedged phrases with the interval, hedge, unit and written figure
 * `readQuantity` must give. Notation: "[" "]" closed, "(" ")" open, "[238]" a point.
 */
import { describe, expect, it } from "vitest";
import { readQuantity } from "./read-quantity";
import { interval } from "./test-notation";
import type { Hedge } from "./types";

type Row = readonly [input: string, notation: string, hedge: Hedge, unit: string | null, text?: string];

const ROWS: readonly Row[] = [
  // digits, exact
  ["238 Venezuelans", "[238]", "exact", "Venezuelans", "238"],
  ["261 people in all", "[261]", "exact", "people", "261"],
  ["23 Salvadorans were also sent", "[23]", "exact", "Salvadorans", "23"],
  ["137 removed under the Alien Enemies Act", "[137]", "exact", null, "137"],
  ["40,000 inmates", "[40000]", "exact", "inmates", "40,000"],
  ["1,500.5 tonnes of cargo", "[1500.5]", "exact", "tonnes", "1,500.5"],
  ["1.5 kilometres", "[1.5]", "exact", "kilometres", "1.5"],
  ["held for 14 days", "[14]", "exact", "days", "14"],
  ["a 40,000-inmate prison", "[40000]", "exact", "inmate", "40,000"],
  ["a 14-day deadline", "[14]", "exact", "day", "14"],
  ["exactly 238 men", "[238]", "exact", "men", "exactly 238"],
  ["precisely 1,000 signatures", "[1000]", "exact", "signatures", "precisely 1,000"],
  ["238 deported Venezuelans", "[238]", "exact", "deported Venezuelans", "238"],
  ["238 were deported", "[238]", "exact", null, "238"],
  ["the 238 flown to CECOT", "[238]", "exact", null, "238"],
  ["238 Venezuelan migrants arrived", "[238]", "exact", "Venezuelan migrants", "238"],
  ["250 police officers", "[250]", "exact", "police officers", "250"],
  ["10km of fencing", "[10]", "exact", "km", "10km"],
  ["2000 people marched", "[2000]", "exact", "people", "2000"],
  ["the (238) detainees", "[238]", "exact", null, "238"],
  // words
  ["two hundred deportees", "[200]", "exact", "deportees", "two hundred"],
  ["two hundred and fifty Venezuelans", "[250]", "exact", "Venezuelans", "two hundred and fifty"],
  ["twenty-three Salvadorans", "[23]", "exact", "Salvadorans", "twenty-three"],
  ["twenty three Salvadorans", "[23]", "exact", "Salvadorans", "twenty three"],
  ["a dozen flights", "[12]", "exact", "flights", "a dozen"],
  ["half a dozen guards", "[6]", "exact", "guards", "half a dozen"],
  ["one hundred and thirty-seven men", "[137]", "exact", "men", "one hundred and thirty-seven"],
  ["Two hundred and thirty-eight Venezuelans", "[238]", "exact", "Venezuelans", "Two hundred and thirty-eight"],
  ["a hundred people", "[100]", "exact", "people", "a hundred"],
  ["two thousand five hundred troops", "[2500]", "exact", "troops", "two thousand five hundred"],
  ["half a million people", "[500000]", "exact", "people", "half a million"],
  ["two dozen eggs", "[24]", "exact", "eggs", "two dozen"],
  ["eleven migrants", "[11]", "exact", "migrants", "eleven"],
  ["three planes", "[3]", "exact", "planes", "three"],
  ["one detainee", "[1]", "exact", "detainee", "one"],
  ["zero arrests", "[0]", "exact", "arrests", "zero"],
  // scales
  ["1.5 million people", "[1500000]", "exact", "people", "1.5 million"],
  ["3 billion", "[3e9]", "exact", null, "3 billion"],
  ["2.5k followers", "[2500]", "exact", "followers", "2.5k"],
  ["2.3 million residents", "[2300000]", "exact", "residents", "2.3 million"],
  ["1.5bn", "[1.5e9]", "exact", null, "1.5bn"],
  ["two million people", "[2e6]", "exact", "people", "two million"],
  ["40 thousand", "[40000]", "exact", null, "40 thousand"],
  // percentages
  ["40%", "[40]", "exact", "%", "40%"],
  ["40 percent of detainees", "[40]", "exact", "%", "40 percent"],
  ["12.5 per cent", "[12.5]", "exact", "%", "12.5 per cent"],
  ["more than 40% of detainees", "(40, ∞)", "more-than", "%", "more than 40%"],
  ["nearly 50 percent", "[45, 50)", "nearly", "%", "nearly 50 percent"],
  ["40-50%", "[40, 50]", "range", "%", "40-50%"],
  // money
  ["$6 million", "[6e6]", "exact", "USD", "$6 million"],
  ["€2m", "[2e6]", "exact", "EUR", "€2m"],
  ["US$6m", "[6e6]", "exact", "USD", "US$6m"],
  ["£5.5 billion", "[5.5e9]", "exact", "GBP", "£5.5 billion"],
  ["6 million dollars", "[6e6]", "exact", "USD", "6 million dollars"],
  ["about $6 million in aid", "[5.4e6, 6.6e6]", "approximately", "USD", "about $6 million"],
  ["USD 20 million", "[2e7]", "exact", "USD", "USD 20 million"],
  ["$5-6 million", "[5e6, 6e6]", "range", "USD", "$5-6 million"],
  ["up to $20,000", "[0, 20000]", "at-most", "USD", "up to $20,000"],
  ["millions of dollars", "[2e6, 9_999_999]", "order-of-magnitude", "USD", "millions"],
  // more than
  ["over 200 deportees", "(200, ∞)", "more-than", "deportees", "over 200"],
  ["more than 250 alleged gang members", "(250, ∞)", "more-than", "alleged gang members", "more than 250"],
  ["above 300", "(300, ∞)", "more-than", null, "above 300"],
  ["in excess of 1,000 detainees", "(1000, ∞)", "more-than", "detainees", "in excess of 1,000"],
  ["Over 200 Deportees Sent", "(200, ∞)", "more-than", "Deportees", "Over 200"],
  ["well over 200", "(200, ∞)", "more-than", null, "well over 200"],
  ["just over 200 people", "(200, 220]", "more-than", "people", "just over 200"],
  ["more than a dozen flights", "(12, ∞)", "more-than", "flights", "more than a dozen"],
  ["more than two hundred", "(200, ∞)", "more-than", null, "more than two hundred"],
  ["upwards of 500 protesters", "(500, ∞)", "more-than", "protesters", "upwards of 500"],
  [">200", "(200, ∞)", "more-than", null, ">200"],
  ["exceeding 1,000 cases", "(1000, ∞)", "more-than", "cases", "exceeding 1,000"],
  // at least
  ["at least 137 people", "[137, ∞)", "at-least", "people", "at least 137"],
  ["no fewer than 137", "[137, ∞)", "at-least", null, "no fewer than 137"],
  ["a minimum of 137", "[137, ∞)", "at-least", null, "a minimum of 137"],
  ["200 or more", "[200, ∞)", "at-least", null, "200 or more"],
  ["200+ detainees", "[200, ∞)", "at-least", "detainees", "200+"],
  ["200-plus migrants", "[200, ∞)", "at-least", "migrants", "200-plus"],
  ["no less than 5%", "[5, ∞)", "at-least", "%", "no less than 5%"],
  ["At least two hundred", "[200, ∞)", "at-least", null, "At least two hundred"],
  // nearly
  ["nearly 300", "[270, 300)", "nearly", null, "nearly 300"],
  ["almost 300 people", "[270, 300)", "nearly", "people", "almost 300"],
  ["just under 300", "[270, 300)", "nearly", null, "just under 300"],
  ["close to 300 inmates", "[270, 300)", "nearly", "inmates", "close to 300"],
  ["not quite 1,000", "[900, 1000)", "nearly", null, "not quite 1,000"],
  ["nearly a dozen", "[10.8, 12)", "nearly", null, "nearly a dozen"],
  // approximately
  ["roughly 250 Venezuelans", "[225, 275]", "approximately", "Venezuelans", "roughly 250"],
  ["about 250", "[225, 275]", "approximately", null, "about 250"],
  ["around 250 men", "[225, 275]", "approximately", "men", "around 250"],
  ["some 250 Venezuelans", "[225, 275]", "approximately", "Venezuelans", "some 250"],
  ["approximately 250", "[225, 275]", "approximately", null, "approximately 250"],
  ["an estimated 250 migrants", "[225, 275]", "approximately", "migrants", "an estimated 250"],
  ["~250", "[225, 275]", "approximately", null, "~250"],
  ["approx. 250", "[225, 275]", "approximately", null, "approx. 250"],
  ["circa 250", "[225, 275]", "approximately", null, "circa 250"],
  ["250 or so", "[225, 275]", "approximately", null, "250 or so"],
  ["200-odd prisoners", "[180, 220]", "approximately", "prisoners", "200-odd"],
  ["some 200-odd prisoners", "[180, 220]", "approximately", "prisoners", "some 200-odd"],
  ["about a dozen", "[10.8, 13.2]", "approximately", null, "about a dozen"],
  ["roughly 238", "[214.2, 261.8]", "approximately", null, "roughly 238"],
  ["Some 23 Salvadorans", "[20.7, 25.3]", "approximately", "Salvadorans", "Some 23"],
  // at most
  ["up to 40,000 inmates", "[0, 40000]", "at-most", "inmates", "up to 40,000"],
  ["as many as 40,000", "[0, 40000]", "at-most", null, "as many as 40,000"],
  ["at most 40,000", "[0, 40000]", "at-most", null, "at most 40,000"],
  ["no more than 40,000", "[0, 40000]", "at-most", null, "no more than 40,000"],
  ["a maximum of 300", "[0, 300]", "at-most", null, "a maximum of 300"],
  ["300 or fewer", "[0, 300]", "at-most", null, "300 or fewer"],
  // fewer than
  ["fewer than 100", "[0, 100)", "fewer-than", null, "fewer than 100"],
  ["less than 100", "[0, 100)", "fewer-than", null, "less than 100"],
  ["under 100 people", "[0, 100)", "fewer-than", "people", "under 100"],
  ["below 100", "[0, 100)", "fewer-than", null, "below 100"],
  ["well under 100", "[0, 100)", "fewer-than", null, "well under 100"],
  ["<100", "[0, 100)", "fewer-than", null, "<100"],
  // ranges
  ["between 200 and 250", "[200, 250]", "range", null, "between 200 and 250"],
  ["200-250 people", "[200, 250]", "range", "people", "200-250"],
  ["200–250", "[200, 250]", "range", null, "200–250"],
  ["200 to 250 detainees", "[200, 250]", "range", "detainees", "200 to 250"],
  ["from 200 to 250", "[200, 250]", "range", null, "from 200 to 250"],
  ["between 250 and 200", "[200, 250]", "range", null, "between 250 and 200"],
  ["two or three flights", "[2, 3]", "range", "flights", "two or three"],
  ["between 1 and 2 million", "[1e6, 2e6]", "range", null, "between 1 and 2 million"],
  ["about 200-250", "[180, 275]", "range", null, "about 200-250"],
  ["ages 18 to 25", "[18, 25]", "range", "years old", "18 to 25"],
  // orders of magnitude
  ["hundreds of deportees", "[200, 999]", "order-of-magnitude", "deportees", "hundreds"],
  ["thousands of migrants", "[2000, 9999]", "order-of-magnitude", "migrants", "thousands"],
  ["tens of thousands of people", "[20000, 99999]", "order-of-magnitude", "people", "tens of thousands"],
  ["hundreds of thousands", "[200000, 999999]", "order-of-magnitude", null, "hundreds of thousands"],
  ["dozens of flights", "[24, 143]", "order-of-magnitude", "flights", "dozens"],
  ["a handful of guards", "[3, 6]", "order-of-magnitude", "guards", "a handful"],
  ["several hundred protesters", "[200, 999]", "order-of-magnitude", "protesters", "several hundred"],
  ["a few thousand", "[2000, 9999]", "order-of-magnitude", null, "a few thousand"],
  ["scores of people", "[40, 199]", "order-of-magnitude", "people", "scores"],
  ["Thousands attended", "[2000, 9999]", "order-of-magnitude", null, "Thousands"],
  // ages
  ["a 23-year-old", "[23]", "exact", "years old", "23"],
  ["23 years old", "[23]", "exact", "years old", "23"],
  ["aged 23", "[23]", "exact", "years old", "23"],
  ["a six-month-old baby", "[6]", "exact", "months old", "six"],
  // prominence: the figure a claim is about
  ["In 2025, 238 Venezuelans were sent", "[238]", "exact", "Venezuelans", "238"],
  ["On 16 March 2025, over 200 deportees", "(200, ∞)", "more-than", "deportees", "over 200"],
  ["Two flights carried 238 Venezuelans", "[238]", "exact", "Venezuelans", "238"],
  ["A 23-year-old was among 238 deportees", "[238]", "exact", "deportees", "238"],
  ["Trump Sends 238 Venezuelans To El Salvador", "[238]", "exact", "Venezuelans", "238"],
  ["one of the 238 deportees", "[238]", "exact", "deportees", "238"],
  ["flight 2 carried 120 men", "[120]", "exact", "men", "120"],
  ["the 2025 flights carried 238", "[238]", "exact", null, "238"],
  ["March 16, 2025: 261 people", "[261]", "exact", "people", "261"],
  ["at 3 p.m. some 250 Venezuelans", "[225, 275]", "approximately", "Venezuelans", "some 250"],
];

/** Texts with no count in them. */
const NOT_COUNTS: readonly string[] = [
  "in 2025",
  "March 2025",
  "on 16 March",
  "March 16, 2025",
  "Mar. 16",
  "the 16th of March",
  "16 of March",
  "on 15–16 March",
  "15-16 March 2025",
  "March 15–16",
  "March 15-16, 2025",
  "between 15 and 16 March",
  "from 15 to 16 March",
  "3–4 Apr. 2025",
  "at 3 p.m.",
  "at 3pm",
  "at 15:00",
  "at three o'clock",
  "the second flight",
  "a third flight",
  "on the 16th",
  "Flight 123",
  "Section 212(f)",
  "Title 8 of the U.S. Code",
  "MS-13",
  "COVID-19",
  "in the 1990s",
  "in the 1990's",
  "9/11",
  "24/7",
  "3/16/2025",
  "2025-03-16",
  "two thirds of the detainees",
  "one of the detainees",
  "no one was hurt",
  "the 2025 flights",
  "between 2019 and 2025",
  "from 2019 to 2025",
  "2019-2025",
  "No. 5",
  "#5",
  "§ 1182",
  "the Boeing 737 landed",
  "a temperature of -5",
  "a change of +3%",
  "Proclamation 10903",
  "Executive Order 14157",
  "the Alien Enemies Act of 1798",
  "version 1.2.3",
  "scored 3-2",
  "",
  "no figures here at all",
  "a few people",
  "several guards",
  "nearly 0",
  "fewer than 0",
];

describe("readQuantity table", () => {
  it.each(ROWS.map((row) => ({ input: row[0], notation: row[1], hedge: row[2], unit: row[3], text: row[4] })))(
    "$input",
    ({ input, notation, hedge, unit, text }) => {
      const q = readQuantity(input);
      expect(q, input).not.toBeNull();
      const expected = interval(notation);
      expect(q!.low).toBeCloseTo(expected.low, 6);
      if (expected.high === Infinity) expect(q!.high).toBe(Infinity);
      else expect(q!.high).toBeCloseTo(expected.high, 6);
      expect({ lowInclusive: q!.lowInclusive, highInclusive: q!.highInclusive, hedge: q!.hedge, unit: q!.unit }).toEqual({
        lowInclusive: expected.lowInclusive,
        highInclusive: expected.highInclusive,
        hedge,
        unit,
      });
      if (text !== undefined) expect(q!.text).toBe(text);
    },
  );

  it.each(NOT_COUNTS)("reads no count in %j", (input) => {
    expect(readQuantity(input)).toBeNull();
  });

  it("has at least 100 hedged phrases", () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(100);
  });
});
