import { Readability } from "@mozilla/readability";
import { exceedsDepth } from "./exceeds-depth";
import { paragraphsOf } from "./html-to-text";
import { withoutByline } from "./byline";
import { metaContent } from "./meta-content";
import { findSiteName, outletName } from "./outlet-name";
import { parseDocument } from "./parse-document";
import { findPublishedDate, normaliseDate } from "./published-date";

/** Deeper markup than this skips Readability (see `exceedsDepth`) and uses the body text. */
const MAX_READABILITY_DEPTH = 256;

/** More elements than this skip Readability too (it refuses them itself). */
const MAX_READABILITY_ELEMENTS = 100_000;

/** What an imported web page is reduced to. */
export type ExtractedArticle = {
  title: string | null;
  byline: string | null;
  /** The publication: the site's own name (see `findSiteName`), else the hostname without "www.". */
  outlet: string | null;
  /** YYYY-MM-DD as the publisher wrote it, or null. */
  publishedAt: string | null;
  /** Paragraphs separated by one blank line ("\n\n"); whitespace inside each collapsed. */
  text: string;
};

/**
 * Reduces a web page to its article with Mozilla Readability on a linkedom DOM (no scripts
 * run, nothing is fetched; script/style/noscript are stripped first). `url` is where the
 * page came from: it only supplies the outlet fallback and may be "" or invalid.
 *
 * - title: Readability's (from <title>, og:title, JSON-LD headline, h1), else og:title,
 *   <title> or the first <h1>;
 * - byline: Readability's (meta author, JSON-LD author, a rel="author"/byline element), with a
 *   leading "By " dropped, else a "By Name" line under the headline;
 * - outlet: the page's own site name (og:site_name, application-name, JSON-LD publisher name,
 *   then Readability's siteName), else the hostname (see `outletName`);
 * - publishedAt: `article:published_time`, `<time datetime>`, JSON-LD `datePublished`, then
 *   Readability's `publishedTime`, normalised by `normaliseDate`;
 * - text: the article's paragraphs (see `paragraphsOf`) without the byline line (see
 *   `withoutByline`: Readability leaves it in when the author is also in the metadata); when Readability finds no article,
 *   the whole body's text instead — also when Readability fails, or is skipped because the
 *   markup nests deeper than 256 elements or has more than 100,000 (both would make it run
 *   for seconds to minutes). "" when the page has no text.
 * Never throws on malformed HTML.
 */
export function extractArticle(html: string, url: string): ExtractedArticle {
  const document = parseDocument(html);
  const siteName = findSiteName(document);
  const declaredDate = findPublishedDate(document);
  const fallbackTitle =
    metaContent(document, "og:title") ?? clean(document.querySelector("title")?.textContent) ?? clean(document.querySelector("h1")?.textContent);
  const metaAuthor = metaContent(document, "author");

  // Readability rewrites the document it is given, so everything above is read first.
  const article = readArticle(document);
  const articleParagraphs = article?.content ? paragraphsOf(article.content) : [];
  const { paragraphs, byline } = withoutByline(
    articleParagraphs.length > 0 ? articleParagraphs : bodyParagraphs(html),
    withoutBy(clean(article?.byline) ?? clean(metaAuthor)),
  );

  return {
    title: clean(article?.title) ?? clean(fallbackTitle),
    byline,
    outlet: outletName([siteName, article?.siteName], url),
    publishedAt: declaredDate ?? normaliseDate(article?.publishedTime),
    text: paragraphs.join("\n\n"),
  };
}

/**
 * Readability's article, or null when it finds none, fails on an odd DOM, or the document is
 * too deep or too large to give it safely.
 */
function readArticle(document: Document) {
  if (exceedsDepth(document, MAX_READABILITY_DEPTH)) return null;
  try {
    return new Readability<Element>(document, {
      serializer: (node) => node as Element,
      maxElemsToParse: MAX_READABILITY_ELEMENTS,
    }).parse();
  } catch {
    return null;
  }
}

function bodyParagraphs(html: string): string[] {
  const { body } = parseDocument(html);
  return body ? paragraphsOf(body) : [];
}

function clean(value: string | null | undefined): string | null {
  const collapsed = value?.replace(/\s+/g, " ").trim();
  return collapsed ? collapsed : null;
}

function withoutBy(byline: string | null): string | null {
  if (!byline) return null;
  return clean(byline.replace(/^by\s+/i, ""));
}
