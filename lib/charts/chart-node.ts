/**
 * Charts are drawn as a small tree of elements (SVG, plus the HTML of their data table),
 * written out as markup for reports (`toMarkup`) and turned into React elements on pages
 * (`app/_components/charts/chart-view.tsx`), so both show the same drawing from one code path.
 *
 * Contract: attribute names and tags come from this folder's code only; every text and
 * attribute value is escaped by `toMarkup` (and by React on pages). Numbers are rounded to
 * one decimal, so the same data always gives the same markup (screenshot tests rely on it).
 */
import { escapeHtml } from "../escape-html";

export type ChartAttributes = Record<string, string | number | undefined>;
export interface ChartElement {
  tag: string;
  attributes: Record<string, string>;
  children: ChartNode[];
}
export type ChartNode = ChartElement | string;

type Child = ChartNode | readonly Child[] | null | undefined | false;

/** An element; undefined attributes are left out, numbers rounded, children flattened (null/false skipped). */
export function h(tag: string, attributes: ChartAttributes = {}, ...children: Child[]): ChartElement {
  const kept: Record<string, string> = {};
  for (const name in attributes) {
    const value = attributes[name];
    if (value === undefined) continue;
    kept[name] = typeof value === "number" ? String(Math.round(value * 10) / 10) : value;
  }
  const flat: ChartNode[] = [];
  flattenInto(children, flat);
  return { tag, attributes: kept, children: flat };
}

function flattenInto(children: readonly Child[], into: ChartNode[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) flattenInto(child as readonly Child[], into);
    else into.push(child as ChartNode);
  }
}

/** The node as HTML/SVG markup (text and attribute values escaped). */
export function toMarkup(node: ChartNode): string {
  if (typeof node === "string") return escapeHtml(node);
  let markup = `<${node.tag}`;
  for (const name in node.attributes) markup += ` ${name}="${escapeHtml(node.attributes[name]!)}"`;
  markup += ">";
  for (const child of node.children) markup += toMarkup(child);
  return `${markup}</${node.tag}>`;
}
