import { createElement, type ReactNode } from "react";
import type { ChartNode } from "@/lib/charts/chart-node";
import { chartCss } from "@/lib/charts/chart-css";

/** React's name for an attribute of the chart tree: `class` → `className`, `stroke-width` → `strokeWidth`; aria-* and data-* as they are. */
function reactName(name: string): string {
  if (name === "class") return "className";
  if (name.startsWith("aria-") || name.startsWith("data-")) return name;
  return name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

function render(node: ChartNode, key: number): ReactNode {
  if (typeof node === "string") return node;
  const props: Record<string, string | number> = { key };
  for (const [name, value] of Object.entries(node.attributes)) props[reactName(name)] = value;
  return createElement(node.tag, props, ...node.children.map(render));
}

/**
 * A chart drawn by lib/charts, as React elements: the same tree the reports write as markup,
 * escaped by React, no script and no style attribute (the page's CSP holds). The charts'
 * stylesheet comes along once per page: React hoists a `<style>` with an `href` into the head
 * and keeps one copy however many charts there are.
 */
export function ChartView({ chart }: { chart: ChartNode }) {
  return (
    <>
      <style href="corroborate-charts" precedence="default">
        {chartCss}
      </style>
      {render(chart, 0)}
    </>
  );
}
