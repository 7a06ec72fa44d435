import { WARCRecord, WARCSerializer } from "warcio";
import type { Exchange } from "./exchange";

const WARC_VERSION = "WARC/1.1";

/** Software named in the warcinfo record and datapackage.json. */
export const CAPTURE_SOFTWARE = "Corroborate capture (warcio.js)";

/**
 * The WARC file of a capture, `archive/data.warc.gz`: a warcinfo record, then for every
 * exchange (each redirect hop included) a response record followed by its request record
 * (WARC-Concurrent-To the response; the order warcio's CDXJ indexer pairs), each record
 * gzipped on its own so that the CDXJ offsets can address it. Response payloads are the
 * decoded bodies, with Content-Length set to their size (see exchange.ts); WARC-IP-Address is
 * the address the guard pinned the connection to. Block and payload digests are SHA-256
 * (warcio's defaults).
 */
export async function warcFile(exchanges: readonly Exchange[], { createdAt }: { createdAt: string }): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  const info = WARCRecord.createWARCInfo(
    { filename: "data.warc.gz", warcVersion: WARC_VERSION, date: createdAt },
    { software: CAPTURE_SOFTWARE, format: "WARC File Format 1.1", "json-metadata": JSON.stringify({ purpose: "evidence capture" }) },
  );
  parts.push(await WARCSerializer.serialize(info, { gzip: true }));
  for (const exchange of exchanges) {
    const response = responseRecord(exchange);
    parts.push(await WARCSerializer.serialize(response, { gzip: true }));
    const request = requestRecord(exchange, response.warcHeader("WARC-Record-ID") ?? "");
    parts.push(await WARCSerializer.serialize(request, { gzip: true }));
  }
  return Buffer.concat(parts);
}

function responseRecord(exchange: Exchange): WARCRecord {
  const headers: [string, string][] = [...exchange.responseHeaders, ["Content-Length", String(exchange.body.length)]];
  return WARCRecord.create(
    {
      url: exchange.url,
      date: exchange.date,
      type: "response",
      warcVersion: WARC_VERSION,
      statusline: `HTTP/1.1 ${exchange.status} ${exchange.statusText}`.trimEnd(),
      httpHeaders: headers,
      warcHeaders: { "WARC-IP-Address": exchange.address },
      keepHeadersCase: true,
    },
    once(exchange.body),
  );
}

function requestRecord(exchange: Exchange, concurrentTo: string): WARCRecord {
  const url = new URL(exchange.url);
  return WARCRecord.create(
    {
      url: exchange.url,
      date: exchange.date,
      type: "request",
      warcVersion: WARC_VERSION,
      statusline: `${exchange.method} ${url.pathname}${url.search} HTTP/1.1`,
      httpHeaders: exchange.requestHeaders,
      warcHeaders: concurrentTo ? { "WARC-Concurrent-To": concurrentTo } : {},
      keepHeadersCase: true,
    },
    once(exchange.requestBody ?? Buffer.alloc(0)),
  );
}

function* once(bytes: Uint8Array): Iterable<Uint8Array> {
  if (bytes.length > 0) yield bytes;
}
