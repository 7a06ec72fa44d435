/**
 * The number line of a fact: which rows there are, on which axis, and what is marked.
 *
 * Contract of {@link layoutNumberLine}:
 * - One row per claim with a figure, in the order given (rows are numbered 1, 2, … across the
 *   whole chart, so a conflict can name its partner by number). Claims without a figure are
 *   returned in `withoutFigure`, never drawn.
 * - Figures that count different things (`unitsComparable` false) go on separate lines, each
 *   with its own scale (`figureScaleOf`: log when it spans more than two orders of magnitude);
 *   a figure naming no unit joins the first line.
 * - `overlap` is the interval every row of a line shares (ends respected exactly), when the
 *   line has two rows or more and they share one; else null.
 * - `conflictsWith` lists the numbers of the rows whose figure cannot hold with this one.
 * Pure; never throws.
 */
import { intervalsOverlap, isEmptyInterval, unitsComparable, type Interval, type Quantity } from "../quantities";
import type { ChartClaim, ChartConflict } from "./chart-claim";
import { figureScaleOf, placeInterval, type FigureScale, type PlacedInterval } from "./figure-scale";

export interface NumberLineRow {
  /** 1-based, across the whole chart. */
  number: number;
  claim: ChartClaim;
  quantity: Quantity;
  placed: PlacedInterval;
  conflictsWith: number[];
}

export interface UnitLine {
  /** The first unit named on this line (as written); null when no row names one. */
  unit: string | null;
  scale: FigureScale;
  rows: NumberLineRow[];
  overlap: PlacedInterval | null;
}

export interface NumberLineLayout {
  lines: UnitLine[];
  withoutFigure: ChartClaim[];
  /** How many rows there are in all. */
  rowCount: number;
}

type Figured = { claim: ChartClaim; quantity: Quantity };

/**
 * The claims with a figure grouped so that every pair in a group counts comparable things;
 * order kept. Each item is checked against the distinct units of a group only (memoised), since
 * a fact's claims name few units however many claims it has.
 */
export function groupByUnit<T extends { quantity: Quantity }>(items: readonly T[]): T[][] {
  const groups: Array<{ units: Set<string | null>; members: T[] }> = [];
  const memo = new Map<string, boolean>();
  const comparable = (a: string | null, b: string | null) => {
    const key = `${a}\u0000${b}`;
    let result = memo.get(key);
    if (result === undefined) memo.set(key, (result = unitsComparable(a, b)));
    return result;
  };
  for (const item of items) {
    const unit = item.quantity.unit;
    const group = groups.find(({ units }) => [...units].every((member) => comparable(member, unit)));
    if (group) {
      group.units.add(unit);
      group.members.push(item);
    } else groups.push({ units: new Set([unit]), members: [item] });
  }
  return groups.map(({ members }) => members);
}

/** The interval every figure lies in, or null when they share no number (or there are fewer than two). */
export function sharedInterval(figures: readonly Quantity[]): Interval | null {
  if (figures.length < 2) return null;
  const low = Math.max(...figures.map((q) => q.low));
  const high = Math.min(...figures.map((q) => q.high));
  const shared = {
    low,
    high,
    lowInclusive: figures.every((q) => q.low !== low || q.lowInclusive),
    highInclusive: Number.isFinite(high) && figures.every((q) => q.high !== high || q.highInclusive),
  };
  if (isEmptyInterval(shared) || !figures.every((q) => intervalsOverlap(q, shared))) return null;
  return shared;
}

export function layoutNumberLine(claims: readonly ChartClaim[], conflicts: readonly ChartConflict[]): NumberLineLayout {
  const figured: Figured[] = claims.flatMap((claim) => (claim.quantity ? [{ claim, quantity: claim.quantity }] : []));
  const numberOf = new Map(figured.map(({ claim }, index) => [claim.id, index + 1]));
  const partnerNumbers = new Map<string, Set<number>>();
  for (const { a, b } of conflicts) {
    const [numberA, numberB] = [numberOf.get(a), numberOf.get(b)];
    if (numberA === undefined || numberB === undefined) continue;
    partnerNumbers.set(a, (partnerNumbers.get(a) ?? new Set()).add(numberB));
    partnerNumbers.set(b, (partnerNumbers.get(b) ?? new Set()).add(numberA));
  }
  const partners = (id: string) => [...(partnerNumbers.get(id) ?? [])].sort((x, y) => x - y);
  const lines = groupByUnit(figured).map((group): UnitLine => {
    const scale = figureScaleOf(group.map(({ quantity }) => quantity));
    const shared = sharedInterval(group.map(({ quantity }) => quantity));
    return {
      unit: group.find(({ quantity }) => quantity.unit !== null)?.quantity.unit ?? null,
      scale,
      rows: group.map(({ claim, quantity }) => ({
        number: numberOf.get(claim.id)!,
        claim,
        quantity,
        placed: placeInterval(quantity, scale),
        conflictsWith: partners(claim.id),
      })),
      overlap: shared ? placeInterval({ ...shared, hedge: "range", value: shared.low, unit: null, text: "" }, scale) : null,
    };
  });
  return { lines, withoutFigure: claims.filter((claim) => !claim.quantity), rowCount: figured.length };
}
