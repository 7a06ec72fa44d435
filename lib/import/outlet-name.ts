import { metaContent } from "./meta-content";

/**
 * The name a page gives its own site, trying in order: `<meta property="og:site_name">`,
 * `<meta name="application-name">`, then the `publisher`'s `name` in JSON-LD (a string
 * publisher counts too). Null when none is declared. Call before Readability, which removes
 * elements from the document.
 */
export function findSiteName(document: Document): string | null {
  return metaContent(document, "og:site_name") ?? metaContent(document, "application-name") ?? jsonLdPublisherName(document);
}

/**
 * The name of the outlet that published a page: the first declared site name (`siteNames`,
 * in order of trust), else the hostname of `url` without a leading "www." ("www.example.com"
 * → "example.com"). Null when neither is available (no site name and `url` is not an
 * http(s) URL).
 */
export function outletName(siteNames: string | null | readonly (string | null | undefined)[], url: string): string | null {
  for (const name of typeof siteNames === "string" || siteNames === null ? [siteNames] : siteNames) {
    const declared = name?.replace(/\s+/g, " ").trim();
    if (declared) return declared;
  }
  try {
    const { protocol, hostname } = new URL(url);
    if ((protocol !== "http:" && protocol !== "https:") || !hostname) return null;
    return hostname.replace(/^www\./, "");
  } catch {
    return null;
  }
}

function jsonLdPublisherName(document: Document): string | null {
  for (const script of Array.from(document.querySelectorAll("script"))) {
    if ((script.getAttribute("type") ?? "").trim().toLowerCase() !== "application/ld+json") continue;
    try {
      const found = publisherName(JSON.parse(script.textContent ?? ""), 0);
      if (found) return found;
    } catch {
      continue;
    }
  }
  return null;
}

/** `publisher.name` (or a string `publisher`) anywhere in a JSON-LD value, depth-limited. */
function publisherName(value: unknown, depth: number): string | null {
  if (depth > 10 || value === null || typeof value !== "object") return null;
  if (!Array.isArray(value)) {
    const publisher = (value as Record<string, unknown>).publisher;
    const candidates = Array.isArray(publisher) ? publisher : [publisher];
    for (const candidate of candidates) {
      if (typeof candidate === "string" && candidate.trim()) return candidate.trim();
      const name = candidate !== null && typeof candidate === "object" ? (candidate as Record<string, unknown>).name : undefined;
      if (typeof name === "string" && name.trim()) return name.trim();
    }
  }
  for (const child of Object.values(value)) {
    const found = publisherName(child, depth + 1);
    if (found) return found;
  }
  return null;
}
