/**
 * A fact's charts in the HTML report (and so in the PDF): the number line and the timeline as
 * inline SVG (no script; the report's CSP allows nothing else), and the same data as a table
 * for screen readers. Rows do not link anywhere: a report is read on its own.
 */
import { verdictToneOf } from "../checking/verdict-colours";
import type { ChartClaim } from "../charts/chart-claim";
import type { ChartText } from "../charts/chart-text";
import { factCharts, factChartsMarkup } from "../charts/fact-charts";
import { escapeHtml } from "../escape-html";
import type { ExportFact } from "./model";

/** The fact's rows as the charts draw them. */
export function chartClaimsOfExportFact(fact: ExportFact): ChartClaim[] {
  return fact.rows.map((row) => ({
    id: row.claimId,
    who: row.outlet ?? row.sourceTitle,
    wording: row.wording,
    quantity: row.quantity ? { ...row.quantity, high: row.quantity.high ?? Infinity } : null,
    tone: verdictToneOf(row.verdict?.ratingValue),
    verdict: row.verdict?.label ?? null,
    publishedAt: row.publishedAt,
    href: null,
  }));
}

/** The charts of the fact numbered `number` in the report; nothing when none of its claims has a figure. */
export function factChartsHtml(fact: ExportFact, number: number, words: ChartText): string {
  const claims = chartClaimsOfExportFact(fact);
  if (!claims.some((claim) => claim.quantity)) return "";
  const charts = factChartsMarkup(factCharts(claims, fact.conflicts, words, `fact-${number}-chart`));
  return [
    `<figure class="fact-charts">`,
    `<h4>${escapeHtml(words.t("numberLine.title"))}</h4><div class="fact-chart-scroll">${charts.numberLine}</div>`,
    `<h4>${escapeHtml(words.t("timeline.title"))}</h4><div class="fact-chart-scroll">${charts.timeline}</div>`,
    charts.table,
    `</figure>`,
  ].join("");
}
