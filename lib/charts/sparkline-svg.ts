/**
 * A fact's number line in miniature for the investigation page's fact list: a thin bar (or a
 * dot) per claim on each unit line's own scale, conflicting rows marked with a dark notch at
 * the left, and the counts in its accessible name. Decorative detail only: the row it sits in
 * says how many claims and conflicts there are in words.
 */
import { verdictColours } from "../checking/verdict-colours";
import { h, type ChartElement } from "./chart-node";
import type { ChartText } from "./chart-text";
import { pixelScale } from "./figure-scale";
import type { NumberLineLayout } from "./number-line";

const [width, height, notch] = [120, 28, 6];

export function sparklineSvg(layout: NumberLineLayout, conflictCount: number, words: ChartText): ChartElement {
  const rows = layout.lines.flatMap((line) => line.rows.map((row) => ({ row, x: pixelScale(line.scale, [notch + 3, width - 3]) })));
  const step = Math.min(6, (height - 4) / Math.max(1, rows.length));
  const thickness = Math.max(0.6, Math.min(3, step * 0.6));
  return h(
    "svg",
    {
      xmlns: "http://www.w3.org/2000/svg",
      viewBox: `0 0 ${width} ${height}`,
      width,
      height,
      class: "chart-sparkline",
      role: "img",
      "aria-label": words.t("sparkline", { count: layout.rowCount, conflicts: conflictCount }),
    },
    h("line", { x1: notch, x2: width, y1: height - 1, y2: height - 1, stroke: "#a8a29e", "stroke-width": 1 }),
    rows.map(({ row, x }, index) => {
      const y = 2 + step * index + step / 2;
      const { ink } = verdictColours[row.claim.tone];
      const [from, to] = [x(row.placed.from), x(row.placed.to)];
      return h(
        "g",
        {},
        row.conflictsWith.length > 0 && h("rect", { x: 0, y: y - thickness, width: notch - 2, height: thickness * 2, fill: "#991b1b" }),
        row.placed.isPoint
          ? h("circle", { cx: from, cy: y, r: Math.max(1, thickness), fill: ink })
          : h("line", { x1: from, x2: Math.max(to, from + 1), y1: y, y2: y, stroke: ink, "stroke-width": thickness }),
      );
    }),
  );
}
