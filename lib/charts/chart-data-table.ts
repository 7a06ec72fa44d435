/**
 * The charts' data as a table, behind a disclosure ("The figures as a table") that screen
 * readers and keyboards open like any other: one row per claim in number-line order with its
 * interval's ends (included or excluded), unit, publication date, verdict and the rows it
 * conflicts with; then the claims without a figure. Closed by default, so the page's own
 * comparison table stays the one table a reader meets first.
 */
import { h, type ChartElement } from "./chart-node";
import { endText, formatDate, type ChartText } from "./chart-text";
import type { NumberLineLayout } from "./number-line";
import { timeOfDate } from "./timeline";

export function chartDataTable(layout: NumberLineLayout, words: ChartText): ChartElement {
  const { t } = words;
  const columns = ["number", "who", "wording", "low", "high", "unit", "published", "verdict", "conflicts"];
  const dateOf = (date: string | null) => {
    const time = timeOfDate(date);
    return time === null ? t("table.unknown") : formatDate(words.locale, time);
  };
  const rows = layout.lines.flatMap((line) => line.rows).sort((a, b) => a.number - b.number);
  return h(
    "details",
    { class: "chart-data" },
    h("summary", {}, t("table.show")),
    h(
      "table",
      { class: "chart-data-table" },
      h("caption", {}, t("table.caption")),
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          columns.map((column) => h("th", { scope: "col" }, t(`table.${column}`))),
        ),
      ),
      h(
        "tbody",
        {},
        rows.map((row) =>
          h(
            "tr",
            {},
            h("th", { scope: "row" }, String(row.number)),
            [
              row.claim.who,
              row.claim.wording,
              endText(words, row.quantity.low, row.quantity.lowInclusive),
              endText(words, row.quantity.high, row.quantity.highInclusive),
              row.quantity.unit ?? t("table.none"),
              dateOf(row.claim.publishedAt),
              row.claim.verdict ?? t("verdictNone"),
              row.conflictsWith.length ? row.conflictsWith.join(", ") : t("table.none"),
            ].map((cell) => h("td", {}, cell)),
          ),
        ),
        layout.withoutFigure.map((claim) =>
          h(
            "tr",
            {},
            h("th", { scope: "row" }, "—"),
            [claim.who, claim.wording, "—", "—", "—", dateOf(claim.publishedAt), claim.verdict ?? t("verdictNone"), "—"].map((cell) => h("td", {}, cell)),
          ),
        ),
      ),
    ),
  );
}
