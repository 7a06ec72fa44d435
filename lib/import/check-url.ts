import { isIP } from "node:net";
import { isPublicUnicast } from "./address-policy";
import { effectivePort, matchAllowHosts } from "./allow-hosts";
import type { ImportError } from "./import-error";
import { refusals } from "./refusals";

/** A URL that passed every check that can be made without the network. */
export type CheckedUrl = {
  url: URL;
  /** The host without IPv6 brackets: what to resolve or connect to. */
  host: string;
  /** Whether `host` is an IP address (no DNS needed). */
  isAddress: boolean;
  /** True when the host is allow-listed and its addresses must not be checked. */
  trusted: boolean;
};

/**
 * Checks an address before anything touches the network, in this order:
 * 1. it parses as an absolute URL ("invalid-url"); the WHATWG parser turns the numeric
 *    host forms `2130706433`, `0x7f000001`, `0177.0.0.1`, `127.1` and `0` into dotted quads;
 * 2. the scheme is http: or https: ("scheme");
 * 3. there is no user name or password ("credentials");
 * 4. a literal IP host is public unicast ("private-address") — before the port, so
 *    `http://127.0.0.1:6379/` is reported as the private address it is;
 * 5. the port is 80 or 443, explicit or implied ("port").
 * Allow-listed hosts (see `matchAllowHosts`) skip step 4, and step 5 when listed with their
 * port. Hostnames still have to be resolved and their addresses checked (`resolveHost`).
 * `invalid` builds the "invalid-url" error (a redirect target gets its own wording).
 * Throws the ImportError; returns the parsed URL otherwise.
 */
export function checkUrl(
  input: string | URL,
  allowHosts: readonly string[] | undefined,
  invalid: (cause?: unknown) => ImportError = refusals.invalidUrl,
): CheckedUrl {
  let url: URL;
  try {
    url = new URL(input);
  } catch (cause) {
    throw invalid(cause);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw refusals.scheme();
  if (url.username || url.password) throw refusals.credentials();
  if (!url.hostname) throw invalid();

  const host = url.hostname.startsWith("[") ? url.hostname.slice(1, -1) : url.hostname;
  const isAddress = isIP(host) !== 0;
  const allowed = matchAllowHosts(url, allowHosts);
  const trusted = allowed !== "none";

  if (isAddress && !trusted && !isPublicUnicast(host)) throw refusals.privateAddress();
  const port = effectivePort(url);
  if (allowed !== "host-and-port" && port !== "80" && port !== "443") throw refusals.port();
  return { url, host, isAddress, trusted };
}
