import { describe, expect, it } from "vitest";
import { normaliseDate } from "./published-date";

describe("normaliseDate", () => {
  it.each([
    ["2024-03-05", "2024-03-05"],
    ["2024-03-05T23:30:00-05:00", "2024-03-05"],
    ["2024-03-05T02:00:00+09:00", "2024-03-05"],
    ["2024-03-05 10:00", "2024-03-05"],
    ["2024/3/5", "2024-03-05"],
    ["  2024-12-31Z ", "2024-12-31"],
    ["March 5, 2024", "2024-03-05"],
    ["Mar. 5, 2024", "2024-03-05"],
    ["5 March 2024", "2024-03-05"],
    ["5th March 2024", "2024-03-05"],
    ["Sept 9, 2021", "2021-09-09"],
    ["Tue, 05 Mar 2024 10:00:00 GMT", "2024-03-05"],
    ["Published on 1 January 2020", "2020-01-01"],
  ])("%j → %s", (raw, expected) => {
    expect(normaliseDate(raw)).toBe(expected);
  });

  it.each([null, undefined, "", "   ", "yesterday", "2024-02-30", "2023-02-29", "2024-13-01", "0999-01-01", "Smarch 5, 2024", "1709596800", "5 Ma 2024"])(
    "%j → null",
    (raw) => {
      expect(normaliseDate(raw)).toBeNull();
    },
  );

  it("accepts leap days", () => {
    expect(normaliseDate("2024-02-29")).toBe("2024-02-29");
  });
});
