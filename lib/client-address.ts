/**
 * The address a request came from, for sign-in throttling (ASVS 15.3.4: a trusted source).
 *
 * `next start` only fills X-Forwarded-For when the request has none, so on its own the header
 * is whatever the client wrote. `npm start` therefore preloads db/cli/trusted-client-address.mjs,
 * which rewrites the header on every request from the connection itself: the peer's address,
 * appended to the incoming list when TRUSTED_PROXY_HOPS reverse proxies sit in front (each of
 * which appends the address it saw), and replacing it when none do. The client's address is
 * then the entry TRUSTED_PROXY_HOPS places from the end: anything further left was written by
 * the client and is ignored.
 */
export function clientAddressOf(forwardedFor: string | null | undefined, trustedProxyHops: number): string {
  const entries = (forwardedFor ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  return entries[entries.length - 1 - trustedProxyHops] ?? entries[0] ?? "unknown";
}
