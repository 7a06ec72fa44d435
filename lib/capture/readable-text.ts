import { canonicaliseText, sha256OfText } from "../canonical-text";
import { extractArticle } from "../import/extract-article";

/**
 * The readable text of a rendered page (the DOM as Chromium left it, `page.content()`):
 * the article URL import would take from it (`extractArticle`: Readability, else the body's
 * paragraphs), canonicalised as every stored text is (lib/canonical-text.ts), with the hex
 * SHA-256 of its UTF-8 and the article's title (null when it has none).
 */
export function readableText(html: string, url: string): { text: string; textSha256: string; title: string | null } {
  const article = extractArticle(html, url);
  const text = canonicaliseText(article.text);
  return { text, textSha256: sha256OfText(text), title: article.title };
}
