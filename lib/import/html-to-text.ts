/** Elements that end the paragraph before them and start a new one. */
const BLOCKS = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
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
]);

/** Elements whose content is never text a reader sees. */
const SKIPPED = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "head",
  "title",
  "svg",
  "math",
  "iframe",
  "object",
  "embed",
  "canvas",
  "video",
  "audio",
  "select",
  "option",
  "button",
  "input",
  "textarea",
]);

/** Table cells: separated from their neighbours by a space, not a paragraph break. */
const CELLS = new Set(["td", "th"]);

/**
 * The visible text under a DOM node as paragraphs: each block element (p, h1–h6, li,
 * blockquote, div, tr, …) and each `<br>`/`<hr>` ends a paragraph; whitespace inside a
 * paragraph (including line breaks and non-breaking spaces) is collapsed to single spaces;
 * empty paragraphs are dropped. Scripts, styles, form controls, media and elements with the
 * `hidden` attribute contribute nothing. Walks iteratively, so deeply nested markup cannot
 * overflow the stack. No HTML survives: only text node values are read.
 */
export function paragraphsOf(root: Node): string[] {
  const paragraphs: string[] = [];
  let buffer = "";
  const flush = () => {
    const paragraph = buffer.replace(/\s+/g, " ").trim();
    if (paragraph) paragraphs.push(paragraph);
    buffer = "";
  };

  type Step = { node: Node; exit: boolean };
  const stack: Step[] = [{ node: root, exit: false }];
  while (stack.length > 0) {
    const { node, exit } = stack.pop()!;
    if (node.nodeType === 3) {
      buffer += node.nodeValue ?? "";
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const tag = node.nodeType === 1 ? (node as Element).localName.toLowerCase() : "";
    if (exit) {
      if (BLOCKS.has(tag)) flush();
      else if (CELLS.has(tag)) buffer += " ";
      continue;
    }
    if (SKIPPED.has(tag) || (node.nodeType === 1 && (node as Element).hasAttribute("hidden"))) continue;
    if (tag === "br" || tag === "hr") {
      flush();
      continue;
    }
    if (BLOCKS.has(tag)) flush();
    else if (CELLS.has(tag)) buffer += " ";
    stack.push({ node, exit: true });
    const children = Array.from(node.childNodes);
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, exit: false });
  }
  flush();
  return paragraphs;
}
