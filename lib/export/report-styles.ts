import { verdictColours, verdictToneOf } from "../checking/verdict-colours";
import { chartCss } from "../charts/chart-css";

/** `.rating-N { --verdict; --verdict-fill }` for 1–5 and `.rating-none`, from the one table of verdict colours. */
function ratingRules(): string {
  return ([1, 2, 3, 4, 5, null] as const)
    .map((value) => {
      const { fill, ink } = verdictColours[verdictToneOf(value)];
      return `.rating-${value ?? "none"} { --verdict: ${ink}; --verdict-fill: ${fill}; }`;
    })
    .join("\n");
}

/**
 * The stylesheet of the HTML report, inlined into its only `<style>` element. Quiet and
 * print-ready: system fonts only (a serif for what sources and reviewers wrote, a sans for
 * labels), no `url()` and no `@import`, so a report opened from disk fetches nothing.
 * Verdict colours come from the `rating-1` … `rating-5` / `rating-none` classes (1 is the
 * worst rating), generated from lib/checking/verdict-colours.ts: `--verdict-fill` is the
 * reader's highlight colour for that verdict, `--verdict` its text colour. Bars, highlights and badges keep their colours in print
 * (`print-color-adjust: exact`), since headless Chromium drops backgrounds otherwise.
 */
export const reportStyles = `
:root {
  color-scheme: light;
  --ink: #1c1917;
  --muted: #57534e;
  --rule: #d6d3d1;
  --paper: #ffffff;
  --link: #1e40af;
  --highlight: #fde68a;
  --serif: Georgia, "Times New Roman", Times, serif;
  --sans: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  --verdict: #57534e;
  --verdict-fill: transparent;
}
* { box-sizing: border-box; }
html { background: var(--paper); color: var(--ink); }
body { margin: 0 auto; max-width: 48rem; padding: 2.5rem 1.5rem 4rem; font: 1.0625rem/1.6 var(--serif); }
h1, h2, h3, h4, table, dt, caption, .kicker, .byline, .meta, .badge, .stance, .anchor-note, .url { font-family: var(--sans); }
h1 { font-size: 2rem; line-height: 1.2; margin: 0.25rem 0 0.75rem; }
h2 { font-size: 1.35rem; margin: 2.75rem 0 1rem; padding-bottom: 0.35rem; border-bottom: 2px solid var(--ink); }
h3 { font-size: 1.1rem; margin: 0 0 0.5rem; }
h4 { font-size: 0.75rem; text-transform: uppercase; letter-spacing: 0.06em; color: var(--muted); margin: 1.25rem 0 0.4rem; }
p { margin: 0 0 0.75rem; orphans: 3; widows: 3; }
a { color: var(--link); overflow-wrap: anywhere; }
cite { font-style: italic; }
.kicker { margin: 0; font-size: 0.75rem; text-transform: uppercase; letter-spacing: 0.08em; color: var(--muted); }
.byline, .meta { color: var(--muted); font-size: 0.875rem; }
.url { font-size: 0.85rem; overflow-wrap: anywhere; }
.capture code { font-size: 0.8rem; overflow-wrap: anywhere; }
.scope { margin-top: 1rem; padding: 0.5rem 0.75rem; border-left: 3px solid var(--ink); background: #f5f5f4; font-family: var(--sans); font-size: 0.9rem; }
.report-head { padding-bottom: 1rem; border-bottom: 1px solid var(--rule); }
.empty { color: var(--muted); font-style: italic; }

.sources { padding-left: 1.5rem; }
.sources li { margin-bottom: 0.75rem; }
.sources .meta { display: block; }

.chart { width: 100%; border-collapse: collapse; margin-bottom: 1.25rem; font-size: 0.875rem; }
.chart caption { text-align: left; font-weight: 600; margin-bottom: 0.4rem; }
.chart th { width: 11rem; padding: 0.2rem 0.75rem 0.2rem 0; text-align: left; font-weight: normal; }
.chart .bar-cell { padding: 0.2rem 0; }
.chart .count { width: 3rem; padding: 0.2rem 0 0.2rem 0.6rem; text-align: right; font-variant-numeric: tabular-nums; }
.bar { display: block; height: 0.85rem; background: var(--verdict-fill); border: 1px solid var(--verdict); }
.counts { display: flex; flex-wrap: wrap; gap: 0.5rem 2rem; margin: 0 0 0.75rem; font-family: var(--sans); font-size: 0.875rem; }
.counts div { display: flex; gap: 0.4rem; }
.counts dt { color: var(--muted); }
.counts dd { margin: 0; font-weight: 600; font-variant-numeric: tabular-nums; }

${ratingRules()}
.badge { display: inline-block; padding: 0 0.45rem; border: 1px solid var(--verdict); border-radius: 3px; background: var(--verdict-fill); color: var(--verdict); font-size: 0.8rem; font-weight: 600; }

.claim { padding: 1.5rem 0; border-top: 1px solid var(--rule); }
.claim h3 { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0.6rem; }
.quote { margin: 0.5rem 0 0.75rem; padding: 0.2rem 0 0.2rem 1rem; border-left: 3px solid var(--ink); font-size: 1.15rem; }
.quote p { margin: 0; }
.context { color: var(--muted); }
mark { background: var(--highlight); color: var(--ink); padding: 0 0.1em; }
.anchor-note { padding: 0.4rem 0.75rem; border-left: 3px solid #b45309; background: #fffbeb; font-size: 0.85rem; }
.details { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; margin: 0.75rem 0; }
.details dt { color: var(--muted); font-size: 0.85rem; padding-top: 0.15rem; }
.details dd { margin: 0; }
.prose { overflow-wrap: break-word; }
.prose > :last-child { margin-bottom: 0; }
.evidence, .assessments, .conflicts, .comments { margin: 0; padding: 0; list-style: none; }
.evidence li, .assessments li, .comments li { margin-bottom: 0.75rem; padding-left: 0.75rem; border-left: 2px solid var(--rule); }
.evidence blockquote { margin: 0.25rem 0; font-style: italic; }
.stance { font-size: 0.75rem; font-weight: 700; text-transform: uppercase; letter-spacing: 0.05em; margin-right: 0.4rem; }
.stance-supports { color: #166534; }
.stance-refutes { color: #991b1b; }
.stance-adds-context { color: #1e40af; }
.conflicts li { margin-bottom: 0.3rem; padding-left: 0.75rem; border-left: 3px solid #991b1b; }

.fact { margin-bottom: 2rem; }
.fact table { width: 100%; border-collapse: collapse; font-size: 0.85rem; margin-bottom: 0.75rem; }
.fact th, .fact td { padding: 0.4rem 0.5rem; border-bottom: 1px solid var(--rule); text-align: left; vertical-align: top; }
.fact thead th { border-bottom: 2px solid var(--ink); font-size: 0.7rem; text-transform: uppercase; letter-spacing: 0.05em; }
.fact tbody th { font-weight: normal; }
.fact .wording { font-family: var(--serif); font-size: 0.95rem; }

.bar, mark, .badge, .anchor-note, .scope { -webkit-print-color-adjust: exact; print-color-adjust: exact; }

.fact-charts { margin: 1.25rem 0 0; }
.fact-chart { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
${chartCss}
@page { size: A4; margin: 18mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  a { color: inherit; }
  h2, h3, h4 { break-after: avoid; }
  .claim, .fact table tr, .sources li, .evidence li, .comments li, .chart { break-inside: avoid; }
  .fact thead { display: table-header-group; }
  .prose a[href]::after, a.print-url[href]::after { content: " (" attr(href) ")"; color: var(--muted); font-size: 0.85em; }
}
`;
