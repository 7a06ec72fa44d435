/**
 * The charts of one fact from its claims and conflicts: the number line, the timeline and the
 * data table, as element trees (pages) or markup (reports). The one entry point callers use.
 */
import type { ChartClaim, ChartConflict } from "./chart-claim";
import { chartDataTable } from "./chart-data-table";
import { toMarkup, type ChartElement } from "./chart-node";
import type { ChartText } from "./chart-text";
import { layoutNumberLine } from "./number-line";
import { numberLineSvg } from "./number-line-svg";
import { sparklineSvg } from "./sparkline-svg";
import { layoutTimeline } from "./timeline";
import { timelineSvg } from "./timeline-svg";

export interface FactCharts {
  numberLine: ChartElement;
  timeline: ChartElement;
  table: ChartElement;
}

/** `idPrefix` (letters, digits, hyphens) keeps the charts' ids unique when a page shows several facts. */
export function factCharts(claims: readonly ChartClaim[], conflicts: readonly ChartConflict[], words: ChartText, idPrefix: string): FactCharts {
  const numberLine = layoutNumberLine(claims, conflicts);
  const numbers = new Map(numberLine.lines.flatMap((line) => line.rows.map((row) => [row.claim.id, row.number] as const)));
  return {
    numberLine: numberLineSvg(numberLine, words, idPrefix),
    timeline: timelineSvg(layoutTimeline(claims), words, (id) => numbers.get(id) ?? 0),
    table: chartDataTable(numberLine, words),
  };
}

/** The fact's sparkline (investigation page). */
export function factSparkline(claims: readonly ChartClaim[], conflicts: readonly ChartConflict[], words: ChartText): ChartElement {
  return sparklineSvg(layoutNumberLine(claims, conflicts), conflicts.length, words);
}

/** The charts as markup for a report: number line, timeline, data table. */
export function factChartsMarkup(charts: FactCharts): { numberLine: string; timeline: string; table: string } {
  return { numberLine: toMarkup(charts.numberLine), timeline: toMarkup(charts.timeline), table: toMarkup(charts.table) };
}
