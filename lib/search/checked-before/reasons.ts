/**
 * Why the matcher took a candidate for the same statement, as data: a code and its values,
 * rendered in the reader's language by the interface ("CheckedBefore" catalogue) and sent as
 * they are by the HTTP API. Numbers stay numbers (each language formats its own); an unbounded
 * end is `high: null`, as in lib/quantities' JSON form.
 */

/** A figure as written, with its interval. */
export interface ReasonFigure {
  text: string;
  low: number;
  high: number | null;
}

export type MatchReason =
  /** Both figures count the same thing ("inmates" / "reclusos": `thing` is the lexicon's key or the word). */
  | { code: "sameThing"; thing: string }
  /** Both count the same thing and their intervals share a number. */
  | { code: "figuresOverlap"; claim: ReasonFigure; candidate: ReasonFigure }
  /** Both count the same thing and their intervals share none: the earlier check states another figure. */
  | { code: "figuresDiffer"; claim: ReasonFigure; candidate: ReasonFigure }
  /** They count different things ("people" / "Venezuelans"). */
  | { code: "differentThings"; claim: string; candidate: string }
  /** Names both mention, as this claim writes them ("Bukele", "Estados Unidos"). */
  | { code: "names"; names: string[] }
  /** Years (or months "2025-03") both name. */
  | { code: "sameDate"; dates: string[] }
  /** Both name years, none in common. */
  | { code: "differentYears"; claim: number[]; candidate: number[] }
  /** Words (stems, or bilingual concepts without their "=") both use. */
  | { code: "similarWords"; words: string[] };

export type MatchReasonCode = MatchReason["code"];
