import { Marked, type Tokens } from "marked";
import sanitizeHtml from "sanitize-html";
import { escapeHtml } from "../escape-html";
import { findMentions, readMentionAt } from "../notifications/mentions";
import { measureMarkdownComplexity } from "./markdown-complexity";

/**
 * Markdown for verdict rationales and comments, rendered to HTML that is safe to insert
 * into a page. Two layers, so a gap in one is caught by the other:
 *
 * 1. `marked` parses the Markdown. Raw HTML in the source is shown as text (escaped), not
 *    passed through; images become their alt text; h1/h2 become h3 (the page owns the
 *    larger headings); task-list boxes become "[x] " or "[ ] ".
 * 2. `sanitize-html` keeps only the tags below, with no attributes but `href` and `title`
 *    on links and `start` on ordered lists. A link survives only when its target, after
 *    HTML entities are decoded, parses as an absolute http:, https: or mailto: URL; it is
 *    then written out normalised, with `rel="noopener noreferrer nofollow"` and
 *    `target="_blank"`. Any other link (javascript:, data:, vbscript:, relative, in any
 *    casing, with tabs or entities inside) keeps its text and loses the link.
 *
 * Beyond the tags the brief names, `br` (hard line breaks), `hr`, `del` (~~struck~~) and
 * GFM tables are kept, since they are ordinary Markdown and carry no attributes.
 * Run it on the server (or wherever the result is stored or sent): sanitize-html is not
 * meant for the browser bundle.
 *
 * It fails soft: text nested deeper than {@link maxMarkdownNesting} levels (which `marked`
 * would parse by recursion: thousands of `>` overflow its stack), with more emphasis
 * delimiters than {@link maxMarkdownDelimiterWork} allows or a "word" longer than
 * {@link maxMarkdownWordLength} (both of which `marked` scans in quadratic time) is not parsed at all, and any error while parsing or sanitising shows the text
 * escaped instead, so one comment can never take down (or hold up) a page or an export.
 */

const linkRel = "noopener noreferrer nofollow";
const allowedLinkProtocols = new Set(["http:", "https:", "mailto:"]);

const allowedTags = [
  "p",
  "br",
  "hr",
  "em",
  "strong",
  "del",
  "code",
  "pre",
  "blockquote",
  "ul",
  "ol",
  "li",
  "h3",
  "h4",
  "h5",
  "h6",
  "a",
  "table",
  "thead",
  "tbody",
  "tr",
  "th",
  "td",
  "span",
];

/**
 * The normalised form of `href` when it is an absolute http:, https: or mailto: URL, else
 * null. The WHATWG URL parser is what the browser will use, so it strips the same tabs,
 * newlines and leading control characters an attacker would hide a scheme behind.
 */
export function safeLinkHref(href: string): string | null {
  try {
    const url = new URL(href.trim());
    return allowedLinkProtocols.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * A mention (`@[Ana Ruiz]`, lib/notifications/mentions.ts) is shown as the name it names, as
 * escaped text in a `span.mention` (the only span, and the only class, the sanitiser keeps):
 * never a link, and nothing in it is trusted.
 */
const mentionExtension = {
  name: "mention",
  level: "inline" as const,
  start: (source: string) => findMentions(source)[0]?.start,
  tokenizer(source: string, before: Tokens.Generic[]) {
    // The text just before decides, as in readMentionAt: `desk@[10.0.0.1]` is an address, not a mention.
    const previous = before.at(-1)?.raw.slice(-1) ?? "";
    const mention = readMentionAt(previous + source, previous.length);
    return mention ? { type: "mention", raw: source.slice(0, mention.end - previous.length), name: mention.name } : undefined;
  },
  renderer: (token: Tokens.Generic) => `<span class="mention">@${escapeHtml(String(token.name))}</span>`,
};

const markdown = new Marked({
  extensions: [mentionExtension],
  gfm: true,
  breaks: false,
  async: false,
  renderer: {
    html(token: Tokens.HTML | Tokens.Tag) {
      if (!token.block) return escapeHtml(token.text);
      // A block of raw HTML is shown as the text that was typed, line by line.
      return `<p>${escapeHtml(token.text.trim()).replace(/\n/g, "<br>\n")}</p>\n`;
    },
    checkbox({ checked }: Tokens.Checkbox) {
      return checked ? "[x] " : "[ ] ";
    },
    image({ text }: Tokens.Image) {
      return escapeHtml(text);
    },
    heading({ tokens, depth }: Tokens.Heading) {
      const level = Math.min(6, Math.max(3, depth));
      return `<h${level}>${this.parser.parseInline(tokens)}</h${level}>\n`;
    },
  },
});

const sanitizeOptions: sanitizeHtml.IOptions = {
  allowedTags,
  allowedAttributes: { a: ["href", "title", "rel", "target"], ol: ["start"], span: ["class"] },
  allowedClasses: { span: ["mention"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesByTag: {},
  allowedSchemesAppliedToAttributes: ["href"],
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  transformTags: {
    a(_tagName, attribs) {
      const href = attribs.href === undefined ? null : safeLinkHref(attribs.href);
      if (href === null) return { tagName: "a", attribs: {} };
      const safe: sanitizeHtml.Attributes = { href, rel: linkRel, target: "_blank" };
      if (attribs.title) safe.title = attribs.title;
      return { tagName: "a", attribs: safe };
    },
  },
  // A link that lost its target is unwrapped: its words stay, the <a> goes.
  // (Renaming it to a disallowed tag instead trips a sanitize-html bug that misplaces closing tags.)
  exclusiveFilter: (frame) => (frame.tag === "a" && !frame.attribs.href ? "excludeTag" : false),
};

/** Deepest nesting (block containers plus inline spans, as estimated) rendered as Markdown; deeper text is shown as plain text. */
export const maxMarkdownNesting = 32;
/** Most emphasis scanning (Σ over paragraphs of delimiter runs², see `measureMarkdownComplexity`) rendered as Markdown: 1,000 runs in one paragraph. */
export const maxMarkdownDelimiterWork = 1_000_000;
/** Longest run of characters without whitespace rendered as Markdown (a long URL is a few hundred). */
export const maxMarkdownWordLength = 4_000;

/**
 * Safe HTML for a Markdown `source` (a verdict rationale or a comment). Never throws on a
 * string; returns "" for blank input. The result contains only the tags listed above, no
 * event handler or style attributes, and no link that is not http(s) or mailto. Text nested
 * too deeply, or that the parser fails on, comes back as {@link renderPlainText}.
 */
export function renderMarkdown(source: string): string {
  if (!source.trim()) return "";
  const { nesting, delimiterWork, longestWord } = measureMarkdownComplexity(source);
  if (nesting > maxMarkdownNesting || delimiterWork > maxMarkdownDelimiterWork || longestWord > maxMarkdownWordLength) return renderPlainText(source);
  return renderFailingSoft(source, renderMarkdownUnbounded);
}

/** `render(source)`, or `source` as plain text when `render` throws (the cause goes to the server log). */
export function renderFailingSoft(source: string, render: (source: string) => string): string {
  try {
    return render(source);
  } catch (error) {
    // Why no rethrow: the text is shown either way, as typed; a parser's failure (a RangeError
    // from a stack overflow above all) must not cost the page or the export it is part of.
    console.warn("Markdown shown as plain text: the renderer failed on it.", error);
    return renderPlainText(source);
  }
}

/**
 * The two layers (marked, then sanitize-html) with no bound on the input: it throws a
 * RangeError on deeply nested text. Only `renderMarkdown` (and its tests) may call it.
 */
export function renderMarkdownUnbounded(source: string): string {
  const html = markdown.parse(source, { async: false });
  return sanitizeHtml(html, sanitizeOptions).trim();
}

/**
 * `source` shown exactly as typed, escaped: one paragraph per run of non-blank lines, lines
 * joined by `<br />`. Linear, no parser, never throws.
 */
export function renderPlainText(source: string): string {
  return source
    .replace(/\r\n?/g, "\n")
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== "")
    .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, "<br />")}</p>`)
    .join("\n");
}
