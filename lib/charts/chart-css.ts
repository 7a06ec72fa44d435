/**
 * The charts' stylesheet, shared by the app (app/layout.tsx puts it in the page's one style
 * element, as it does the verdict colours) and the HTML report (report-styles.ts): sizing,
 * the hover and focus highlight of a row, and the data table's disclosure. Nothing here is
 * needed to read a chart: print and PDF show it the same without hover.
 */
export const chartCss = `
.fact-chart { display: block; width: 100%; min-width: 36rem; height: auto; }
.fact-chart-scroll { overflow-x: auto; }
a.chart-row:hover .chart-row-back, a.chart-row:focus-visible .chart-row-back { fill: rgb(219 234 254 / 0.55); stroke: #1e40af; stroke-width: 2; }
a.chart-point-link:hover .chart-bar, a.chart-point-link:focus-visible .chart-bar, a.chart-point-link:focus-visible .chart-point { stroke: #1e40af; stroke-width: 3; }
.chart-sparkline { display: block; }
.chart-data summary { cursor: pointer; font-size: 0.875rem; text-decoration: underline; }
.chart-data-table { margin-top: 0.5rem; border-collapse: collapse; font-size: 0.8125rem; }
.chart-data-table caption { text-align: left; font-weight: 600; }
.chart-data-table th, .chart-data-table td { padding: 0.25rem 0.5rem; border-bottom: 1px solid #e7e5e4; text-align: left; vertical-align: top; }
@media print { .fact-chart { min-width: 0; } }
`;
