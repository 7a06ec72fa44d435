/**
 * The `allowHosts` option of `safeFetch`: hosts that skip the address check, for local test
 * servers and deliberately trusted internal sites.
 *
 * An entry is a hostname or IP, optionally with a port: "127.0.0.1:4123", "[::1]:8080",
 * "intranet.example". Matching is exact and case-insensitive after URL normalisation (so
 * "Example.COM" matches "example.com", but not "www.example.com" or "example.com.").
 * - With a port, the entry matches only that host on that port, and that port is allowed
 *   even though it is not 80/443.
 * - Without a port, the entry matches the host on any port, but the port rule still
 *   applies (only 80 and 443).
 *
 * Throws TypeError for an entry that is not a valid host (a programming error, not user input).
 */
export type AllowMatch = "none" | "host" | "host-and-port";

type AllowEntry = { hostname: string; port: string | null };

export function matchAllowHosts(url: URL, allowHosts: readonly string[] | undefined): AllowMatch {
  let match: AllowMatch = "none";
  for (const raw of allowHosts ?? []) {
    const entry = parseEntry(raw);
    if (entry.hostname !== url.hostname) continue;
    if (entry.port === null) match = match === "none" ? "host" : match;
    else if (entry.port === effectivePort(url)) return "host-and-port";
  }
  return match;
}

/** The port a URL connects to: the explicit one, else the scheme's default. */
export function effectivePort(url: URL): string {
  if (url.port) return url.port;
  return url.protocol === "https:" ? "443" : "80";
}

function parseEntry(raw: string): AllowEntry {
  const trimmed = raw.trim();
  let parsed: URL;
  try {
    parsed = new URL(`http://${trimmed}/`);
  } catch (cause) {
    throw new TypeError(`allowHosts entry is not a host: ${JSON.stringify(raw)}`, { cause });
  }
  if (parsed.username || parsed.password || parsed.pathname !== "/" || parsed.search || parsed.hash) {
    throw new TypeError(`allowHosts entry is not a host: ${JSON.stringify(raw)}`);
  }
  // URL drops ":80" for http:, so read an explicit port from the text itself.
  const explicitPort = /:(\d+)$/.exec(trimmed)?.[1];
  return { hostname: parsed.hostname, port: explicitPort === undefined ? null : String(Number(explicitPort)) };
}
