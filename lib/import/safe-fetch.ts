import { checkUrl, type CheckedUrl } from "./check-url";
import { startDeadline } from "./deadline";
import { fetchOnce } from "./fetch-once";
import { isImportError } from "./import-error";
import { refusals } from "./refusals";
import { resolveHost, systemLookup, type HostLookup } from "./resolve-host";

export type SafeFetchOptions = {
  /**
   * Hosts that skip the private-address check ("127.0.0.1:4123", "intranet.example"); with a
   * port, that port is allowed too. See `matchAllowHosts`. Never fill this from user input.
   */
  allowHosts?: string[];
  /** Budget for the whole operation: DNS, connect, every redirect and the body. Default 10 s. */
  timeoutMs?: number;
  /** Largest body accepted, after decompression. Default 5 MiB. */
  maxBytes?: number;
  /** Redirects followed before giving up. Default 3. */
  maxRedirects?: number;
};

export type SafeFetchResult = {
  /** The URL the page was finally served from, after redirects. */
  finalUrl: string;
  /** The media type without parameters: "text/html", "application/xhtml+xml" or "text/plain". */
  contentType: string;
  /** The body decoded to text (see `decodeBody`). */
  body: string;
};

export const SAFE_FETCH_DEFAULTS = { timeoutMs: 10_000, maxBytes: 5 * 1024 * 1024, maxRedirects: 3 } as const;

/**
 * Builds `safeFetch` around a host resolver. Production code uses `safeFetch` (the system
 * resolver); tests inject a stub resolver to prove that each host is resolved exactly once
 * per hop and the connection is pinned to what was checked.
 */
export function createSafeFetch(lookup: HostLookup) {
  return async function safeFetchWith(url: string, options: SafeFetchOptions = {}): Promise<SafeFetchResult> {
    const { allowHosts } = options;
    const timeoutMs = positive(options.timeoutMs ?? SAFE_FETCH_DEFAULTS.timeoutMs, "timeoutMs");
    const maxBytes = positive(options.maxBytes ?? SAFE_FETCH_DEFAULTS.maxBytes, "maxBytes");
    const maxRedirects = options.maxRedirects ?? SAFE_FETCH_DEFAULTS.maxRedirects;
    if (!Number.isInteger(maxRedirects) || maxRedirects < 0) throw new TypeError("maxRedirects must be an integer ≥ 0");

    let target: CheckedUrl = checkUrl(url, allowHosts);
    const deadline = startDeadline(timeoutMs);
    try {
      for (let redirects = 0; ; redirects++) {
        const addresses = await deadline.race(resolveHost(target, lookup));
        const result = await fetchOnce(target, addresses, { signal: deadline.signal, maxBytes });
        if (result.kind === "page") {
          return { finalUrl: target.url.href, contentType: result.contentType, body: result.body };
        }
        if (redirects >= maxRedirects) throw refusals.tooManyRedirects(maxRedirects);
        let next: URL;
        try {
          next = new URL(result.location, target.url);
        } catch (cause) {
          throw refusals.invalidRedirect(cause);
        }
        target = checkUrl(next, allowHosts, refusals.invalidRedirect);
      }
    } catch (error) {
      if (deadline.signal.aborted) throw refusals.timeout(timeoutMs);
      if (isImportError(error)) throw error;
      throw refusals.network(error);
    } finally {
      deadline.dispose();
    }
  };
}

/**
 * Fetches a web page for import without letting the address reach anything but the public
 * internet (server-side request forgery). In order, and for every redirect hop again:
 * - only http:/https:, ports 80/443, no `user:pass@` ("scheme", "port", "credentials");
 * - the host is resolved once (`dns.promises.lookup`, all addresses) and refused if ANY
 *   address is not public unicast — loopback, private, link-local/metadata, unique-local,
 *   CGNAT, 0.0.0.0/8, benchmarking, multicast, reserved, IPv4-mapped forms of those; numeric
 *   host spellings are normalised first ("private-address"; unresolvable → "dns");
 * - the connection is pinned to the checked addresses, so DNS rebinding cannot redirect it;
 * - redirects are followed by hand, at most `maxRedirects` ("too-many-redirects");
 * - non-2xx answers, media types other than HTML/XHTML/plain text, and bodies over
 *   `maxBytes` are refused ("http-status", "content-type", "too-large");
 * - the whole operation is bounded by `timeoutMs` ("timeout"); other connection failures
 *   are "network".
 * Every failure is an `ImportError` whose message can be shown to the user. Requests carry
 * no cookies or credentials and the User-Agent "CorroborateBot/1 (+fact-checking workspace)".
 * Throws TypeError for nonsensical options (a programming error).
 */
export const safeFetch = createSafeFetch(systemLookup);

function positive(value: number, name: string): number {
  if (!Number.isFinite(value) || value <= 0) throw new TypeError(`${name} must be a positive number`);
  return value;
}
