import { parseHTML } from "linkedom";
import { flattenHtml, nestingDepth } from "./flatten-html";

/** Elements that belong in <head> when a page leaves <head> out. */
const HEAD_TAGS = new Set(["title", "meta", "link", "base"]);

/**
 * Markup estimated to nest deeper than this is flattened before parsing: linkedom's parser
 * slows down quadratically with depth (≈ 8 s at 100,000 levels, ≈ 90 s at 400,000).
 */
export const MAX_PARSE_DEPTH = 1_000;

/** Never part of a page's text; JSON-LD scripts are kept because they carry metadata. */
const STRIPPED = "script, style, noscript, template";

/**
 * Parses HTML into a well-formed DOM document (`<html><head>…</head><body>…</body></html>`)
 * with linkedom, which on its own leaves `head`/`body` empty when a page omits those tags
 * (as many minimal or hand-written pages do). Scripts (other than JSON-LD
 * `application/ld+json` data), styles, `<noscript>` and `<template>` are removed. Nothing is
 * executed or fetched: linkedom has no script engine and no network. Never throws on
 * malformed markup; `<html lang>` is kept. Markup nested deeper than `MAX_PARSE_DEPTH` (see
 * `nestingDepth`) is first reduced by `flattenHtml` to metadata plus plain paragraphs, so
 * parsing time stays bounded whatever the input.
 */
export function parseDocument(html: string): Document {
  const source = nestingDepth(html) > MAX_PARSE_DEPTH ? flattenHtml(html) : html;
  const { document: raw } = parseHTML(source);
  const head: string[] = [];
  const body: string[] = [];
  let lang: string | null = null;

  const place = (node: Node): void => {
    if (node.nodeType === 3) {
      body.push(escapeText(node.nodeValue ?? ""));
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    const tag = element.localName.toLowerCase();
    if (tag === "html") {
      lang ??= element.getAttribute("lang");
      element.childNodes.forEach(place);
    } else if (tag === "head") {
      head.push(element.innerHTML);
    } else if (tag === "body") {
      body.push(element.innerHTML);
    } else if (HEAD_TAGS.has(tag)) {
      head.push(element.outerHTML);
    } else {
      body.push(element.outerHTML);
    }
  };
  raw.childNodes.forEach(place);

  const langAttribute = lang ? ` lang="${escapeAttribute(lang)}"` : "";
  const { document } = parseHTML(`<!DOCTYPE html><html${langAttribute}><head>${head.join("")}</head><body>${body.join("")}</body></html>`);
  for (const element of Array.from(document.querySelectorAll(STRIPPED))) {
    const isJsonLd = element.localName.toLowerCase() === "script" && isJsonLdType(element.getAttribute("type"));
    if (!isJsonLd) element.remove();
  }
  return document as unknown as Document;
}

function isJsonLdType(type: string | null): boolean {
  return (type ?? "").trim().toLowerCase() === "application/ld+json";
}

function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function escapeAttribute(value: string): string {
  return escapeText(value).replace(/"/g, "&quot;");
}
