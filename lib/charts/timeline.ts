/**
 * The timeline of a fact: each claim at its source's publication date, its figure on the
 * vertical axis, so the movement of a count over days reads at a glance.
 *
 * Contract of {@link layoutTimeline}:
 * - One point per dated claim with a figure, on the line of its unit (the same grouping and
 *   scales as the number line: `groupByUnit`, `figureScaleOf`), oldest first.
 * - Claims whose source has no publication date are returned in `undated`, never placed
 *   on a guessed date; claims without a figure in `withoutFigure`.
 * - Claims of the same date are set side by side: `sameDayIndex` counts them from 0.
 * - The date axis spans the first to the last date; a single date gets a day either side.
 * Pure; never throws (a malformed date counts as undated).
 */
import { scaleUtc } from "d3-scale";
import type { Quantity } from "../quantities";
import type { ChartClaim } from "./chart-claim";
import { figureScaleOf, placeInterval, type FigureScale, type PlacedInterval } from "./figure-scale";
import { groupByUnit } from "./number-line";

export interface TimelinePoint {
  claim: ChartClaim;
  /** YYYY-MM-DD. */
  date: string;
  /** Milliseconds since the epoch of that date's midnight UTC. */
  time: number;
  sameDayIndex: number;
  quantity: Quantity;
  placed: PlacedInterval;
}

export interface TimelineLine {
  unit: string | null;
  scale: FigureScale;
  points: TimelinePoint[];
}

export interface TimelineLayout {
  lines: TimelineLine[];
  /** `[first, last]` in milliseconds (UTC midnights), first < last; null when no claim is dated. */
  dates: [number, number] | null;
  /** Where to label the date axis, in milliseconds (UTC midnights), ascending. */
  dateTicks: number[];
  undated: ChartClaim[];
  withoutFigure: ChartClaim[];
}

const dayMs = 86_400_000;

/** Midnight UTC of a YYYY-MM-DD date in milliseconds; null when it is not such a date. */
export function timeOfDate(date: string | null): number | null {
  if (date === null || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  const time = Date.parse(`${date}T00:00:00Z`);
  return Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== date ? null : time;
}

export function layoutTimeline(claims: readonly ChartClaim[]): TimelineLayout {
  const withoutFigure = claims.filter((claim) => !claim.quantity);
  const figured = claims.flatMap((claim) => (claim.quantity ? [{ claim, quantity: claim.quantity, time: timeOfDate(claim.publishedAt) }] : []));
  const undated = figured.filter(({ time }) => time === null).map(({ claim }) => claim);
  const dated = figured.flatMap((item) => (item.time === null ? [] : [{ ...item, time: item.time }])).sort((a, b) => a.time - b.time);
  if (dated.length === 0) return { lines: [], dates: null, dateTicks: [], undated, withoutFigure };
  const lines = groupByUnit(dated).map((group): TimelineLine => {
    const seen = new Map<number, number>();
    const scale = figureScaleOf(group.map(({ quantity }) => quantity));
    return {
      unit: group.find(({ quantity }) => quantity.unit !== null)?.quantity.unit ?? null,
      scale,
      points: group.map(({ claim, quantity, time }) => {
        const sameDayIndex = seen.get(time) ?? 0;
        seen.set(time, sameDayIndex + 1);
        return { claim, date: claim.publishedAt!, time, sameDayIndex, quantity, placed: placeInterval(quantity, scale) };
      }),
    };
  });
  const [first, last] = [dated[0]!.time, dated[dated.length - 1]!.time];
  const dates: [number, number] = first === last ? [first - dayMs, last + dayMs] : [first, last];
  const ticks = scaleUtc()
    .domain(dates)
    .ticks(5)
    .map((tick) => tick.getTime());
  return { lines, dates, dateTicks: ticks.filter((tick) => tick % dayMs === 0), undated, withoutFigure };
}
