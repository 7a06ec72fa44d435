/**
 * How alike two claims are, with the reasons, for "checked before".
 *
 * What a fact-checker wants (the decision, README.md): earlier checks of the same statement
 * first; an earlier check of the same thing with a figure that cannot hold with this one is
 * worth seeing (the conflict is news) but below every twin; the same figure of a different
 * thing, or the same names in another year, is another statement.
 *
 * Contract of {@link scoreMatch} (both claims' features, see `features.ts`):
 * - Parts, each in [0, 1], averaged with weights over the parts both claims have: counted thing
 *   (0.25: same 1, different 0), figure (0.25: intervals overlap 1, else a closeness below 0.5),
 *   names (0.2: Dice of the name sets), dates (0.1: a shared year 1, a shared month 1, else 0),
 *   words (0.2: Dice of stems and concepts). A part only one claim has counts as 0 with half its
 *   weight (a name said by one only is weak evidence against).
 * - Then: different counted things multiply by 0.3; figures of the same thing that do not
 *   overlap cap the score at {@link CONFLICT_CAP} (shown as related, ranked below twins);
 *   different years (both name some, none shared) multiply by 0.5.
 * - Reasons list every feature that agreed, and the disagreements that lowered the score
 *   (`figuresDiffer`, `differentThings`, `differentYears`).
 * Symmetric in its score; never throws.
 */
import { intervalsOverlap, type Quantity } from "../../quantities";
import type { CountedThing } from "../../quantities/units";
import { sameCountedThing } from "../../quantities";
import { featuresOf, type ClaimFeatures, type MatchableClaim } from "./features";
import type { MatchReason, ReasonFigure } from "./reasons";

/** Below this a candidate is not shown. */
export const MIN_MATCH_SCORE = 0.34;
/** At or above this a match states the same thing; between {@link MIN_MATCH_SCORE} and it, a related claim. */
export const SAME_STATEMENT_SCORE = 0.52;
/** The highest score of two figures of one thing that cannot both hold. */
export const CONFLICT_CAP = 0.5;

const WEIGHTS = { thing: 0.25, figure: 0.25, names: 0.2, dates: 0.1, words: 0.2 } as const;

export interface MatchScore {
  score: number;
  reasons: MatchReason[];
}

function dice<T>(a: readonly T[], b: readonly T[]): { value: number; shared: T[] } {
  if (a.length === 0 && b.length === 0) return { value: 0, shared: [] };
  const set = new Set(b);
  const shared = [...new Set(a)].filter((x) => set.has(x));
  return { value: (2 * shared.length) / (new Set(a).size + set.size), shared };
}

function thingLabel(thing: CountedThing, figure: Quantity): string {
  return thing.kind === "lexicon" ? thing.thing : (figure.unit ?? "");
}

function reasonFigure(q: Quantity): ReasonFigure {
  return { text: q.text, low: q.low, high: Number.isFinite(q.high) ? q.high : null };
}

/** How close two disjoint intervals are: 1 when touching, falling with the ratio of the gap. */
function closeness(a: Quantity, b: Quantity): number {
  const [lower, upper] = a.high <= b.low ? [a, b] : [b, a];
  const top = Math.max(lower.high, Number.MIN_VALUE);
  const ratio = upper.low / top;
  return Math.max(0, 1 - Math.log10(Math.max(ratio, 1)) * 2) * 0.5;
}

/** Accumulates weighted parts. */
class Parts {
  private total = 0;
  private weight = 0;
  add(weight: number, value: number): void {
    this.total += weight * value;
    this.weight += weight;
  }
  get average(): number {
    return this.weight === 0 ? 0 : this.total / this.weight;
  }
}

/** See the module comment; takes features already computed (the query layer computes the claim's once). */
export function scoreFeatures(claim: ClaimFeatures, candidate: ClaimFeatures): MatchScore {
  const reasons: MatchReason[] = [];
  const parts = new Parts();
  let factor = 1;
  let cap = 1;

  // Counted thing and figure.
  const bothThings = claim.thing !== null && candidate.thing !== null;
  const sameThing = bothThings && sameCountedThing(claim.thing, candidate.thing);
  if (bothThings) {
    parts.add(WEIGHTS.thing, sameThing ? 1 : 0);
    if (sameThing) reasons.push({ code: "sameThing", thing: thingLabel(claim.thing!, claim.figure!) });
    else {
      factor *= 0.3;
      reasons.push({ code: "differentThings", claim: claim.figure!.unit ?? "", candidate: candidate.figure!.unit ?? "" });
    }
  } else if (claim.thing !== null || candidate.thing !== null) parts.add(WEIGHTS.thing / 2, 0);

  if (claim.figure && candidate.figure && (sameThing || !bothThings)) {
    if (intervalsOverlap(claim.figure, candidate.figure)) {
      parts.add(WEIGHTS.figure, 1);
      reasons.push({ code: "figuresOverlap", claim: reasonFigure(claim.figure), candidate: reasonFigure(candidate.figure) });
    } else {
      parts.add(WEIGHTS.figure, closeness(claim.figure, candidate.figure));
      if (sameThing) cap = CONFLICT_CAP;
      reasons.push({ code: "figuresDiffer", claim: reasonFigure(claim.figure), candidate: reasonFigure(candidate.figure) });
    }
  } else if (claim.figure || candidate.figure) parts.add(WEIGHTS.figure / 2, 0);

  // Names.
  if (claim.names.length > 0 && candidate.names.length > 0) {
    const names = dice(claim.names, candidate.names);
    parts.add(WEIGHTS.names, names.value);
    if (names.shared.length > 0) reasons.push({ code: "names", names: names.shared });
  } else if (claim.names.length > 0 || candidate.names.length > 0) parts.add(WEIGHTS.names / 2, 0);

  // Dates.
  if (claim.years.length > 0 && candidate.years.length > 0) {
    const years = dice(claim.years, candidate.years);
    const months = dice(claim.months, candidate.months);
    parts.add(WEIGHTS.dates, years.shared.length > 0 ? 1 : 0);
    if (years.shared.length > 0 || months.shared.length > 0) {
      reasons.push({ code: "sameDate", dates: [...years.shared.map(String), ...months.shared.filter((m) => !m.startsWith("-"))] });
    } else {
      factor *= 0.5;
      reasons.push({ code: "differentYears", claim: claim.years, candidate: candidate.years });
    }
  } else if (claim.months.length > 0 && candidate.months.length > 0) {
    const months = dice(claim.months, candidate.months);
    parts.add(WEIGHTS.dates, months.shared.length > 0 ? 1 : 0);
  }

  // Similar words.
  const words = dice(claim.words, candidate.words);
  if (claim.words.length > 0 || candidate.words.length > 0) parts.add(WEIGHTS.words, words.value);
  if (words.shared.length > 0) reasons.push({ code: "similarWords", words: words.shared.map((word) => word.replace(/^=/, "")) });

  const score = Math.min(parts.average * factor, cap);
  return { score: Math.round(score * 1000) / 1000, reasons };
}

/** See the module comment. */
export function scoreMatch(claim: MatchableClaim, candidate: MatchableClaim): MatchScore {
  return scoreFeatures(featuresOf(claim), featuresOf(candidate));
}
