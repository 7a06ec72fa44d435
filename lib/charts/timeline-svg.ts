/**
 * The timeline drawn as SVG (see `timeline.ts`): dates across, figures up, each claim's
 * interval a vertical bar numbered as on the number line, a thin line through the figures as
 * written in date order, and the undated sources listed under the chart. Points are links to
 * their claims when they have an address.
 */
import { h, type ChartElement } from "./chart-node";
import { formatDate, formatTick, readingOf, type ChartText } from "./chart-text";
import { pixelScale } from "./figure-scale";
import { intervalMarks } from "./interval-marks";
import { chartWidth, truncate } from "./number-line-svg";
import type { TimelineLayout, TimelineLine } from "./timeline";
import { scaleUtc } from "d3-scale";

const [left, right, plotHeight] = [72, chartWidth - 40, 200];
const ink = "#1c1917";
const muted = "#44403c";

function text(x: number, y: number, content: string, attributes: Record<string, string | number> = {}): ChartElement {
  return h("text", { x, y, fill: muted, "font-size": 12, ...attributes }, content);
}

function timelineLine(
  layout: TimelineLayout,
  line: TimelineLine,
  top: number,
  words: ChartText,
  numberOf: (id: string) => number,
  showUnit: boolean,
): { node: ChartElement; height: number } {
  const headHeight = showUnit || line.scale.kind === "log" ? 20 : 0;
  const [plotTop, plotBottom] = [top + headHeight + 8, top + headHeight + 8 + plotHeight];
  const y = pixelScale(line.scale, [plotBottom, plotTop]);
  const x = scaleUtc()
    .domain(layout.dates!)
    .range([left + 16, right - 16]);
  const heading = [
    showUnit ? (line.unit ? words.t("numberLine.unitHeading", { unit: line.unit }) : words.t("numberLine.unitHeadingNone")) : null,
    line.scale.kind === "log" ? words.t("numberLine.logScale") : null,
  ].filter(Boolean);
  const xOf = (point: TimelineLine["points"][number]) => Math.min(right - 4, x(point.time) + point.sameDayIndex * 14);
  const trend = line.points.map((point) => `${Math.round(xOf(point) * 10) / 10},${Math.round(y(point.quantity.value) * 10) / 10}`).join(" ");
  const node = h(
    "g",
    { class: "chart-unit-line" },
    heading.length > 0 && text(16, top + 14, heading.join(" · "), { fill: ink, "font-weight": 600 }),
    h(
      "g",
      { class: "chart-axis", "aria-hidden": "true" },
      h("line", { x1: left, x2: left, y1: plotTop, y2: plotBottom, stroke: muted }),
      h("line", { x1: left, x2: right, y1: plotBottom, y2: plotBottom, stroke: muted }),
      line.scale.ticks.map((tick) =>
        h(
          "g",
          {},
          h("line", { x1: left - 5, x2: right, y1: y(tick), y2: y(tick), stroke: "#e7e5e4" }),
          text(left - 8, y(tick) + 4, formatTick(words.locale, tick), { "text-anchor": "end", "font-size": 11 }),
        ),
      ),
      layout.dateTicks.map((tick) =>
        h(
          "g",
          {},
          h("line", { x1: x(tick), x2: x(tick), y1: plotBottom, y2: plotBottom + 5, stroke: muted }),
          text(x(tick), plotBottom + 18, formatDate(words.locale, tick), { "text-anchor": "middle", "font-size": 11 }),
        ),
      ),
    ),
    line.points.length > 1 &&
      h("polyline", { points: trend, fill: "none", stroke: "#78716c", "stroke-width": 1.5, "stroke-dasharray": "3 3", class: "chart-trend" }),
    line.points.map((point) => {
      const number = numberOf(point.claim.id);
      const label = words.t("timeline.pointLabel", {
        date: formatDate(words.locale, point.time),
        who: `${number}. ${point.claim.who}`,
        reading: readingOf(words, point.quantity),
      });
      const children = [
        h("title", {}, label),
        intervalMarks(point.placed, { orientation: "vertical", from: y(point.placed.from), to: y(point.placed.to), across: xOf(point) }, point.claim.tone),
        text(xOf(point) + 8, Math.max(plotTop + 10, y(point.placed.to) - 2), String(number), { fill: ink, "font-size": 11, "font-weight": 600 }),
      ];
      const common = { class: "chart-point-link", "data-claim-id": point.claim.id };
      return point.claim.href ? h("a", { ...common, href: point.claim.href }, children) : h("g", common, children);
    }),
  );
  return { node, height: headHeight + 8 + plotHeight + 30 };
}

/**
 * The timeline as an SVG element. `numberOf` gives each claim's row number on the number line,
 * so both charts name a claim alike.
 */
export function timelineSvg(layout: TimelineLayout, words: ChartText, numberOf: (claimId: string) => number): ChartElement {
  const parts: ChartElement[] = [];
  let top = 4;
  if (layout.dates === null) {
    parts.push(text(16, top + 14, words.t("timeline.noneDated")));
    top += 22;
  }
  for (const line of layout.lines) {
    const { node, height } = timelineLine(layout, line, top, words, numberOf, layout.lines.length > 1);
    parts.push(node);
    top += height + 10;
  }
  if (layout.undated.length) {
    parts.push(text(16, top + 14, words.t("timeline.undated"), { fill: ink, "font-weight": 600 }));
    top += 20;
    for (const claim of layout.undated) {
      parts.push(text(24, top + 14, `${numberOf(claim.id)}. ${truncate(claim.who, 30)}: ${readingOf(words, claim.quantity!)}`));
      top += 18;
    }
  }
  return h(
    "svg",
    {
      xmlns: "http://www.w3.org/2000/svg",
      viewBox: `0 0 ${chartWidth} ${top + 6}`,
      width: chartWidth,
      height: top + 6,
      class: "fact-chart chart-timeline",
      role: "group",
      "aria-label": words.t("timeline.title"),
      "font-family": "system-ui, sans-serif",
    },
    parts,
  );
}
