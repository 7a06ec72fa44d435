import { canonicaliseText } from "../canonical-text";
import { decodeBody } from "./decode-body";
import { extractArticle } from "./extract-article";
import { refusals } from "./refusals";

/** What an uploaded file is reduced to; outlet, byline and date are read from HTML only (else null). */
export type FileText = { title: string | null; text: string; outlet: string | null; byline: string | null; publishedAt: string | null };

type FileKind = "txt" | "md" | "html";

const BY_EXTENSION: Record<string, FileKind> = { txt: "txt", md: "md", markdown: "md", html: "html", htm: "html" };
const BY_MEDIA_TYPE: Record<string, FileKind> = {
  "text/plain": "txt",
  "text/markdown": "md",
  "text/x-markdown": "md",
  "text/html": "html",
  "application/xhtml+xml": "html",
};

/**
 * Reads an uploaded source file as text. The kind is decided by the file name's extension
 * (case-insensitive); only when the name has no extension at all is `contentType` consulted.
 * - .txt: UTF-8 text, byte-order mark dropped, line endings made "\n"; title null.
 * - .md / .markdown: the Markdown source as written (it is the source's text), same
 *   treatment; title from a leading "# Heading" line, else null.
 * - .html / .htm: reduced to article text with `extractArticle` (charset from a BOM or
 *   `<meta charset>`, else UTF-8); title, outlet (the page's own site name), byline and
 *   publication date from it. The byline is left out of the text.
 * Invalid UTF-8 becomes U+FFFD, never an exception. Anything else (.pdf, .docx, no usable
 * extension or type) throws ImportError "file-type": "Upload a .txt, .md or .html file.".
 */
export function fileToText(name: string, contentType: string | null, bytes: Uint8Array): FileText {
  const kind = kindOf(name, contentType);
  if (kind === "html") {
    const article = extractArticle(decodeBody(bytes, null, true), "");
    return { title: article.title, text: article.text, outlet: article.outlet, byline: article.byline, publishedAt: article.publishedAt };
  }
  const text = canonicaliseText(new TextDecoder("utf-8", { fatal: false }).decode(bytes));
  return { title: kind === "md" ? markdownTitle(text) : null, text, outlet: null, byline: null, publishedAt: null };
}

function kindOf(name: string, contentType: string | null): FileKind {
  const base = name.split(/[\\/]/).pop() ?? "";
  const dot = base.lastIndexOf(".");
  if (dot > 0) {
    const kind = BY_EXTENSION[base.slice(dot + 1).toLowerCase()];
    if (kind) return kind;
    throw refusals.fileType();
  }
  const mediaType = contentType?.split(";")[0]?.trim().toLowerCase() ?? "";
  const kind = BY_MEDIA_TYPE[mediaType];
  if (kind) return kind;
  throw refusals.fileType();
}

/** "Title" from a first non-blank line "# Title" (an ATX level-1 heading, closing #s dropped). */
function markdownTitle(text: string): string | null {
  const firstLine = text.trimStart().split("\n", 1)[0] ?? "";
  const heading = /^#[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/.exec(firstLine);
  return heading?.[1]?.trim() || null;
}
