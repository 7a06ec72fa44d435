import { describe, expect, it } from "vitest";
import { compareQuantities } from "./compare";
import { conflictReasonData } from "./comparison-reason";
import { formatAmountIn } from "./format-amount-locale";
import { readQuantity } from "./read-quantity";
import { reasonText } from "./reason-text";
import type { Quantity } from "./types";

function q(text: string): Quantity {
  const read = readQuantity(text);
  if (!read) throw new Error(`no quantity in ${text}`);
  return read;
}

describe("reasonText", () => {
  it("writes a conflict in the reader's language, numbers formatted for it", () => {
    const why = conflictReasonData(q("40,000 inmates"), q("more than 50,000 inmates"));
    expect(reasonText(why, "en")).toBe("40,000 is not more than 50,000");
    expect(reasonText(why, "es")).toBe("40.000 no es más de 50.000");
  });

  it.each([
    ["238 Venezuelans", "261 Venezuelans", "238 is not 261", "238 no es 261"],
    ["fewer than 100 guards", "100 guards", "100 is not less than 100", "100 no es menos de 100"],
    ["261 people", "up to 250 people", "261 is more than ‘up to 250’", "261 es más que «up to 250»"],
    ["300 inmates", "nearly 300 inmates", "300 is more than ‘nearly 300’ (270 to under 300)", "300 es más que «nearly 300» (de 270 a menos de 300)"],
    [
      "roughly 250 Venezuelans",
      "over 300 Venezuelans",
      "‘roughly 250’ (225–275) and ‘over 300’ cannot both be true",
      "«roughly 250» (225–275) y «over 300» no pueden ser ciertas a la vez",
    ],
    ["$6 million", "more than $7 million", "$6 million is not more than $7 million", "6 millones US$ no es más de 7 millones US$"],
    ["40% of detainees", "under 30 percent", "40% is not less than 30%", "40 % no es menos de 30 %"],
  ])("%s vs %s", (a, b, english, spanish) => {
    const why = conflictReasonData(q(a), q(b));
    expect(reasonText(why, "en")).toBe(english);
    expect(reasonText(why, "es")).toBe(spanish);
  });

  it("says why a pair was not compared, or that it agrees", () => {
    const { comparisons } = compareQuantities([
      { id: "a", quantity: q("over 200 deportees") },
      { id: "b", quantity: q("roughly 250 Venezuelans") },
      { id: "c", quantity: null },
      { id: "d", quantity: q("40% of them") },
      { id: "e", quantity: q("238 Venezuelans") },
    ]);
    const text = (a: string, b: string, locale: "en" | "es") => reasonText(comparisons.find((pair) => pair.a === a && pair.b === b)!.why, locale);
    expect(text("a", "b", "en")).toBe("they count different things: ‘deportees’ and ‘Venezuelans’");
    expect(text("a", "b", "es")).toBe("cuentan cosas distintas: «deportees» y «Venezuelans»");
    expect(text("b", "c", "en")).toBe("no figure was read in the second claim");
    expect(text("c", "d", "es")).toBe("no se leyó ninguna cifra en la primera afirmación");
    expect(text("a", "d", "en")).toBe("they are in different units: ‘deportees’ and ‘%’");
    expect(text("b", "e", "en")).toBe("‘roughly 250’ (225–275) and ‘238’ can both be true");
    expect(text("b", "e", "es")).toBe("«roughly 250» (225–275) y «238» pueden ser ciertas a la vez");
    expect(reasonText({ code: "noFigure", missing: "both" }, "es")).toBe("no se leyó ninguna cifra en ninguna de las dos afirmaciones");
  });
});

describe("formatAmountIn", () => {
  it("keeps English as formatAmount writes it, and writes Spanish the Spanish way", () => {
    expect(formatAmountIn("en", 1_500_000, null)).toBe("1.5 million");
    expect(formatAmountIn("es", 1_500_000, null)).toBe("1,5 millones");
    expect(formatAmountIn("es", 214.256, null)).toBe("214,26");
    expect(formatAmountIn("es", 1_234_567, null)).toBe("1.234.567");
    expect(formatAmountIn("es", 20, "EUR")).toBe("20 €");
    expect(formatAmountIn("es", 5, "CHF")).toBe("5 CHF");
    expect(formatAmountIn("es", Infinity, null)).toBe("∞");
  });
});
