import { Lexer, type Token } from "marked";
import { maxMarkdownDelimiterWork, maxMarkdownNesting, maxMarkdownWordLength, safeLinkHref } from "./markdown";
import { measureMarkdownComplexity } from "./markdown-complexity";

/**
 * A rationale's own Markdown, made as safe as `renderMarkdown` makes its HTML, for a
 * Markdown file (the Markdown export): the text stays Markdown, but
 * - raw HTML (blocks and inline tags, `<script>`, comments) is written as escaped text;
 * - a link keeps its words and, only when its target is an absolute http:, https: or mailto:
 *   URL (`safeLinkHref`), its normalised target (`[words](<https://…>)`); other links
 *   (javascript:, data:, relative, autolinks of any scheme) keep their words only;
 * - an image becomes its alt text; link reference definitions are dropped (every reference
 *   is rewritten as an inline link or as its words).
 * Returns null (the caller then shows the text escaped, as typed) when the text is too
 * complex for the parser (the same limits as `renderMarkdown`), when the parser fails, or
 * when a token cannot be placed back in the text. Pure; never throws on a string.
 */
export function sanitiseMarkdownSource(source: string): string | null {
  const { nesting, delimiterWork, longestWord } = measureMarkdownComplexity(source);
  if (nesting > maxMarkdownNesting || delimiterWork > maxMarkdownDelimiterWork || longestWord > maxMarkdownWordLength) return null;
  try {
    const edits: Edit[] = [];
    collectEdits(Lexer.lex(source, { gfm: true }), edits);
    let out = "";
    let cursor = 0;
    for (const { raw, replacement } of edits) {
      const at = source.indexOf(raw, cursor);
      if (at === -1) return null;
      out += source.slice(cursor, at) + replacement;
      cursor = at + raw.length;
    }
    return out + source.slice(cursor);
  } catch (error) {
    console.warn("Markdown written as plain text: the parser failed on it.", error);
    return null;
  }
}

const escapeText = (text: string) =>
  text.replace(/[\\`*_{}[\]()#+\-.!|~:@=<>&]/g, (c) => (c === "<" ? "&lt;" : c === ">" ? "&gt;" : c === "&" ? "&amp;" : `\\${c}`));

/**
 * Plain text that shows the same but can start no tag, link or image: `<` and `>` as entities,
 * `[`, `]` and `!` escaped, and a backslash at its end doubled (it would escape what follows),
 * so nothing it holds can pair with a rewritten token beside it.
 */
const inertText = (text: string) =>
  text
    .replace(/[[\]!]/g, "\\$&")
    .replace(/\\$/, "\\\\")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");

/** A leaf token's raw text and what it becomes. */
type Edit = { raw: string; replacement: string };

/**
 * Every leaf token in document order, each with what it becomes: unsafe ones rewritten, plain
 * text made inert (`[ [a](https://x) ](javascript:…)` must not become an outer link once the
 * inner one is rewritten), the rest as written. Placing every leaf, not only the rewritten
 * ones, keeps the search for each in step with the text (an escaped `\<img>` before a real one).
 */
function collectEdits(tokens: readonly Token[], edits: Edit[]): void {
  for (const token of tokens) {
    switch (token.type) {
      case "html":
        // As text, with Markdown's own punctuation escaped too (no autolink inside what was a tag).
        edits.push({ raw: token.raw, replacement: escapeText(token.raw) });
        continue;
      case "def":
        edits.push({ raw: token.raw, replacement: "" });
        continue;
      case "image":
        edits.push({ raw: token.raw, replacement: escapeText(token.text ?? "") });
        continue;
      case "link": {
        const href = safeLinkHref(token.href ?? "");
        const words = escapeText(token.text ?? "");
        edits.push({ raw: token.raw, replacement: href === null ? words : `[${words}](<${href}>)` });
        continue;
      }
    }
    const hasChildren = "tokens" in token && Array.isArray(token.tokens) && token.tokens.length > 0;
    if (hasChildren) collectEdits(token.tokens!, edits);
    else if (token.type === "list") for (const item of token.items) collectEdits(item.tokens, edits);
    else if (token.type === "table") for (const cell of [...token.header, ...token.rows.flat()]) collectEdits(cell.tokens, edits);
    else if (token.raw !== "") edits.push({ raw: token.raw, replacement: token.type === "text" ? inertText(token.raw) : token.raw });
  }
}
