import { createElement, type ReactNode } from "react";
import type { ChartNode } from "@/lib/charts/chart-node";

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
 * escaped by React, no script and no style attribute (the page's CSP holds).
 */
export function ChartView({ chart }: { chart: ChartNode }) {
  return <>{render(chart, 0)}</>;
}
