/**
 * Quantities as JSON. JSON has no Infinity (`JSON.stringify(Infinity)` is "null", and
 * `JSON.parse` never gives Infinity back), so the unbounded upper end of "more than 200" or
 * "at least 137" is written as `high: null` and read back as `Infinity`. Every other field
 * is written as it is.
 */
import { z } from "zod";
import { AppError } from "../errors";
import { isEmptyInterval } from "./interval";
import { hedges, type Quantity } from "./types";

/** The JSON form of a Quantity: `high` is null when unbounded. */
export interface QuantityJson {
  low: number;
  high: number | null;
  lowInclusive: boolean;
  highInclusive: boolean;
  hedge: Quantity["hedge"];
  value: number;
  unit: string | null;
  text: string;
}

export const quantityTextMaxLength = 1000;
export const quantityUnitMaxLength = 200;

/**
 * Validates a Quantity in JSON form, e.g. a reviewer's correction of a figure. Checks the
 * invariants of `Quantity`: `low` finite and `>= 0`; `high` null or a finite number `>= low`;
 * a non-empty interval; `value` within `[low, high]` (ends included). `highInclusive` is
 * forced to false when `high` is null. Unknown keys are dropped.
 */
export const QuantityJsonSchema = z
  .object({
    low: z.number().min(0, "The lower end cannot be negative."),
    high: z.number().nullable(),
    lowInclusive: z.boolean(),
    highInclusive: z.boolean(),
    hedge: z.enum(hedges),
    value: z.number(),
    unit: z.string().max(quantityUnitMaxLength).nullable(),
    text: z.string().max(quantityTextMaxLength),
  })
  .transform((q) => (q.high === null ? { ...q, highInclusive: false } : q))
  .refine((q) => q.high === null || q.high >= q.low, { path: ["high"], message: "The upper end is below the lower end." })
  .refine((q) => !isEmptyInterval({ ...q, high: q.high ?? Infinity }), { path: ["high"], message: "No number lies between these ends." })
  .refine((q) => q.value >= q.low && (q.high === null || q.value <= q.high), { path: ["value"], message: "The figure lies outside its interval." });

/** `q` as JSON-safe data: `high: null` when `q.high` is Infinity. Never throws. */
export function quantityToJson(q: Quantity): QuantityJson {
  return {
    low: q.low,
    high: q.high === Infinity ? null : q.high,
    lowInclusive: q.lowInclusive,
    highInclusive: q.high === Infinity ? false : q.highInclusive,
    hedge: q.hedge,
    value: q.value,
    unit: q.unit,
    text: q.text,
  };
}

/**
 * Reads the JSON form back (`high: null` → Infinity). Inverse of {@link quantityToJson}:
 * `quantityFromJson(quantityToJson(q))` deep-equals `q` for every Quantity the reader makes.
 *
 * @throws AppError with code "INVALID" (field messages keyed by field name, the zod error as
 *   `cause`) when `json` is not a valid Quantity in JSON form (see {@link QuantityJsonSchema}).
 */
export function quantityFromJson(json: unknown): Quantity {
  const parsed = QuantityJsonSchema.safeParse(json);
  if (!parsed.success) {
    const fields: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? "quantity");
      fields[key] ??= issue.message;
    }
    throw new AppError("INVALID", { key: "Errors.invalid.figure" }, { cause: parsed.error, fields });
  }
  const q = parsed.data;
  return { ...q, high: q.high ?? Infinity };
}
