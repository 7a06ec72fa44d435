import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { toReportHtml } from "./report-html";
import { sampleExportDocument } from "./test-document";

describe("a fact's charts in the HTML report", () => {
  it("draws the number line and the timeline as inline SVG under the comparison, one row per claim, linking nowhere", () => {
    const doc = sampleExportDocument();
    const { document } = parseHTML(toReportHtml(doc));
    const figure = document.querySelector("section.fact figure.fact-charts")!;
    expect([...figure.querySelectorAll("h4")].map((heading) => heading.textContent)).toEqual(["The figures on a number line", "The figures over time"]);
    const numberLine = figure.querySelector("svg.chart-number-line")!;
    expect([...numberLine.querySelectorAll(".chart-row title")].map((title) => title.textContent)).toEqual([
      "1. Daily Ledger: “over 200 deportees” more than 200 · Mostly true",
      "2. What the flight logs show: “roughly 250 Venezuelans” from 225 (included) to 275 (included) · Mixed",
    ]);
    expect(numberLine.querySelectorAll("a")).toHaveLength(0);
    expect(figure.querySelector("svg.chart-timeline")?.textContent).toContain("Mar 16, 2025");
    expect(figure.querySelectorAll("details table tbody tr")).toHaveLength(2);
  });

  it("writes the charts' words in the report's language", () => {
    const doc = { ...sampleExportDocument(), language: "es" as const };
    const { document } = parseHTML(toReportHtml(doc));
    const figure = document.querySelector("figure.fact-charts")!;
    expect(figure.querySelector("h4")?.textContent).toBe("Las cifras en una recta numérica");
    expect(figure.textContent).toContain("más de 200");
    expect(figure.textContent).toContain("16 mar 2025");
  });

  it("leaves the figure out when no claim of the fact has a figure", () => {
    const doc = sampleExportDocument();
    doc.facts[0]!.rows = doc.facts[0]!.rows.map((row) => ({ ...row, quantity: null }));
    expect(parseHTML(toReportHtml(doc)).document.querySelectorAll("figure.fact-charts")).toHaveLength(0);
  });
});
