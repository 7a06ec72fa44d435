/**
 * The name of the outlet that published a page: its `og:site_name` when declared, else the
 * hostname of `url` without a leading "www." ("www.example.com" → "example.com"). Null when
 * neither is available (no site name and `url` is not an http(s) URL).
 */
export function outletName(siteName: string | null, url: string): string | null {
  const declared = siteName?.replace(/\s+/g, " ").trim();
  if (declared) return declared;
  try {
    const { protocol, hostname } = new URL(url);
    if ((protocol !== "http:" && protocol !== "https:") || !hostname) return null;
    return hostname.replace(/^www\./, "");
  } catch {
    return null;
  }
}
