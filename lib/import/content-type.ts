/** The media types `safeFetch` accepts: pages a person can read as text. */
export const PAGE_MEDIA_TYPES: ReadonlySet<string> = new Set(["text/html", "application/xhtml+xml", "text/plain"]);

/** A Content-Type header reduced to what the importer needs. */
export type MediaType = {
  /** Lower-case "type/subtype", without parameters: "text/html". */
  type: string;
  /** The `charset` parameter as sent (unquoted, lower-case), or null. */
  charset: string | null;
};

const TOKEN = /^[a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+$/;

/**
 * Parses a Content-Type header ("text/html; charset=ISO-8859-1"). Returns null when the
 * header is absent or its media type is not a well-formed "type/subtype" token (so the
 * value can be quoted back to the user without carrying arbitrary text).
 */
export function parseContentType(header: string | undefined | null): MediaType | null {
  if (!header) return null;
  const [rawType = "", ...params] = header.split(";");
  const type = rawType.trim().toLowerCase();
  if (!TOKEN.test(type) || type.length > 100) return null;
  let charset: string | null = null;
  for (const param of params) {
    const eq = param.indexOf("=");
    if (eq === -1 || param.slice(0, eq).trim().toLowerCase() !== "charset") continue;
    const value = param
      .slice(eq + 1)
      .trim()
      .replace(/^"(.*)"$/, "$1")
      .trim()
      .toLowerCase();
    if (value) charset = value;
    break;
  }
  return { type, charset };
}
