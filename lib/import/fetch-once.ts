import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import { effectivePort } from "./allow-hosts";
import type { CheckedUrl } from "./check-url";
import { PAGE_MEDIA_TYPES, parseContentType } from "./content-type";
import { decodeBody } from "./decode-body";
import { pinnedLookup } from "./pinned-lookup";
import { readBody } from "./read-body";
import { refusals } from "./refusals";
import type { ResolvedAddress } from "./resolve-host";

/** The fixed, honest User-Agent of every request the importer makes. */
export const USER_AGENT = "CorroborateBot/1 (+fact-checking workspace)";

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/** What one request came back with: a redirect to follow (unchecked!) or a page. */
export type HopResult = { kind: "redirect"; location: string } | { kind: "page"; contentType: string; body: string };

/**
 * One GET request, with no redirect following, to a checked URL, connected only to
 * `addresses` (through `pinnedLookup`; an IP host is connected to directly). Sends no
 * cookies, no credentials, no Referer: only Host, the fixed User-Agent, Accept and
 * Accept-Encoding. A fresh connection per request (no keep-alive pool shared with anything).
 *
 * Resolves a 301/302/303/307/308 with a Location to `redirect` (the caller must check the
 * target like any other URL). Otherwise refuses: a non-2xx status ("http-status"), a media
 * type other than text/html, application/xhtml+xml or text/plain ("content-type"), a body over
 * `maxBytes` ("too-large"). Connection failures reject with the raw Node error, and aborting
 * `signal` rejects with its reason; the caller maps both.
 */
export function fetchOnce(
  target: CheckedUrl,
  addresses: readonly ResolvedAddress[],
  { signal, maxBytes }: { signal: AbortSignal; maxBytes: number },
): Promise<HopResult> {
  return new Promise<HopResult>((resolve, reject) => {
    const { url } = target;
    const transport = url.protocol === "https:" ? https : http;
    const req = transport.request({
      protocol: url.protocol,
      host: target.host,
      port: Number(effectivePort(url)),
      path: `${url.pathname}${url.search}`,
      method: "GET",
      headers: {
        Host: url.host,
        "User-Agent": USER_AGENT,
        Accept: "text/html,application/xhtml+xml,text/plain;q=0.9",
        "Accept-Encoding": "gzip, deflate, br",
      },
      lookup: pinnedLookup(addresses),
      agent: false,
      signal,
    });
    // `on`, not `once`: a destroyed request can report a second error, which must not go unhandled.
    req.on("error", reject);
    req.once("response", (res) => {
      readResponse(res, { signal, maxBytes })
        .then(resolve, reject)
        .finally(() => req.destroy());
    });
    req.end();
  });
}

async function readResponse(res: IncomingMessage, { signal, maxBytes }: { signal: AbortSignal; maxBytes: number }): Promise<HopResult> {
  // Errors surface through `readBody`'s iteration; this keeps a late one from going unhandled.
  res.on("error", () => undefined);
  const status = res.statusCode ?? 0;
  const location = res.headers.location;
  if (REDIRECT_STATUSES.has(status) && location) {
    res.resume();
    return { kind: "redirect", location };
  }
  if (status < 200 || status > 299) {
    res.resume();
    throw refusals.httpStatus(status);
  }
  const media = parseContentType(res.headers["content-type"]);
  if (!media || !PAGE_MEDIA_TYPES.has(media.type)) {
    res.resume();
    throw refusals.contentType(media?.type ?? null);
  }
  const bytes = await readBody(res, maxBytes, signal);
  return { kind: "page", contentType: media.type, body: decodeBody(bytes, media.charset, media.type !== "text/plain") };
}
