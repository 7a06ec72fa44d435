/**
 * Why two figures of one fact conflict, agree, or were not compared, as data: a code and its
 * values, rendered in the reader's language by `render-reason.ts` through the "Facts"
 * catalogue (the HTTP API sends the English rendering). Numbers stay numbers here, so each
 * language formats them its own way ("40,000" / "40.000").
 *
 * Contract of {@link conflictReasonData} (the intervals of `a` and `b` must not overlap):
 * - two exact figures: `notEqual` ("238 is not 261");
 * - an exact figure against a hedged one, the exact figure as `point`: `notMoreThan`
 *   against an unbounded "more than" ("238 is not more than 250"), `notLessThan` against
 *   "fewer than" ("100 is not less than 100"), else `moreThanFigure` / `lessThanFigure`
 *   with the other figure quoted ("261 is more than ‘up to 250’");
 * - two hedged figures: `cannotBothHold` ("‘roughly 250’ (225–275) and ‘over 300’ cannot
 *   both be true").
 * A figure is quoted as written, with its interval when the words do not say it outright
 * (about, nearly, just over, order of magnitude, widened ranges). Never throws.
 */
import type { Quantity } from "./types";

/** A number with its unit (the unit decides "%" and money signs when rendered). */
export interface Amount {
  value: number;
  unit: string | null;
}

/** How an interval reads, from its bounds alone (see `describeInterval`). */
export type IntervalShape = "exactly" | "moreThan" | "atLeast" | "atMost" | "fewerThan" | "between" | "toUnder" | "moreThanAtMost" | "moreThanFewerThan";

export interface IntervalWords {
  shape: IntervalShape;
  low: number;
  high: number;
  unit: string | null;
}

/** A figure as written ("roughly 250"), with its interval when the words leave it implicit. */
export interface QuotedFigure {
  text: string;
  interval: IntervalWords | null;
}

export type ConflictReasonData =
  | { code: "notEqual"; a: Amount; b: Amount }
  | { code: "notMoreThan"; point: Amount; bound: Amount }
  | { code: "notLessThan"; point: Amount; bound: Amount }
  | { code: "moreThanFigure"; point: Amount; figure: QuotedFigure }
  | { code: "lessThanFigure"; point: Amount; figure: QuotedFigure }
  | { code: "cannotBothHold"; a: QuotedFigure; b: QuotedFigure };

/** Why a pair was not compared: what each counts as written, or which claim has no figure. */
export type NotComparedReasonData =
  { code: "differentThings"; a: string; b: string } | { code: "differentUnits"; a: string; b: string } | { code: "noFigure"; missing: "a" | "b" | "both" };

/** Every reason a pair of a fact's claims can get. */
export type ComparisonReasonData = ConflictReasonData | NotComparedReasonData | { code: "canBothHold"; a: QuotedFigure; b: QuotedFigure };

/** The shape of `q`'s interval, from its bounds (the same table as `describeInterval`). */
export function intervalWords(q: Quantity): IntervalWords {
  const { low, high, lowInclusive, highInclusive, unit } = q;
  const shape: IntervalShape =
    low === high
      ? "exactly"
      : high === Infinity
        ? lowInclusive
          ? "atLeast"
          : "moreThan"
        : low === 0 && lowInclusive
          ? highInclusive
            ? "atMost"
            : "fewerThan"
          : lowInclusive
            ? highInclusive
              ? "between"
              : "toUnder"
            : highInclusive
              ? "moreThanAtMost"
              : "moreThanFewerThan";
  return { shape, low, high, unit };
}

/** The figure as written, with its interval when the words leave it implicit. */
export function figureAsWritten(q: Quantity): QuotedFigure {
  const explicit =
    q.hedge === "exact" ||
    q.hedge === "at-least" ||
    q.hedge === "at-most" ||
    q.hedge === "fewer-than" ||
    (q.hedge === "more-than" && q.high === Infinity) ||
    (q.hedge === "range" && q.low === q.value);
  return { text: q.text, interval: explicit ? null : intervalWords(q) };
}

const amount = (value: number, unit: string | null): Amount => ({ value, unit });

/** See the module comment. */
export function conflictReasonData(a: Quantity, b: Quantity): ConflictReasonData {
  const aExact = a.low === a.high;
  const bExact = b.low === b.high;
  if (aExact && bExact) return { code: "notEqual", a: amount(a.low, a.unit), b: amount(b.low, b.unit) };
  if (!aExact && !bExact) return { code: "cannotBothHold", a: figureAsWritten(a), b: figureAsWritten(b) };
  const [point, other] = aExact ? [a, b] : [b, a];
  const p = amount(point.low, point.unit);
  if (other.hedge === "more-than" && other.high === Infinity) return { code: "notMoreThan", point: p, bound: amount(other.low, other.unit) };
  if (other.hedge === "fewer-than") return { code: "notLessThan", point: p, bound: amount(other.high, other.unit) };
  return { code: point.low >= other.high ? "moreThanFigure" : "lessThanFigure", point: p, figure: figureAsWritten(other) };
}
