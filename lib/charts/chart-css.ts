/**
 * The charts' stylesheet, shared by the app (app/layout.tsx puts it in the page's one style
 * element, as it does the verdict colours) and the HTML report (report-styles.ts): sizing,
 * the hover and focus highlight of a row, and the visually hidden data table. Nothing here is
 * needed to read a chart: print and PDF show it the same without hover.
 */
export const chartCss = `
.fact-chart { display: block; width: 100%; min-width: 36rem; height: auto; }
.fact-chart-scroll { overflow-x: auto; }
a.chart-row:hover .chart-row-back, a.chart-row:focus-visible .chart-row-back { fill: rgb(219 234 254 / 0.55); stroke: #1e40af; stroke-width: 2; }
a.chart-point-link:hover .chart-bar, a.chart-point-link:focus-visible .chart-bar, a.chart-point-link:focus-visible .chart-point { stroke: #1e40af; stroke-width: 3; }
.chart-sparkline { display: block; }
.chart-sr-only { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0, 0, 0, 0); white-space: nowrap; border: 0; }
@media print { .fact-chart { min-width: 0; } }
`;
