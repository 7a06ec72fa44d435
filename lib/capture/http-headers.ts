/** Headers that belong to one connection or one encoding of the body, not to the resource. */
const HOP_BY_HOP = new Set([
  "connection",
  "keep-alive",
  "proxy-authenticate",
  "proxy-authorization",
  "proxy-connection",
  "te",
  "trailer",
  "transfer-encoding",
  "upgrade",
  "host",
  "content-length",
  "content-encoding",
  "accept-encoding",
]);

/**
 * Request headers the browser asked for, without those this side sets itself (Host,
 * Content-Length, Accept-Encoding) or that describe the browser's connection; names lower-case.
 * HTTP/2 pseudo-headers (":authority") are dropped too.
 */
export function forwardedRequestHeaders(headers: Record<string, string>): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase();
    if (lower.startsWith(":") || HOP_BY_HOP.has(lower)) continue;
    kept[lower] = value;
  }
  return kept;
}

/**
 * Response headers as the server sent them (`rawHeaders` pairs, names as sent), without
 * hop-by-hop headers and the encoding/length of the body as transferred: the body handed on
 * is the decoded one, so its length is set afresh by whoever writes it.
 */
export function resourceResponseHeaders(rawHeaders: readonly string[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (let i = 0; i + 1 < rawHeaders.length; i += 2) {
    const name = rawHeaders[i]!;
    if (HOP_BY_HOP.has(name.toLowerCase())) continue;
    pairs.push([name, rawHeaders[i + 1]!]);
  }
  return pairs;
}
