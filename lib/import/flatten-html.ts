import { scanTags } from "./scan-tags";

/** Void elements: never opened, so never nested. */
const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"]);

/** Elements a parser closes implicitly when a sibling opens; not counted as nesting. */
const IMPLIED_END = new Set(["p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "rt", "rp"]);

/** Raw-text elements (see `scanTags`): title and JSON-LD are kept, the others dropped. */
const RAW_TEXT = new Set(["script", "style", "title", "textarea", "xmp"]);

/** Elements whose content is dropped when flattening. */
const DROPPED = new Set(["script", "style", "noscript", "template", "svg", "math", "iframe", "object", "textarea", "select", "button"]);

/** Elements that start a new paragraph when flattening. */
const BREAKS = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "br",
  "caption",
  "dd",
  "details",
  "dialog",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hgroup",
  "hr",
  "li",
  "main",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "summary",
  "table",
  "tbody",
  "tfoot",
  "thead",
  "tr",
  "ul",
  "body",
  "html",
  "head",
]);

/**
 * An estimate, in linear time, of how deeply the elements of an HTML string nest, counting
 * open tags that are not void, self-closed or implicitly closed (p, li, tr, …). Real pages
 * stay well under 100; the DOM parser slows down quadratically on extreme values (a 2 MB
 * page of nested <div>s takes it over a minute), so callers flatten above a limit.
 */
export function nestingDepth(html: string): number {
  let depth = 0;
  let max = 0;
  for (const tag of scanTags(html)) {
    if (VOID.has(tag.name) || IMPLIED_END.has(tag.name) || tag.selfClosing) continue;
    depth = tag.closing ? Math.max(0, depth - 1) : depth + 1;
    if (depth > max) max = depth;
  }
  return max;
}

/**
 * Rewrites HTML as a flat document for safe parsing: its `<meta>` tags, `<title>` and JSON-LD
 * scripts in <head>, then one `<p>` per run of text between block-level tags in <body>. All
 * other tags are dropped (their text kept; entities left for the parser to decode); scripts,
 * styles, noscript, templates, form controls and embedded media are dropped with their
 * content. Linear time; the result nests at most three deep. Used only for pathological
 * input, so it trades layout fidelity for bounded cost.
 */
export function flattenHtml(html: string): string {
  const head: string[] = [];
  const paragraphs: string[] = [];
  let paragraph = "";
  let textFrom = 0;
  let dropping: { name: string; depth: number } | null = null;
  let rawOpen: { name: string; start: number; end: number } | null = null;

  for (const tag of scanTags(html)) {
    const text = html.slice(textFrom, tag.start);
    textFrom = tag.end;
    if (rawOpen) {
      if (!tag.closing || tag.name !== rawOpen.name) continue;
      if (tag.name === "title") head.push(`<title>${text}</title>`);
      else if (tag.name === "script" && /ld\+json/i.test(html.slice(rawOpen.start, rawOpen.end))) {
        head.push(`${html.slice(rawOpen.start, tag.start)}</script>`);
      }
      rawOpen = null;
      continue;
    }
    if (dropping) {
      if (tag.name === dropping.name && !tag.selfClosing) dropping.depth += tag.closing ? -1 : 1;
      if (dropping.depth === 0) dropping = null;
      continue;
    }
    paragraph += text;
    if (tag.closing) {
      if (BREAKS.has(tag.name)) paragraph = flush(paragraph, paragraphs);
      continue;
    }
    if (tag.name === "meta") head.push(html.slice(tag.start, tag.end));
    // Like the scanner, ignore a self-closing slash on raw-text elements.
    else if (RAW_TEXT.has(tag.name)) rawOpen = { name: tag.name, start: tag.start, end: tag.end };
    else if (DROPPED.has(tag.name) && !tag.selfClosing) {
      dropping = { name: tag.name, depth: 1 };
    } else if (BREAKS.has(tag.name)) {
      paragraph = flush(paragraph, paragraphs);
    }
  }
  if (!rawOpen && !dropping) paragraph += html.slice(textFrom);
  flush(paragraph, paragraphs);
  const body = paragraphs.map((text) => `<p>${text}</p>`).join("");
  return `<!DOCTYPE html><html><head>${head.join("")}</head><body>${body}</body></html>`;
}

function flush(paragraph: string, paragraphs: string[]): string {
  if (paragraph.trim()) paragraphs.push(paragraph.replace(/[<>]/g, (c) => (c === "<" ? "&lt;" : "&gt;")));
  return "";
}
