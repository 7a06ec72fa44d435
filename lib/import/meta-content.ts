/**
 * The trimmed `content` of the first `<meta>` whose `property` or `name` equals `key`
 * (case-insensitive), e.g. "og:site_name", "article:published_time", "author". Null when
 * there is none or it is blank.
 */
export function metaContent(document: Document, key: string): string | null {
  const wanted = key.toLowerCase();
  for (const meta of Array.from(document.querySelectorAll("meta"))) {
    const names = [meta.getAttribute("property"), meta.getAttribute("name"), meta.getAttribute("itemprop")];
    if (!names.some((name) => name?.trim().toLowerCase() === wanted)) continue;
    const content = meta.getAttribute("content")?.trim();
    if (content) return content;
  }
  return null;
}
