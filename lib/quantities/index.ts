/**
 * Quantities: the figure of a claim read as an interval with its hedge ("over 200" → more
 * than 200, "roughly 250" → 225–275), and the comparison of the figures of claims linked to
 * one fact, with conflicts explained in plain words. Pure TypeScript (plus zod for the JSON
 * form), no I/O.
 */
export {
  DEFAULT_APPROXIMATE_TOLERANCE,
  DEFAULT_NEARLY_BAND,
  hedges,
  isHedge,
  type Hedge,
  type Quantity,
  type QuantityMatch,
  type ReadQuantityOptions,
} from "./types";
export { readQuantity } from "./read-quantity";
export { readingLanguage, type ReadingLanguage } from "./language";
export { findQuantities } from "./find-quantities";
export {
  compareQuantities,
  comparisonResults,
  findConflicts,
  type ComparisonResult,
  type IncomparablePair,
  type PairComparison,
  type QuantityComparison,
  type QuantityConflict,
  type QuantityItem,
} from "./compare";
export type { Amount, ComparisonReasonData, ConflictReasonData, IntervalWords, NotComparedReasonData, QuotedFigure } from "./comparison-reason";
export { renderReason, type FactsTranslate } from "./render-reason";
export { countedThing, foldAccents, sameCountedThing } from "./units";
export { describeInterval } from "./describe-interval";
export { conflictReason, incomparableReason } from "./conflict-reason";
export { headNoun, normaliseUnit, unitsComparable } from "./units";
export { intervalContains, intervalsOverlap, isEmptyInterval, type Interval } from "./interval";
export { quantityFromJson, QuantityJsonSchema, quantityToJson, type QuantityJson } from "./quantity-json";
export { formatAmount, formatNumber } from "./format-amount";
export { quantityOfClaim, quantityReaderVersion, storedReadingOf, usableReading, type StoredReading } from "./stored-reading";
