/**
 * How one placed interval is drawn, along a horizontal axis (number line) or a vertical one
 * (timeline): a bar in the verdict's colour with its ink as outline; a closed end as a filled
 * dot, an open end as a hollow dot, an end past the axis as an arrowhead; an exact figure as
 * a larger filled dot. Shape, not colour, tells the ends apart.
 */
import { verdictColours, type VerdictTone } from "../checking/verdict-colours";
import { h, type ChartElement } from "./chart-node";
import type { EndKind, PlacedInterval } from "./figure-scale";

export const paper = "#ffffff";

/** Where the interval lies on the page: `from`/`to` in pixels along the axis, `across` the centre line. */
export interface IntervalGeometry {
  orientation: "horizontal" | "vertical";
  from: number;
  to: number;
  across: number;
}

function point(g: IntervalGeometry, along: number): { cx: number; cy: number } {
  return g.orientation === "horizontal" ? { cx: along, cy: g.across } : { cx: g.across, cy: along };
}

function endMark(g: IntervalGeometry, kind: EndKind, along: number, direction: 1 | -1, ink: string): ChartElement {
  const { cx, cy } = point(g, along);
  if (kind === "beyond") {
    // An arrowhead pointing past the axis: the interval goes on.
    const [tip, back, half] = [7 * direction, -3 * direction, 6];
    const points =
      g.orientation === "horizontal"
        ? [
            [cx + tip, cy],
            [cx + back, cy - half],
            [cx + back, cy + half],
          ]
        : [
            [cx, cy + tip],
            [cx - half, cy + back],
            [cx + half, cy + back],
          ];
    return h("polygon", { points: points.map((p) => p.map((n) => Math.round(n * 10) / 10).join(",")).join(" "), fill: ink, class: "chart-end-beyond" });
  }
  return h("circle", { cx, cy, r: 4.5, fill: kind === "closed" ? ink : paper, stroke: ink, "stroke-width": 2, class: `chart-end-${kind}` });
}

/** The marks of `placed` drawn at `g` in the colours of `tone`. */
export function intervalMarks(placed: PlacedInterval, g: IntervalGeometry, tone: VerdictTone, thickness = 10): ChartElement {
  const { fill, ink } = verdictColours[tone];
  if (placed.isPoint) {
    const { cx, cy } = point(g, g.from);
    return h("g", {}, h("circle", { cx, cy, r: 6.5, fill: ink, stroke: paper, "stroke-width": 1.5, class: "chart-point" }));
  }
  const [start, end] = [Math.min(g.from, g.to), Math.max(g.from, g.to)];
  const bar =
    g.orientation === "horizontal"
      ? { x: start, y: g.across - thickness / 2, width: end - start, height: thickness }
      : { x: g.across - thickness / 2, y: start, width: thickness, height: end - start };
  // Along a vertical axis the low end is drawn lower on the page (a larger y).
  const lowDirection = g.orientation === "horizontal" ? -1 : 1;
  return h(
    "g",
    {},
    h("rect", { ...bar, fill, stroke: ink, "stroke-width": 1.5, class: "chart-bar" }),
    endMark(g, placed.fromEnd, g.from, lowDirection, ink),
    endMark(g, placed.toEnd, g.to, lowDirection === -1 ? 1 : -1, ink),
  );
}
