import { describe, expect, it } from "vitest";
import { isYearNumeral } from "./year-numeral";

describe("isYearNumeral", () => {
  it("is true for plain four-digit numerals from 1000 to 2100", () => {
    for (const text of ["1000", "1945", "2025", "2100"]) expect(isYearNumeral(text), text).toBe(true);
  });

  it("is false for other numbers and shapes", () => {
    for (const text of ["999", "0999", "2101", "40000", "2,025", "2025.5", "20 25", "", "year"]) expect(isYearNumeral(text), text).toBe(false);
  });
});
