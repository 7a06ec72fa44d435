/**
 * "Checked before": finds earlier claims that state the same thing, in English or Spanish, by
 * what carries across languages (figure and counted thing, names, dates, similar words). See
 * README.md. Next-free and database-free.
 */
export { featuresOf, type ClaimFeatures, type MatchableClaim } from "./features";
export { magnitudeBucketsOf, signatureOfFeatures, signatureTermsOf } from "./signature";
export { CONFLICT_CAP, matchKindOf, SAME_STATEMENT_SCORE, scoreFeatures, scoreMatch, type MatchScore } from "./score";
export type { MatchReason, MatchReasonCode, ReasonFigure } from "./reasons";
export { matchTextOf } from "./match-text";
export { isStopWord } from "./words";
