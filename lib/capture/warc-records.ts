import { gzipSync } from "node:zlib";
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
  const writer = new WarcWriter(createdAt);
  for (const exchange of exchanges) writer.add(exchange);
  return writer.finish();
}

/**
 * Builds the same file as `warcFile` while a capture is still running (records in the order
 * added), so little is left to do when the page has been snapshotted. `finish` resolves to
 * the whole file; `add` after it is an error.
 */
export class WarcWriter {
  private readonly parts: Promise<Buffer>[] = [];
  private waiting: Exchange[] | null = [];
  private finished = false;

  constructor(createdAt: string) {
    const info = WARCRecord.createWARCInfo(
      { filename: "data.warc.gz", warcVersion: WARC_VERSION, date: createdAt },
      { software: CAPTURE_SOFTWARE, format: "WARC File Format 1.1" },
    );
    this.push(gzipRecord(info));
  }

  /** Records an exchange; it is serialized at once after `begin`, else kept until then. */
  add(exchange: Exchange): void {
    if (this.finished) throw new Error("The WARC file is already finished.");
    if (this.waiting) this.waiting.push(exchange);
    else this.push(exchangeRecords(exchange));
  }

  /**
   * Starts serializing: called once the page has loaded, so the work fills the time the
   * capture waits for Chromium (the quiet wait, the screenshot) instead of competing with
   * the page's own requests while it loads.
   */
  begin(): void {
    const waiting = this.waiting ?? [];
    this.waiting = null;
    for (const exchange of waiting) this.push(exchangeRecords(exchange));
  }

  /** Kept for `finish`; marked handled, so a capture that fails before `finish` leaves no unhandled rejection. */
  private push(part: Promise<Buffer>): void {
    part.catch(() => undefined);
    this.parts.push(part);
  }

  async finish(): Promise<Buffer> {
    this.begin();
    this.finished = true;
    return Buffer.concat(await Promise.all(this.parts));
  }
}

async function exchangeRecords(exchange: Exchange): Promise<Buffer> {
  const response = responseRecord(exchange);
  const responseBytes = await gzipRecord(response);
  const request = requestRecord(exchange, response.warcHeader("WARC-Record-ID") ?? "");
  return Buffer.concat([responseBytes, await gzipRecord(request)]);
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

/**
 * One record serialized by warcio (with its SHA-256 digests), gzipped as a member of its own
 * by Node's zlib: several times faster than warcio's own per-record compression here.
 */
async function gzipRecord(record: WARCRecord): Promise<Buffer> {
  return gzipSync(await WARCSerializer.serialize(record, { gzip: false }));
}

function* once(bytes: Uint8Array): Iterable<Uint8Array> {
  if (bytes.length > 0) yield bytes;
}
