/**
 * The axis of a set of figures: linear, or logarithmic when the figures span more than two
 * orders of magnitude; its domain, and where an interval's ends fall on it.
 *
 * Contract: `figureScaleOf` never throws and always returns a domain with `lo < hi`
 * (a single figure gets a band around it). On a log scale the domain holds the positive
 * figures only; an interval reaching down to 0 is drawn as running past the axis's low end.
 * Open-ended intervals ("more than 200") leave room past the largest finite figure so the
 * arrow that marks them shows.
 */
import { scaleLinear, scaleLog, type ScaleContinuousNumeric } from "d3-scale";
import type { Quantity } from "../quantities";

export type ScaleKind = "linear" | "log";

export interface FigureScale {
  kind: ScaleKind;
  /** `[lo, hi]`, `lo < hi`, rounded outwards to nice values. */
  domain: [number, number];
  /** Where to put labelled ticks, in figure values, ascending. */
  ticks: number[];
}

/** How an interval's end is drawn: a filled dot, a hollow dot, or an arrow (it goes on past the axis). */
export type EndKind = "closed" | "open" | "beyond";

/** One interval placed on a scale, in figure values clamped to the domain. */
export interface PlacedInterval {
  from: number;
  to: number;
  fromEnd: EndKind;
  toEnd: EndKind;
  /** An exact figure ("238"): drawn as a point. */
  isPoint: boolean;
}

/** Span (largest over smallest positive figure) above which the scale is logarithmic. */
export const logScaleRatio = 100;

/** The finite ends of the figures (lows and bounded highs). */
function finiteEnds(figures: readonly Quantity[]): number[] {
  return figures.flatMap((q) => (Number.isFinite(q.high) ? [q.low, q.high] : [q.low]));
}

/** The scale for these figures (see the module comment). An empty list gets a linear 0–1 axis. */
export function figureScaleOf(figures: readonly Quantity[]): FigureScale {
  const ends = finiteEnds(figures);
  const hasUnbounded = figures.some((q) => !Number.isFinite(q.high));
  const positive = ends.filter((x) => x > 0);
  const [minPositive, max] = [Math.min(...positive), Math.max(...positive)];
  if (positive.length > 0 && max / minPositive > logScaleRatio) {
    const scale = scaleLog()
      .domain([minPositive, hasUnbounded ? max * 3 : max])
      .nice();
    const [lo, hi] = scale.domain() as [number, number];
    return { kind: "log", domain: [lo, hi], ticks: powersOfTen(lo, hi) };
  }
  if (ends.length === 0) return { kind: "linear", domain: [0, 1], ticks: [0, 1] };
  let [lo, hi] = [Math.min(...ends), Math.max(...ends)];
  if (hasUnbounded) hi += Math.max((hi - lo) * 0.2, Math.abs(hi) * 0.1, 1);
  if (lo === hi) [lo, hi] = [Math.max(0, lo - Math.max(1, lo * 0.1)), hi + Math.max(1, hi * 0.1)];
  const scale = scaleLinear().domain([lo, hi]).nice(5);
  const [niceLo, niceHi] = scale.domain() as [number, number];
  return { kind: "linear", domain: [niceLo, niceHi], ticks: scale.ticks(5) };
}

function powersOfTen(lo: number, hi: number): number[] {
  const ticks = [];
  for (let exponent = Math.ceil(Math.log10(lo)); exponent <= Math.floor(Math.log10(hi)); exponent += 1) ticks.push(10 ** exponent);
  return ticks;
}

/** A d3 scale mapping figure values of `scale` onto `[from, to]` (pixels). */
export function pixelScale(scale: FigureScale, range: [number, number]): ScaleContinuousNumeric<number, number> {
  return (scale.kind === "log" ? scaleLog() : scaleLinear()).domain(scale.domain).range(range).clamp(true);
}

/** `q` placed on `scale`: its ends clamped to the domain, each end drawn closed, open or as an arrow past the axis. */
export function placeInterval(q: Quantity, scale: FigureScale): PlacedInterval {
  const [lo, hi] = scale.domain;
  const fromBeyond = q.low < lo;
  const toBeyond = q.high > hi;
  return {
    from: fromBeyond ? lo : q.low,
    to: toBeyond ? hi : Math.max(q.high, lo),
    fromEnd: fromBeyond ? "beyond" : q.lowInclusive ? "closed" : "open",
    toEnd: toBeyond ? "beyond" : q.highInclusive ? "closed" : "open",
    isPoint: q.low === q.high && !fromBeyond,
  };
}
