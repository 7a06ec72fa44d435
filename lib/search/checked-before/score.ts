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
 *   (0.25: same 1, different 0, not counted when two unknown nouns of two languages may be one
 *   thing: `counted.ts`), figure (0.25: intervals overlap 1, else a closeness below 0.5),
 *   names (0.2: Dice of the name sets), dates (0.1: a shared year 1, a shared month 1, else 0),
 *   words (0.2: Dice of stems and concepts). A part only one claim has counts as 0 with half its
 *   weight (a name said by one only is weak evidence against).
 * - Overlapping figures agree less as the numbers written part (`agreement`), and when they
 *   part by more than about 2× they differ ("more than 700,000" and "nearly 5.5 million"
 *   overlap, but state different figures); "%" or money on
 *   both sides is how figures are measured and adds no counted-thing part.
 * - Then: different counted things multiply by 0.3 ("people" against a group of people by 0.6); figures of the same thing that do not
 *   overlap cap the score at {@link CONFLICT_CAP} (shown as related, ranked below twins);
 *   different years (both name some, none shared) multiply by 0.5, names with none in common
 *   by 0.5 (0.75 across languages, where names are spelt apart), different months of one year by 0.6.
 * - Reasons list every feature that agreed, and the disagreements that lowered the score
 *   (`figuresDiffer`, `differentThings`, `differentYears`).
 * Symmetric in its score; never throws.
 */
import { intervalsOverlap, type Quantity } from "../../quantities";
import { compareCounted, measuredOf } from "./counted";
import { featuresOf, type ClaimFeatures, type MatchableClaim } from "./features";
import type { MatchReason, ReasonFigure } from "./reasons";

/** At or above this a candidate states the same thing: shown. */
export const SAME_STATEMENT_SCORE = 0.5;
/** The highest score of two figures of one thing that cannot both hold (below {@link SAME_STATEMENT_SCORE}). */
export const CONFLICT_CAP = 0.45;

/**
 * Whether the panel shows a candidate: "same" statement (score at least
 * {@link SAME_STATEMENT_SCORE}); "conflict" — the same statement but for its figure: the same
 * counted thing, figures that cannot both hold, the same year or month (a conflict is about one
 * time), nothing else apart (no other year, month or names), and the other parts as alike as a
 * twin's; shown below every twin, as the conflict is
 * news; else null (not shown).
 */
export function matchKindOf(match: Pick<MatchScore, "kind">): "same" | "conflict" | null {
  return match.kind;
}

const WEIGHTS = { thing: 0.25, figure: 0.25, names: 0.2, dates: 0.1, words: 0.2 } as const;

export interface MatchScore {
  score: number;
  reasons: MatchReason[];
  /** See {@link matchKindOf}. */
  kind: "same" | "conflict" | null;
}

function dice<T>(a: readonly T[], b: readonly T[]): { value: number; shared: T[] } {
  if (a.length === 0 && b.length === 0) return { value: 0, shared: [] };
  const set = new Set(b);
  const shared = [...new Set(a)].filter((x) => set.has(x));
  return { value: (2 * shared.length) / (new Set(a).size + set.size), shared };
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

/**
 * How strongly two overlapping figures agree: 1 when the numbers written are within a third of
 * each other, less as they part ("up to 40,000" and "fewer than 15,000" overlap on [0, 15,000),
 * but say different things); never below 0.2.
 */
function agreement(a: Quantity, b: Quantity): number {
  const [x, y] = [Math.max(a.value, a.low), Math.max(b.value, b.low)];
  if (x <= 0 || y <= 0) return x === y ? 1 : 0.2;
  const ratio = Math.max(x, y) / Math.min(x, y);
  return ratio <= 1.34 ? 1 : Math.max(0.2, 1 - Math.log10(ratio) * 1.5);
}

/** What a claim's figure counts, for reasons: the unit, or for a percentage what it measures ("turnout %"). */
function labelOf(features: ClaimFeatures): string {
  const measured = features.thing!.measure ? measuredOf(features.words).map((word) => word.slice(1)) : [];
  return [...measured, features.thing!.label].join(" ");
}

/** Accumulates weighted parts. */
class Parts {
  private readonly parts: { name: string; weight: number; value: number }[] = [];
  add(name: keyof typeof WEIGHTS, weight: number, value: number): void {
    this.parts.push({ name, weight, value });
  }
  get average(): number {
    return this.averageWithout(null);
  }
  /** The weighted average leaving one part out. */
  averageWithout(left: keyof typeof WEIGHTS | null): number {
    const kept = this.parts.filter((part) => part.name !== left);
    const weight = kept.reduce((sum, part) => sum + part.weight, 0);
    return weight === 0 ? 0 : kept.reduce((sum, part) => sum + part.weight * part.value, 0) / weight;
  }
}

/** See the module comment; takes features already computed (the query layer computes the claim's once). */
export function scoreFeatures(claim: ClaimFeatures, candidate: ClaimFeatures): MatchScore {
  const reasons: MatchReason[] = [];
  const parts = new Parts();
  let factor = 1;
  let cap = 1;

  // Counted thing and figure.
  const counted = claim.thing && candidate.thing ? compareCounted(claim, candidate) : null;
  const sameThing = counted === "same";
  if (counted === "same") {
    // "%" or "USD" on both sides says how the figures are measured, not that they are about one thing.
    if (!claim.thing!.measure) parts.add("thing", WEIGHTS.thing, 1);
    reasons.push({ code: "sameThing", thing: claim.thing!.label });
  } else if (counted === "broader") {
    factor *= 0.6;
    reasons.push({ code: "differentThings", claim: claim.thing!.label, candidate: candidate.thing!.label });
  } else if (counted === "different") {
    parts.add("thing", WEIGHTS.thing, 0);
    factor *= 0.3;
    reasons.push({ code: "differentThings", claim: labelOf(claim), candidate: labelOf(candidate) });
  } else if ((claim.thing === null) !== (candidate.thing === null)) parts.add("thing", WEIGHTS.thing / 2, 0);

  if (claim.figure && candidate.figure && counted !== "different") {
    const agree = intervalsOverlap(claim.figure, candidate.figure) ? agreement(claim.figure, candidate.figure) : 0;
    if (agree >= 0.5) {
      parts.add("figure", WEIGHTS.figure, agree);
      reasons.push({ code: "figuresOverlap", claim: reasonFigure(claim.figure), candidate: reasonFigure(candidate.figure) });
    } else {
      parts.add("figure", WEIGHTS.figure, agree > 0 ? agree / 2 : closeness(claim.figure, candidate.figure));
      if (sameThing) cap = CONFLICT_CAP;
      reasons.push({ code: "figuresDiffer", claim: reasonFigure(claim.figure), candidate: reasonFigure(candidate.figure) });
    }
  } else if (claim.figure || candidate.figure) parts.add("figure", WEIGHTS.figure / 2, 0);

  // Names.
  if (claim.names.length > 0 && candidate.names.length > 0) {
    const names = dice(claim.names, candidate.names);
    parts.add("names", WEIGHTS.names, names.value);
    if (names.shared.length > 0) reasons.push({ code: "names", names: names.shared.map((name) => claim.writtenNames.get(name) ?? name) });
    else factor *= claim.language === candidate.language ? 0.5 : 0.75;
  } else if (claim.names.length > 0 || candidate.names.length > 0) parts.add("names", WEIGHTS.names / 2, 0);

  // Dates.
  if (claim.years.length > 0 && candidate.years.length > 0) {
    const years = dice(claim.years, candidate.years);
    const months = dice(claim.months, candidate.months);
    parts.add("dates", WEIGHTS.dates, years.shared.length > 0 ? 1 : 0);
    const datedMonths = (months: readonly string[]) => months.filter((month) => !month.startsWith("-"));
    if (years.shared.length > 0 && months.shared.length === 0 && datedMonths(claim.months).length > 0 && datedMonths(candidate.months).length > 0)
      factor *= 0.6;
    if (years.shared.length > 0 || months.shared.length > 0) {
      reasons.push({ code: "sameDate", dates: [...years.shared.map(String), ...months.shared.filter((m) => !m.startsWith("-"))] });
    } else {
      factor *= 0.5;
      reasons.push({ code: "differentYears", claim: claim.years, candidate: candidate.years });
    }
  } else if (claim.months.length > 0 && candidate.months.length > 0) {
    const months = dice(claim.months, candidate.months);
    parts.add("dates", WEIGHTS.dates, months.shared.length > 0 ? 1 : 0);
  }

  // Similar words.
  const words = dice(claim.words, candidate.words);
  if (claim.words.length > 0 || candidate.words.length > 0) parts.add("words", WEIGHTS.words, words.value);
  if (words.shared.length > 0) reasons.push({ code: "similarWords", words: words.shared.map((word) => word.replace(/^=/, "")) });

  const score = Math.round(Math.min(parts.average * factor, cap) * 1000) / 1000;
  const sameTime = reasons.some((reason) => reason.code === "sameDate");
  const conflict = cap < 1 && factor === 1 && sameTime && parts.averageWithout("figure") >= SAME_STATEMENT_SCORE;
  return { score, reasons, kind: score >= SAME_STATEMENT_SCORE ? "same" : conflict ? "conflict" : null };
}

/** See the module comment. */
export function scoreMatch(claim: MatchableClaim, candidate: MatchableClaim): MatchScore {
  return scoreFeatures(featuresOf(claim), featuresOf(candidate));
}
