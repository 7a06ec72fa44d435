/**
 * The number line drawn as SVG (see `number-line.ts` for what it shows). Each row is a link
 * to its claim when it has an address (keyboard reachable; hover or focus highlights it; its
 * `<title>`, label and reading, is its tooltip and accessible name), else a plain group (reports). Colours carry the verdict, but
 * every verdict and conflict is also written out: a hatched band and "Conflicts with 2".
 * No script and no style attributes: presentation attributes and the classes of `chart-css.ts`.
 */
import { h, type ChartElement } from "./chart-node";
import { formatTick, readingOf, type ChartText } from "./chart-text";
import { pixelScale, type FigureScale } from "./figure-scale";
import { intervalMarks } from "./interval-marks";
import type { NumberLineLayout, NumberLineRow, UnitLine } from "./number-line";

export const chartWidth = 720;
const [left, right] = [16, chartWidth - 16];
const [rowHeight, lineGap, axisHeight] = [50, 14, 30];
const ink = "#1c1917";
const muted = "#44403c";
const conflictInk = "#991b1b";
/** How many conflicting rows a row names by number before it counts the rest (the data table lists them all). */
const namedPartners = 5;

/** `text` cut to `max` characters with an ellipsis: labels are one line. */
export function truncate(text: string, max: number): string {
  const chars = [...text.replace(/\s+/g, " ").trim()];
  return chars.length <= max ? chars.join("") : `${chars.slice(0, max - 1).join("")}…`;
}

function textLine(x: number, y: number, content: string, attributes: Record<string, string | number> = {}): ChartElement {
  return h("text", { x, y, fill: muted, "font-size": 12, ...attributes }, content);
}

function axis(scale: FigureScale, y: number, text: ChartText): ChartElement {
  const x = pixelScale(scale, [left + 10, right - 10]);
  return h(
    "g",
    { class: "chart-axis", "aria-hidden": "true" },
    h("line", { x1: left, x2: right, y1: y, y2: y, stroke: muted, "stroke-width": 1 }),
    scale.ticks.map((tick) =>
      h(
        "g",
        {},
        h("line", { x1: x(tick), x2: x(tick), y1: y, y2: y + 5, stroke: muted }),
        textLine(x(tick), y + 18, formatTick(text.locale, tick), { "text-anchor": "middle", "font-size": 11 }),
      ),
    ),
  );
}

/** What a row says in words: its reading, verdict and conflicts. Shown on its second line, and read out as its name. */
export function rowDetail(row: NumberLineRow, text: ChartText): string {
  const parts = [readingOf(text, row.quantity), row.claim.verdict ?? text.t("verdictNone")];
  const [named, more] = [row.conflictsWith.slice(0, namedPartners), row.conflictsWith.length - namedPartners];
  if (more > 0) parts.push(text.t("numberLine.conflictsWithMore", { rows: named.join(", "), more }));
  else if (named.length) parts.push(text.t("numberLine.conflictsWith", { rows: named.join(", ") }));
  return parts.join(" · ");
}

function rowMarks(row: NumberLineRow, x: (value: number) => number, y: number, text: ChartText, patternId: string): ChartElement {
  const label = text.t("numberLine.rowLabel", { number: row.number, who: truncate(row.claim.who, 30), wording: truncate(row.claim.wording, 60) });
  const detail = rowDetail(row, text);
  const isConflict = row.conflictsWith.length > 0;
  const children = [
    h("title", {}, `${label} ${detail}`),
    h("rect", { x: 0, y, width: chartWidth, height: rowHeight, fill: "transparent", class: "chart-row-back" }),
    isConflict && h("rect", { x: left, y: y + 33, width: right - left, height: 14, fill: `url(#${patternId})`, class: "chart-conflict-band" }),
    textLine(left, y + 15, label, { fill: ink, "font-size": 13 }),
    textLine(left, y + 29, detail, isConflict ? { fill: conflictInk, "font-weight": 600 } : {}),
    intervalMarks(row.placed, { orientation: "horizontal", from: x(row.placed.from), to: x(row.placed.to), across: y + 40 }, row.claim.tone),
  ];
  const common = { class: `chart-row${isConflict ? " chart-row-conflict" : ""}`, "data-claim-id": row.claim.id };
  return row.claim.href ? h("a", { ...common, href: row.claim.href }, children) : h("g", common, children);
}

function unitLine(line: UnitLine, top: number, text: ChartText, showUnit: boolean, patternId: string): { node: ChartElement; height: number } {
  const heading = [
    showUnit ? (line.unit ? text.t("numberLine.unitHeading", { unit: line.unit }) : text.t("numberLine.unitHeadingNone")) : null,
    line.scale.kind === "log" ? text.t("numberLine.logScale") : null,
  ].filter(Boolean);
  const headHeight = heading.length ? 20 : 0;
  const rowsTop = top + headHeight;
  const rowsHeight = line.rows.length * rowHeight;
  const x = pixelScale(line.scale, [left + 10, right - 10]);
  const overlap = line.overlap;
  const node = h(
    "g",
    { class: "chart-unit-line" },
    heading.length > 0 && textLine(left, top + 14, heading.join(" · "), { fill: ink, "font-weight": 600 }),
    overlap &&
      h("rect", {
        x: x(overlap.from) - (overlap.isPoint ? 1.5 : 0),
        y: rowsTop,
        width: Math.max(3, x(overlap.to) - x(overlap.from)),
        height: rowsHeight,
        fill: "#dbeafe",
        stroke: "#1e40af",
        "stroke-dasharray": "4 3",
        class: "chart-shared",
      }),
    line.rows.map((row, index) => rowMarks(row, x, rowsTop + index * rowHeight, text, patternId)),
    axis(line.scale, rowsTop + rowsHeight + 4, text),
  );
  return { node, height: headHeight + rowsHeight + axisHeight };
}

/** Notes under the lines: what the shading means, and the claims without a figure. */
function notes(layout: NumberLineLayout, text: ChartText): string[] {
  const lines = [];
  if (layout.lines.length > 1) lines.push(text.t("numberLine.mixedUnits"));
  if (layout.lines.some((line) => line.overlap)) lines.push(text.t("numberLine.shared"));
  if (layout.withoutFigure.length)
    lines.push(
      `${text.t("numberLine.withoutFigure")} ${layout.withoutFigure.map((claim) => `${truncate(claim.who, 30)} “${truncate(claim.wording, 40)}”`).join("; ")}`,
    );
  return lines;
}

/** The number line as an SVG element; `idPrefix` keeps its pattern's id unique on a page with several charts. */
export function numberLineSvg(layout: NumberLineLayout, text: ChartText, idPrefix: string): ChartElement {
  const patternId = `${idPrefix}-conflict`;
  const parts: ChartElement[] = [];
  let y = 4;
  for (const line of layout.lines) {
    const { node, height } = unitLine(line, y, text, layout.lines.length > 1, patternId);
    parts.push(node);
    y += height + lineGap;
  }
  for (const note of notes(layout, text)) {
    parts.push(textLine(left, y + 12, note));
    y += 20;
  }
  return h(
    "svg",
    {
      xmlns: "http://www.w3.org/2000/svg",
      viewBox: `0 0 ${chartWidth} ${y}`,
      width: chartWidth,
      height: y,
      class: "fact-chart chart-number-line",
      role: "group",
      "aria-label": text.t("numberLine.title"),
      "font-family": "system-ui, sans-serif",
    },
    h(
      "defs",
      {},
      h(
        "pattern",
        { id: patternId, width: 6, height: 6, patternUnits: "userSpaceOnUse", patternTransform: "rotate(45)" },
        h("rect", { width: 6, height: 6, fill: "#fef2f2" }),
        h("line", { x1: 0, y1: 0, x2: 0, y2: 6, stroke: conflictInk, "stroke-width": 2 }),
      ),
    ),
    parts,
  );
}
