import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { quantityFromJson, quantityToJson } from "./quantity-json";
import { readQuantity } from "./read-quantity";

describe("quantityToJson / quantityFromJson", () => {
  it("writes an unbounded upper end as null and reads it back as Infinity", () => {
    const q = readQuantity("more than 250 alleged gang members")!;
    const json = quantityToJson(q);
    expect(json).toEqual({
      low: 250,
      high: null,
      lowInclusive: false,
      highInclusive: false,
      hedge: "more-than",
      value: 250,
      unit: "alleged gang members",
      text: "more than 250",
    });
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
    expect(quantityFromJson(JSON.parse(JSON.stringify(json)))).toEqual(q);
  });

  it("keeps bounded quantities as they are", () => {
    const q = readQuantity("roughly 250 Venezuelans")!;
    expect(quantityToJson(q)).toEqual({ ...q });
    expect(quantityFromJson(quantityToJson(q))).toEqual(q);
  });

  it("forces an unbounded end open and drops unknown keys", () => {
    const q = quantityFromJson({
      low: 137,
      high: null,
      lowInclusive: true,
      highInclusive: true,
      hedge: "at-least",
      value: 137,
      unit: null,
      text: "at least 137",
      extra: 1,
    });
    expect(q).toEqual({ low: 137, high: Infinity, lowInclusive: true, highInclusive: false, hedge: "at-least", value: 137, unit: null, text: "at least 137" });
  });

  it.each([
    ["not an object", "nope", "quantity"],
    ["a negative lower end", { low: -1, high: 2, lowInclusive: true, highInclusive: true, hedge: "range", value: 0, unit: null, text: "" }, "low"],
    ["ends in the wrong order", { low: 5, high: 2, lowInclusive: true, highInclusive: true, hedge: "range", value: 5, unit: null, text: "" }, "high"],
    ["an empty interval", { low: 2, high: 2, lowInclusive: true, highInclusive: false, hedge: "range", value: 2, unit: null, text: "" }, "high"],
    ["a value outside", { low: 2, high: 3, lowInclusive: true, highInclusive: true, hedge: "range", value: 9, unit: null, text: "" }, "value"],
    ["an unknown hedge", { low: 2, high: 3, lowInclusive: true, highInclusive: true, hedge: "sort-of", value: 2, unit: null, text: "" }, "hedge"],
    ["a string number", { low: "2", high: 3, lowInclusive: true, highInclusive: true, hedge: "range", value: 2, unit: null, text: "" }, "low"],
  ])("rejects %s with an INVALID AppError naming the field", (_name, json, field) => {
    try {
      quantityFromJson(json);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe("INVALID");
      expect(Object.keys((error as AppError).fields ?? {})).toContain(field);
    }
  });
});
